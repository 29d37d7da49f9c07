/**
 * Nothing is lost: every source address in content/ (articles' and events' sources, a map's launch
 * sources, the copies read via, a place's coordinate page) is a link on some built page.
 */
import { describe, expect, it } from 'vitest';
import { contentUrlsIn, dataFilesUnder, linkedUrls } from '../helpers/source-urls.ts';

const urls = contentUrlsIn(dataFilesUnder('content'));

describe('the sources content gives', () => {
  it('are there to check', () => {
    expect(urls.length, 'content/ gives no source address').toBeGreaterThan(0);
  });

  it('are each linked from some built page', () => {
    const links = linkedUrls();
    expect(urls.filter(({ url }) => !links.has(url)).map(({ file, field, url }) => `${file} ${field}: ${url}`)).toEqual([]);
  });
});
