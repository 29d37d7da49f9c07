import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { builtHtml, builtPage } from '../helpers/dist.ts';
import { greatCircleKm } from '../../src/lib/geo/distance.ts';

const ARTICLE = '/articles/north-korean-missiles-ukraine/';
const page = builtPage(ARTICLE);
const figure = (id: string) => page.querySelector(`figure[data-map="${id}"]`)!;

describe.each(['ukraine-900km', 'korea-900km'])('the %s map in the built article (no JavaScript needed)', (id) => {
  const map = figure(id);
  const svg = map.querySelector('svg')!;

  it('is an inline SVG with countries, each tagged with its ISO code', () => {
    const countries = svg.querySelectorAll('path[data-country]');
    expect(countries.length).toBeGreaterThan(3);
    for (const country of countries) expect(country.getAttribute('data-country')).toMatch(/^[A-Z]{3}$/);
  });

  it('draws the 900 km ring as a closed path', () => {
    const ring = svg.querySelector('path[data-range-km="900"]')!;
    expect(ring.getAttribute('d')).toMatch(/^M.*Z$/);
  });

  it('marks the launch point and every place with coordinates and an in-range flag that matches the distance', () => {
    const launch = svg.querySelector('[data-launch]')!;
    const from: [number, number] = [Number(launch.getAttribute('data-lon')), Number(launch.getAttribute('data-lat'))];
    const places = svg.querySelectorAll('[data-place]');
    expect(places.length).toBeGreaterThan(5);
    for (const place of places) {
      const km = greatCircleKm(from, [Number(place.getAttribute('data-lon')), Number(place.getAttribute('data-lat'))]);
      expect(place.getAttribute('data-in-range')).toBe(String(km <= 900));
    }
  });

  it('gives the SVG an accessible name and description that state the finding', () => {
    const name = page.getElementById(svg.getAttribute('aria-labelledby')!)!.text;
    const description = page.getElementById(svg.getAttribute('aria-describedby')!)!.text;
    expect(name).not.toMatch(/^map$/i);
    expect(name).toMatch(/900 km/);
    expect(description).toMatch(/lies within about 900 km/);
  });

  it('has a text alternative: a table row per place with its distance and whether it is in range', () => {
    const rows = map.querySelectorAll('table[data-map-table] tbody tr');
    expect(rows.length).toBe(svg.querySelectorAll('[data-place]').length);
    for (const row of rows) {
      const place = svg.querySelector(`[data-place="${row.getAttribute('data-place-row')}"]`)!;
      expect(row.querySelector('[data-cell="distance"]')!.text).toMatch(/^[\d,]+ km \([\d,]+ miles\)$/);
      expect(row.querySelector('[data-cell="in-range"]')!.text).toBe(place.getAttribute('data-in-range') === 'true' ? 'Yes' : 'No');
    }
  });

  it('carries a figcaption, a legend, a scale bar in km and miles, a credit and an as-of date', () => {
    expect(map.querySelector('figcaption')).not.toBeNull();
    expect(map.querySelector('.range-map__legend')!.text).toMatch(/about 900 km/);
    const scale = svg.querySelector('.map-scale')!.text;
    expect(scale).toMatch(/\d+ km/);
    expect(scale).toMatch(/\d+ miles/);
    const credit = map.querySelector('.range-map__credit')!;
    expect(credit.text).toMatch(/Natural Earth.*US government estimate/);
    expect(credit.querySelector('time')!.getAttribute('datetime')).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });

  it('labels the launch point honestly', () => {
    expect(map.querySelector('.range-map__note')!.text).toMatch(/Launch point:/);
  });

  it('uses no style attributes (a strict CSP would block them)', () => {
    expect(map.querySelectorAll('[style]')).toEqual([]);
  });

  it('stays small: under 25 KB gzipped', () => {
    expect(gzipSync(svg.outerHTML).length).toBeLessThan(25 * 1024);
  });
});

describe('the ukraine-900km map', () => {
  const svg = figure('ukraine-900km').querySelector('svg')!;

  it('marks the places the story needs', () => {
    const ids = svg.querySelectorAll('[data-place]').map((p) => p.getAttribute('data-place'));
    expect(ids).toEqual(expect.arrayContaining(['kyiv', 'kharkiv', 'lviv', 'odesa', 'dnipro', 'zaporizhzhia', 'sevastopol', 'uzhhorod', 'moscow']));
  });

  it('says plainly that the launch point is illustrative', () => {
    expect(figure('ukraine-900km').querySelector('.range-map__note')!.text).toMatch(/illustrative.*not public/i);
  });
});

describe('the korea-900km map', () => {
  it('marks Seoul, Busan, Tokyo, Osaka, Fukuoka, Beijing and Vladivostok around Pyongyang', () => {
    const svg = figure('korea-900km').querySelector('svg')!;
    const ids = svg.querySelectorAll('[data-place]').map((p) => p.getAttribute('data-place'));
    expect(ids).toEqual(expect.arrayContaining(['seoul', 'busan', 'tokyo', 'osaka', 'fukuoka', 'beijing', 'vladivostok']));
    expect(svg.querySelector('[data-launch]')!.getAttribute('data-lat')).toBe('39.034');
  });
});

describe('map placement in the story', () => {
  it('puts the Ukraine map right after the opening paragraph, to come with the first paint, and the Korea map after the 900 km paragraph', () => {
    const html = builtHtml(ARTICLE);
    const opening = html.indexOf('The White House disclosed on Thursday');
    const ukraine = html.indexOf('data-map="ukraine-900km"');
    const firstHeading = html.indexOf('<h2', opening);
    const paragraph = html.indexOf('a range of about 900 km');
    const korea = html.indexOf('data-map="korea-900km"');
    const nextParagraph = html.indexOf('Jenny Town');
    expect(opening).toBeGreaterThan(0);
    expect(opening < ukraine && ukraine < firstHeading).toBe(true);
    expect(paragraph < korea && korea < nextParagraph).toBe(true);
  });
});
