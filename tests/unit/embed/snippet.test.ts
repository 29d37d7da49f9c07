import { describe, expect, it } from 'vitest';
import { parse } from 'node-html-parser';
import { embedSnippet, initialEmbedHeight, oembedJson } from '../../../src/lib/embed/snippet.ts';
import { contentIds } from '../../../tools/content.ts';
import { contentMapModel } from '../../helpers/stories.ts';

const contentMapIds = contentIds('maps');

const input = { site: 'https://news.example.org/', mapId: 'demo-900km', title: 'Almost all of Ukraine "lies" within 900 km', height: 1200 };

describe('the embed snippet', () => {
  const html = parse(embedSnippet(input));
  const iframe = html.querySelector('iframe')!;
  const scripts = html.querySelectorAll('script');

  it('is an iframe with an absolute src, a specific title, full width, a height and lazy loading', () => {
    expect(iframe.getAttribute('src')).toBe('https://news.example.org/embed/demo-900km/');
    expect(iframe.getAttribute('title')).toBe(input.title);
    expect(iframe.getAttribute('width')).toBe('100%');
    expect(iframe.getAttribute('height')).toBe('1200');
    expect(iframe.getAttribute('loading')).toBe('lazy');
  });

  it('uses no obsolete attributes and no inline code: one external async script from our site', () => {
    expect(iframe.hasAttribute('frameborder')).toBe(false);
    expect(iframe.hasAttribute('scrolling')).toBe(false);
    expect(scripts).toHaveLength(1);
    expect(scripts[0]!.getAttribute('src')).toBe('https://news.example.org/embed.js');
    expect(scripts[0]!.hasAttribute('async')).toBe(true);
    expect(scripts[0]!.text).toBe('');
  });

  it('escapes the title', () => {
    expect(embedSnippet(input)).toContain('title="Almost all of Ukraine &quot;lies&quot; within 900 km"');
  });

  it('has maps in content/maps to size', () => {
    expect(contentMapIds.length, 'content/maps/ holds no map').toBeGreaterThan(0);
  });

  it.each(contentMapIds)('starts taller than the %s map at 320 px, with room for the lines around it and not much more', (id) => {
    const model = contentMapModel(id);
    const map = (320 * model.height) / model.width;
    const height = initialEmbedHeight(model);
    expect(height).toBeGreaterThan(map + 150);
    expect(height).toBeLessThan(map + 400);
  });
});

describe('oEmbed', () => {
  it('describes the embed as a rich oEmbed 1.0 response', () => {
    const json = oembedJson({
      ...input,
      providerName: 'Explainers',
      thumbnail: { url: 'https://news.example.org/embed/demo-900km/map.png', width: 1440, height: 1600 },
    });
    expect(json).toMatchObject({
      version: '1.0',
      type: 'rich',
      title: input.title,
      provider_name: 'Explainers',
      provider_url: 'https://news.example.org/',
      width: 720,
      height: 1200,
    });
    expect(json.html).toBe(embedSnippet(input));
    expect(json.thumbnail_url).toMatch(/map\.png$/);
  });
});
