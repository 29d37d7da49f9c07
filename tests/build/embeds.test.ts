import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'node-html-parser';
import { builtPage, DIST, SITE } from '../../tools/dist.ts';
import { builtPages } from '../helpers/dist-files.ts';
import { pngSize } from '../helpers/png.ts';
import { sitePath } from '../../src/lib/site-url.ts';
import { nonEmpty } from '../../tools/non-empty.ts';

const routes = builtPages().map(({ route }) => route);
/** Every embed the build wrote (found by crawling dist/), with the first article that shows its map. */
const embeds = nonEmpty(
  routes.map((route) => /^\/embed\/([^/]+)\/$/.exec(route)?.[1]).filter((id): id is string => id !== undefined),
  'embed pages in dist/',
).map((id) => [id, routes.find((route) => route.startsWith('/articles/') && builtPage(route).querySelector(`figure[data-map="${id}"]`))!] as const);

it('the build wrote an embed for every map shown in an article', () => {
  const shown = new Set(
    routes
      .filter((r) => r.startsWith('/articles/'))
      .flatMap((r) =>
        builtPage(r)
          .querySelectorAll('figure[data-map]')
          .map((f) => f.getAttribute('data-map')),
      ),
  );
  expect(embeds.length).toBeGreaterThan(0);
  expect(embeds.map(([id]) => id).sort()).toEqual([...shown].sort());
});

describe.each(embeds)('the %s embed', (id, ARTICLE) => {
  const embed = builtPage(`/embed/${id}/`);
  const article = builtPage(ARTICLE);

  it('shows the very same map as the article: one component, no drift', () => {
    const inEmbed = embed.querySelector(`figure[data-map="${id}"] svg.range-map__svg`)!.outerHTML;
    const inArticle = article.querySelector(`figure[data-map="${id}"] svg.range-map__svg`)!.outerHTML;
    expect(inEmbed).toBe(inArticle);
  });

  it('has its title as the heading, a credit and a "Read the story" link to the top window, and no site chrome', () => {
    expect(embed.querySelector('h1')!.text).toBe(article.querySelector(`figure[data-map="${id}"] .range-map__title`)!.text);
    expect(embed.querySelectorAll('header, footer, nav')).toHaveLength(0);
    const story = embed.querySelectorAll('a').find((a) => a.text.startsWith('Read the story'))!;
    expect(story.getAttribute('href')).toBe(new URL(ARTICLE.slice(1), SITE).href);
    expect(story.getAttribute('target')).toBe('_top');
    expect(embed.querySelector('.range-map__credit')!.text).toMatch(/Natural Earth/);
  });

  it('offers a snippet under the article’s map, exactly as the oEmbed response gives it', () => {
    const snippet = article.querySelector(`[data-embed-snippet="${id}"]`)!.text;
    const oembed = JSON.parse(readFileSync(join(DIST, `embed/${id}/oembed.json`), 'utf8'));
    expect(snippet).toBe(oembed.html);
    const iframe = parse(snippet).querySelector('iframe')!;
    expect(iframe.getAttribute('src')).toBe(new URL(`embed/${id}/`, SITE).href);
    expect(Number(iframe.getAttribute('height'))).toBe(oembed.height);
  });

  it('is discoverable by oEmbed from the article and the embed page', () => {
    const href = new URL(`embed/${id}/oembed.json`, SITE).href;
    for (const page of [article, embed]) {
      expect(page.querySelectorAll('link[type="application/json+oembed"]').map((l) => l.getAttribute('href'))).toContain(href);
    }
  });

  it('comes as an SVG and a PNG file with the credit, linked from the embed control', () => {
    const svg = readFileSync(join(DIST, `embed/${id}/map.svg`), 'utf8');
    expect(svg).toMatch(/^<svg xmlns="http:\/\/www.w3.org\/2000\/svg"/);
    expect(svg).toContain('Natural Earth');
    const png = readFileSync(join(DIST, `embed/${id}/map.png`));
    const oembed = JSON.parse(readFileSync(join(DIST, `embed/${id}/oembed.json`), 'utf8'));
    expect(pngSize(png)).toEqual({ width: oembed.thumbnail_width, height: oembed.thumbnail_height });
    const links = article.querySelectorAll(`figure[data-map="${id}"] [data-embed-control] a`).map((a) => a.getAttribute('href'));
    expect(links).toEqual(expect.arrayContaining([sitePath(`/embed/${id}/map.svg`, SITE), sitePath(`/embed/${id}/map.png`, SITE)]));
  });
});

describe('the host script', () => {
  it('is served at the stable address the snippets use, with no reference to any other origin', () => {
    const js = readFileSync(join(DIST, 'embed.js'), 'utf8');
    expect(existsSync(join(DIST, 'embed.js'))).toBe(true);
    expect(js).toContain('explainers:embed-height');
    expect(js).not.toMatch(/https?:\/\//);
  });
});
