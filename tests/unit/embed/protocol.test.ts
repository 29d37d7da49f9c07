import { describe, expect, it } from 'vitest';
import {
  HEIGHT_MESSAGE,
  heightMessages,
  isFramesInit,
  isPymWidthPing,
  parseHeightMessage,
  parsePymChildId,
  parseTheme,
} from '../../../src/lib/embed/protocol.ts';

describe('the embed height protocol', () => {
  it('speaks ours and AMP’s dialects, and pym’s when a pym parent gave a child id', () => {
    expect(heightMessages(812, null)).toEqual([
      { type: HEIGHT_MESSAGE, height: 812 },
      { sentinel: 'amp', type: 'embed-size', height: 812 },
    ]);
    expect(heightMessages(812, 'map')).toContain('pymxPYMxmapxPYMxheightxPYMx812');
  });

  it('reads a height only from a well-formed message with a sane whole number', () => {
    expect(parseHeightMessage({ type: HEIGHT_MESSAGE, height: 812 })).toBe(812);
    for (const forged of [
      { type: HEIGHT_MESSAGE, height: 99_999 },
      { type: HEIGHT_MESSAGE, height: -5 },
      { type: HEIGHT_MESSAGE, height: 0 },
      { type: HEIGHT_MESSAGE, height: 812.5 },
      { type: HEIGHT_MESSAGE, height: '812' },
      { type: HEIGHT_MESSAGE, height: Number.NaN },
      { type: 'other', height: 812 },
      { sentinel: 'amp', type: 'embed-size', height: 812 },
      'pymxPYMxmapxPYMxheightxPYMx812',
      [HEIGHT_MESSAGE, 812],
      null,
      undefined,
    ]) {
      expect(parseHeightMessage(forged), JSON.stringify(forged)).toBeNull();
    }
  });

  it('accepts pym child ids that look like element ids, and nothing that could be markup', () => {
    expect(parsePymChildId('map-1')).toBe('map-1');
    for (const bad of [null, '', '<script>', '1abc', 'a'.repeat(65), 'x"y']) expect(parsePymChildId(bad)).toBeNull();
  });

  it('recognises the parents’ requests for a height', () => {
    expect(isPymWidthPing('pymxPYMxmapxPYMxwidthxPYMx640', 'map')).toBe(true);
    expect(isPymWidthPing('pymxPYMxotherxPYMxwidthxPYMx640', 'map')).toBe(false);
    expect(isPymWidthPing('pymxPYMxmapxPYMxwidthxPYMx640', null)).toBe(false);
    expect(isFramesInit({ sentinel: 'amp', type: 'frames-init' })).toBe(true);
    expect(isFramesInit({ sentinel: 'amp', type: 'embed-size' })).toBe(false);
  });

  it('pins the theme only for light or dark', () => {
    expect(parseTheme('dark')).toBe('dark');
    expect(parseTheme('light')).toBe('light');
    expect(parseTheme('"><script>')).toBe('auto');
    expect(parseTheme(null)).toBe('auto');
  });
});
