import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchChromium } from '../../tools/chromium.ts';
import { serveStatic, type StaticSite } from '../../tools/static-server.ts';
import { serveWithWrangler } from '../helpers/wrangler.ts';
import { builtPage, ROOT } from '../../tools/dist.ts';
import { builtArticles, builtPages } from '../helpers/dist-files.ts';
import { contentMap } from '../../tools/places.ts';
import { storyWith } from '../helpers/stories.ts';
import { nonEmpty } from '../../tools/non-empty.ts';
import { openPage } from '../helpers/open-page.ts';

/**
 * Our site on one origin, served by Cloudflare's runtime with the built _headers, and host pages on
 * another (our static server), the way embeds live in the wild. The host pages use the real snippet
 * from the built article, pointed at the test server.
 */
let browser: Browser;
let site: StaticSite;
let host: StaticSite;
/** The embed under test: the first map of the first story that shows one. */
const STORY = storyWith('a range map', (story) => story.maps.length > 0);
const ARTICLE = STORY.route;
const MAP = STORY.maps[0]!;
/** Every embed page the build wrote (`/embed/<map id>/`). */
const EMBEDS = nonEmpty(
  builtPages()
    .map(({ route }) => route)
    .filter((route) => /^\/embed\/[^/]+\/$/.test(route)),
  'embed pages in dist/',
);
/** Another map's embed page: a frame from our origin that a host can show without registering it as an embed. */
const OTHER_EMBED = EMBEDS.find((route) => route !== `/embed/${MAP}/`);
function otherEmbed(): string {
  if (!OTHER_EMBED) throw new Error(`the build wrote no embed page besides /embed/${MAP}/; this test needs a second map`);
  return OTHER_EMBED;
}

const page = (body: string) =>
  `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>Host</title></head><body style="margin:0"><p>Someone else’s page.</p>${body}<p>After the embed.</p></body></html>`;

beforeAll(async () => {
  [browser, site] = await Promise.all([launchChromium(), serveWithWrangler()]);
  const snippet = builtPage(ARTICLE)
    .querySelector(`[data-embed-snippet="${MAP}"]`)!
    .text.replaceAll('http://localhost:4321', site.origin)
    .replace(/http:\/\/[^/"]+(?=\/embed)/g, site.origin);
  const embedUrl = `${site.origin}/embed/${MAP}/`;
  host = await serveStatic({
    root: join(ROOT, 'node_modules'),
    pages: {
      '/favicon.ico': '', // the host's own, so Chromium's request for it does not log a 404
      '/snippet.html': page(snippet),
      '/snippet-twice.html': page(snippet + snippet),
      // The host script arrives only after the frame has loaded and reported its height to nobody.
      '/late-script.html': page(
        `${snippet.split('\n')[0]}<script>document.querySelector('iframe').addEventListener('load', () => setTimeout(() => {` +
          `const script = document.createElement('script'); script.src = ${JSON.stringify(/src="([^"]+embed\.js)"/.exec(snippet)![1])};` +
          `script.onload = () => (window.hostScriptAt = performance.now()); document.body.append(script); }, 1000));</script>`,
      ),
      '/pym.html': page(
        `<div id="pym-map"></div><script src="/pym.js/dist/pym.v1.min.js"></script><script>new pym.Parent('pym-map', '${embedUrl}', {});</script>`,
      ),
      '/amp.html': page(
        `<div id="amp-map"></div><script src="/@newswire/frames/dist/frames.umd.js"></script><script>new newswireFrames.Framer(document.getElementById('amp-map'), { src: '${embedUrl}' });</script>`,
      ),
      ...(OTHER_EMBED && { '/unregistered.html': page(`${snippet}<iframe id="other" src="${site.origin}${OTHER_EMBED}" title="Not registered"></iframe>`) }),
      '/frames.html': page(
        [
          ['embed', `/embed/${MAP}/`],
          ['home', '/'],
          ['article', ARTICLE],
          ['missing', '/no/such/page/'],
        ]
          .map(([id, path]) => `<iframe id="${id}" src="${site.origin}${path}" title="${id}"></iframe>`)
          .join(''),
      ),
    },
  });
});
afterAll(async () => {
  await browser?.close();
  await Promise.all([site?.close(), host?.close()]);
});

/** Opens a page `width` px wide, recording its errors and CSP violations, in every frame. */
const open = (url: string, width = 1024) => openPage(browser, url, { viewport: { width, height: 900 } });

const embedFrame = (page: Page, selector = 'iframe') => page.locator(selector).first();

async function heights(page: Page, selector = 'iframe') {
  const iframe = embedFrame(page, selector);
  const frame = (await iframe.elementHandle())!.contentFrame();
  const content = await (await frame)!.evaluate(() => Math.ceil(document.querySelector('[data-embed-root]')!.getBoundingClientRect().height));
  const outer = await iframe.evaluate((el) => Math.round(el.getBoundingClientRect().height));
  return { content, outer };
}

async function expectFitted(page: Page, selector = 'iframe') {
  await expect
    .poll(
      async () => {
        const { content, outer } = await heights(page, selector);
        return Math.abs(content - outer);
      },
      { timeout: 10_000 },
    )
    .toBeLessThanOrEqual(1);
}

describe('an embedded map on another site', () => {
  it.each([320, 640, 1024])('fits its content exactly at %i px wide, without scrollbars', async (width) => {
    const { page, context, errors } = await open(`${host.origin}/snippet.html`, width);
    await expectFitted(page);
    const frame = page.frames().find((f) => f.url().startsWith(site.origin))!;
    expect(await frame.evaluate(() => document.documentElement.scrollHeight <= window.innerHeight)).toBe(true);
    expect(await frame.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('starts tall enough at 320 px even before the script runs', async () => {
    const { page, context } = await open(`${host.origin}/snippet.html`, 320);
    await expectFitted(page);
    const { content } = await heights(page);
    const initial = Number(await embedFrame(page).evaluate((el) => el.getAttribute('height')));
    const snippetHeight = Number(/height="(\d+)"/.exec(builtPage(ARTICLE).querySelector(`[data-embed-snippet="${MAP}"]`)!.text)![1]);
    expect(initial).toBe(content); // resized by now
    expect(snippetHeight).toBeGreaterThanOrEqual(content);
    await context.close();
  });

  it('follows a resize of the host page', async () => {
    const { page, context } = await open(`${host.origin}/snippet.html`, 1024);
    await expectFitted(page);
    const wide = (await heights(page)).outer;
    await page.setViewportSize({ width: 320, height: 900 });
    await expectFitted(page);
    // The map scales with the width, so the embed changes height and stays fitted.
    expect((await heights(page)).outer).not.toBe(wide);
    await context.close();
  });

  it('works when the snippet is pasted twice', async () => {
    const { page, context, errors } = await open(`${host.origin}/snippet-twice.html`, 640);
    await expectFitted(page, 'iframe >> nth=0');
    await expectFitted(page, 'iframe >> nth=1');
    expect(await page.evaluate(() => document.querySelectorAll('iframe').length)).toBe(2);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('fits even when the host script loads after the frame has loaded', async () => {
    const { page, context, errors } = await open(`${host.origin}/late-script.html`, 640);
    await expect.poll(() => page.evaluate(() => (window as { hostScriptAt?: number }).hostScriptAt), { timeout: 10_000 }).toBeGreaterThan(0);
    await expectFitted(page);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('sizes itself under a pym.js parent, with no code of ours on the host', async () => {
    const { page, context, errors } = await open(`${host.origin}/pym.html`, 640);
    await expectFitted(page, '#pym-map iframe');
    await page.setViewportSize({ width: 320, height: 900 });
    await expectFitted(page, '#pym-map iframe');
    expect(errors).toEqual([]);
    await context.close();
  });

  it('sizes itself under an AMP-style parent (@newswire/frames)', async () => {
    const { page, context, errors } = await open(`${host.origin}/amp.html`, 640);
    await expectFitted(page, '#amp-map iframe');
    await page.setViewportSize({ width: 320, height: 900 });
    await expectFitted(page, '#amp-map iframe');
    expect(errors).toEqual([]);
    await context.close();
  });
});

describe('forged size messages change nothing', () => {
  it('from the host page, from our frame with silly heights, or from a frame that is not an embed', async () => {
    const unregistered = otherEmbed();
    const { page, context } = await open(`${host.origin}/unregistered.html`, 640);
    const iframe = embedFrame(page, 'iframe[data-explainers-embed]');
    await expectFitted(page, 'iframe[data-explainers-embed]');
    const before = await iframe.evaluate((el) => el.getBoundingClientRect().height);

    // 1. The host page itself (wrong origin).
    await page.evaluate(() => window.postMessage({ type: 'explainers:embed-height', height: 333 }, '*'));
    // 2. Our own embed frame, with heights no map has.
    const ours = page.frames().find((f) => f.url().includes(`/embed/${MAP}/`))!;
    await ours.evaluate(() => {
      for (const height of [99_999, 12.5, -1, '700']) window.parent.postMessage({ type: 'explainers:embed-height', height }, '*');
    });
    // 3. A frame from our origin that the host did not register as an embed.
    const other = page.frames().find((f) => f.url().includes(unregistered))!;
    await other.evaluate(() => window.parent.postMessage({ type: 'explainers:embed-height', height: 444 }, '*'));
    await page.waitForTimeout(300);

    expect(await iframe.evaluate((el) => el.getBoundingClientRect().height)).toBe(before);
    expect(await page.locator('#other').evaluate((el) => [el.clientHeight, (el as HTMLElement).style.height])).toEqual([150, '']); // the browser default
    await context.close();
  });
});

describe('embed pages are safe', () => {
  it('run nothing from a hostile query string and still draw the map', async () => {
    const hostile = new URLSearchParams({
      theme: '"><script>window.__pwned=1</script>',
      launch: '<img src=x onerror="window.__pwned=2">',
      childId: '<script>window.__pwned=3</script>',
      parentTitle: '<img src=x onerror="window.__pwned=4">',
      parentUrl: 'javascript:window.__pwned=5',
      initialWidth: '-1"><svg onload=window.__pwned=6>',
    });
    const { page, context, errors } = await open(`${site.origin}/embed/${MAP}/?${hostile}`);
    expect(await page.evaluate(() => (window as { __pwned?: number }).__pwned)).toBeUndefined();
    const map = contentMap(MAP);
    expect(await page.locator(`svg.range-map__svg path[data-range-km="${map.ranges[0]!.km}"]`).count()).toBe(1);
    expect(await page.locator('[data-launch]').getAttribute('data-lat')).toBe(map.launch.lat.toFixed(3));
    expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBeUndefined();
    expect(await page.content()).not.toContain('__pwned');
    expect(errors).toEqual([]);
    await context.close();
  });

  it('fit a 280 px column without sideways scrolling', async () => {
    const { page, context } = await open(`${site.origin}/embed/${MAP}/`, 280);
    expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBeLessThanOrEqual(0);
    expect(await page.locator('svg.range-map__svg').evaluate((el) => el.getBoundingClientRect().width)).toBeGreaterThan(250);
    await context.close();
  });

  it.each(EMBEDS.flatMap((route) => [280, 375, 600].map((width) => [route, width] as const)))(
    '%s at %i px is map first: the map is at least 0.4 of the embed’s height, its text 11 px to the title’s size, and the embed says the point moves and keeps the rest one tap away',
    async (route, width) => {
      const { page, context } = await open(site.origin + route, width);
      await page.waitForSelector('figure[data-interactive]');
      const { map, embed } = await page.evaluate(() => ({
        map: document.querySelector('svg.range-map__svg')!.getBoundingClientRect().height,
        embed: document.querySelector('[data-embed-root]')!.getBoundingClientRect().height,
      }));
      expect(map / embed, `map ${map} px of ${embed} px`).toBeGreaterThanOrEqual(0.4);
      // Map text as drawn on screen: never under 11 px, never larger than the embed's title.
      const { sizes, title } = await page.evaluate(() => ({
        title: parseFloat(getComputedStyle(document.querySelector('.range-map__title')!).fontSize),
        sizes: [...document.querySelectorAll<SVGTextElement>('svg.range-map__svg text')]
          .filter((text) => text.getClientRects().length > 0)
          .map((text) => parseFloat(getComputedStyle(text).fontSize) * text.getScreenCTM()!.a),
      }));
      expect(sizes.length).toBeGreaterThan(0);
      expect(Math.min(...sizes)).toBeGreaterThanOrEqual(11);
      expect(Math.max(...sizes)).toBeLessThanOrEqual(title);
      expect(await page.locator('[data-map-drag-hint]').isVisible()).toBe(true);
      // The credit (borders, ranges, places) and every control are in the disclosure.
      const more = page.locator('details[data-map-more]');
      expect(await page.locator('.range-map__credit').isVisible()).toBe(false);
      await more.locator(':scope > summary').click();
      expect(await page.locator('.range-map__credit').isVisible()).toBe(true);
      const presets = page.locator('[data-preset-lat]');
      for (const button of await presets.all()) expect(await button.isVisible()).toBe(true);
      await context.close();
    },
  );

  it('take ?theme=dark and paint their own opaque background', async () => {
    const { page, context } = await open(`${site.origin}/embed/${MAP}/?theme=dark`);
    expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBe('dark');
    expect(await page.evaluate(() => getComputedStyle(document.body).backgroundColor)).toBe('rgb(18, 18, 18)');
    await context.close();
  });

  it('may be framed by any site, while no other page may, not even a 404', async () => {
    const { page, context } = await open(`${host.origin}/frames.html`);
    await page.waitForLoadState('load');
    const frameOf = async (id: string) => {
      const frame = await (await page.locator(`#${id}`).elementHandle())?.contentFrame();
      if (!frame) throw new Error(`the host page's #${id} has no frame`);
      return frame;
    };
    await expect.poll(async () => (await frameOf('embed')).evaluate(() => document.querySelector('main') !== null)).toBe(true);
    // A refused frame shows Chromium's own "is blocked" error page instead of ours: a frame still loading, or
    // one whose check throws, is not taken for refused.
    for (const id of ['home', 'article', 'missing']) {
      await expect.poll(async () => (await frameOf(id)).url(), { message: id }).toBe('chrome-error://chromewebdata/');
    }
    await context.close();
  });

  it.each(['/', ...builtArticles().map(({ route }) => route), '/no-such-page/', ...EMBEDS])(
    '%s loads with no CSP violation and no console error',
    async (path) => {
      const { page, context, errors } = await open(`${site.origin}${path}`);
      await page.waitForLoadState('load');
      expect(errors.filter((p) => !p.includes('404'))).toEqual([]);
      await context.close();
    },
  );
});
