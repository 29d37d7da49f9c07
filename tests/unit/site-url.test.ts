import { describe, expect, it } from 'vitest';
import { DEFAULT_SITE_URL, siteUrl } from '../../src/lib/site-url.ts';

describe('siteUrl', () => {
  it('defaults to the local preview origin', () => {
    expect(siteUrl(undefined)).toBe(`${DEFAULT_SITE_URL}/`);
    expect(siteUrl('')).toBe(`${DEFAULT_SITE_URL}/`);
  });

  it('keeps a sub-path and always ends with a slash', () => {
    expect(siteUrl('https://news.example.org')).toBe('https://news.example.org/');
    expect(siteUrl('https://example.org/explainers')).toBe('https://example.org/explainers/');
  });

  it('refuses what is not an absolute http(s) URL', () => {
    expect(() => siteUrl('news.example.org')).toThrow(/SITE_URL/);
    expect(() => siteUrl('ftp://example.org')).toThrow(/http or https/);
  });
});
