/**
 * Page weight, all-in: every same-origin file a page actually loads in Chromium (HTML, CSS, JS, fonts,
 * images), measured from dist/ raw, gzip -9 and brotli -q 11.
 */
import { existsSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { DIST } from '../tools/dist.ts';
import { add, bytesOf, ZERO, type Bytes } from './measure.ts';

export type Kind = 'html' | 'css' | 'js' | 'fonts' | 'images' | 'other';
export interface PageWeight {
  path: string;
  byKind: Record<Kind, Bytes>;
  total: Bytes;
}

const KINDS: Record<string, Kind> = { document: 'html', stylesheet: 'css', script: 'js', font: 'fonts', image: 'images' };

export async function pageWeight(browser: Browser, origin: string, path: string): Promise<PageWeight> {
  const page = await browser.newPage();
  const loaded: { url: string; kind: Kind }[] = [];
  page.on('response', (response) => {
    const url = new URL(response.url());
    if (url.origin === origin) loaded.push({ url: url.pathname, kind: KINDS[response.request().resourceType()] ?? 'other' });
  });
  await page.goto(origin + path, { waitUntil: 'networkidle' });
  await page.close();

  const byKind: Record<Kind, Bytes> = { html: ZERO, css: ZERO, js: ZERO, fonts: ZERO, images: ZERO, other: ZERO };
  for (const { url, kind } of loaded) {
    let file = join(DIST, decodeURIComponent(url));
    if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
    if (existsSync(file)) byKind[kind] = add(byKind[kind], bytesOf(file));
  }
  return { path, byKind, total: Object.values(byKind).reduce(add, ZERO) };
}
