import { describe, expect, it } from 'vitest';
import { foldName } from '../../../src/lib/gazetteer/fold-name.ts';
import { townQuery } from '../../../src/lib/gazetteer/town-query.ts';

describe('foldName', () => {
  it('ignores case, accents and punctuation', () => {
    expect(foldName('Dnipró')).toBe('dnipro');
    expect(foldName('DNIPRO')).toBe('dnipro');
    expect(foldName('  KRAKÓW ')).toBe('krakow');
    expect(foldName('Rostov-na-Donu')).toBe('rostov na donu');
    expect(foldName('São Paulo')).toBe('sao paulo');
  });

  it('folds the Latin letters that Unicode does not decompose', () => {
    expect(foldName('Łódź')).toBe('lodz');
    expect(foldName('Ørsta')).toBe('orsta');
    expect(foldName('Gießen')).toBe('giessen');
    expect(foldName('Þórshöfn')).toBe('thorshofn');
    expect(foldName('Đà Nẵng')).toBe('da nang');
  });

  it('keeps other scripts, without their marks, and folds punctuation to nothing', () => {
    expect(foldName('Київ')).toBe('киів'); // marks go in every script: ї is і with a diaeresis
    expect(foldName(' ,.- ')).toBe('');
  });
});

describe('townQuery', () => {
  it('reads words after a comma as a country or region', () => {
    expect(townQuery('Springfield, Ill.')).toEqual({ whole: 'springfield ill', name: 'springfield', qualifiers: ['ill'] });
    expect(townQuery('Kyiv')).toEqual({ whole: 'kyiv', name: 'kyiv', qualifiers: [] });
    expect(townQuery('Kyiv, ')).toEqual({ whole: 'kyiv', name: 'kyiv', qualifiers: [] });
  });
});
