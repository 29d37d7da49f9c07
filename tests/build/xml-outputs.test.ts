import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { SaxesParser } from 'saxes';
import { DIST } from '../../tools/dist.ts';
import { filesUnder } from '../helpers/dist-files.ts';
import { nonEmpty } from '../../tools/non-empty.ts';

/** Parses with saxes, a conforming XML 1.0 parser (namespaces on): the well-formedness errors it finds. */
function xmlErrors(text: string): string[] {
  const errors: string[] = [];
  const parser = new SaxesParser({ xmlns: true });
  parser.on('error', (error) => errors.push(error.message));
  parser.write(text).close();
  return errors;
}

const xmlFiles = nonEmpty(
  filesUnder(DIST).filter((file) => /\.(xml|svg)$/.test(file)),
  'XML and SVG files in dist/',
);

describe('every XML file the build writes is well-formed XML', () => {
  it('includes the feed, the sitemaps and the SVGs', () => {
    expect(xmlFiles).toEqual(expect.arrayContaining(['rss.xml', 'sitemap-index.xml', 'sitemap-0.xml', 'favicon.svg']));
    expect(xmlFiles.filter((file) => file.endsWith('map.svg')).length).toBeGreaterThanOrEqual(1);
  });

  it.each(xmlFiles)('%s', (file) => {
    expect(xmlErrors(readFileSync(join(DIST, file), 'utf8'))).toEqual([]);
  });

  it('the parser finds what a stray control character does to a feed', () => {
    expect(xmlErrors('<rss><title>a\u000bb</title></rss>').join()).toMatch(/disallowed character/i);
  });
});
