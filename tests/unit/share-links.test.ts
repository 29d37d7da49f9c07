import { describe, expect, it } from 'vitest';
import { shareLinks, shareableUrl } from '../../src/lib/share-links.ts';

describe('share links', () => {
  it('point at each network with the URL and title encoded', () => {
    const links = shareLinks('https://news.example.org/a/?launch=50.60,36.59#x', 'Missiles & maps');
    expect(links.map((l) => l.id)).toEqual(['email', 'x', 'facebook', 'linkedin', 'whatsapp', 'telegram']);
    const x = new URL(links.find((l) => l.id === 'x')!.href);
    expect(x.searchParams.get('url')).toBe('https://news.example.org/a/?launch=50.60,36.59#x');
    expect(x.searchParams.get('text')).toBe('Missiles & maps');
    expect(links.find((l) => l.id === 'email')!.href).toMatch(/^mailto:\?subject=Missiles%20%26%20maps&body=/);
  });

  it('share the reader’s view: anchors and launch points kept, anything else dropped', () => {
    const shared = shareableUrl(
      'https://news.example.org/a/',
      'http://localhost:4321/a/?launch=51.67,39.18&launch-other-map=39.9,127.5&utm_source=x#2024-01-02-kharkiv',
    );
    const url = new URL(shared);
    expect(url.origin + url.pathname).toBe('https://news.example.org/a/');
    expect(url.searchParams.get('launch')).toBe('51.67,39.18');
    expect(url.searchParams.get('launch-other-map')).toBe('39.9,127.5');
    expect(url.searchParams.has('utm_source')).toBe(false);
    expect(url.hash).toBe('#2024-01-02-kharkiv');
  });
});
