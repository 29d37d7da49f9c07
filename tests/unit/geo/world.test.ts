import { describe, expect, it } from 'vitest';
import { geoContains, geoPath } from 'd3-geo';
import { countryByIso3, simplifiedCountries, type BorderDetail } from '../../../src/lib/geo/world.ts';
import { fitExtent, projectionFrom, type Extent } from '../../../src/lib/geo/projection.ts';

const ukraine = countryByIso3('UKR')!;
const russia = countryByIso3('RUS')!;

describe('borders', () => {
  it.each([
    ['central Crimea', [34.1, 45.3]],
    ['Sevastopol', [33.521, 44.608]],
    ['Simferopol', [34.111, 44.957]],
  ])('draw %s inside Ukraine, not Russia', (_, point) => {
    expect(geoContains(ukraine, point as [number, number])).toBe(true);
    expect(geoContains(russia, point as [number, number])).toBe(false);
  });

  it.each(['110m'] as const)('keep Crimea inside Ukraine at the coarser %s detail of world maps too', (detail) => {
    const coarseUkraine = countryByIso3('UKR', detail)!;
    const coarseRussia = countryByIso3('RUS', detail)!;
    expect(geoContains(coarseUkraine, [34.1, 45.3])).toBe(true);
    expect(geoContains(coarseRussia, [34.1, 45.3])).toBe(false);
  });

  it('keep Crimea inside Ukraine after simplifying for a world-scale map', () => {
    // About 1.6 px at a whole-globe map's scale, the coarsest the maps use.
    const simple = simplifiedCountries('110m', (1.6 / 110) ** 2, { west: 30, south: 42, east: 40, north: 50 });
    const [ukraineSimple, russiaSimple] = ['UKR', 'RUS'].map((a3) => simple.find((c) => c.properties.a3 === a3)!);
    expect(geoContains(ukraineSimple!, [34.1, 45.3])).toBe(true);
    expect(geoContains(russiaSimple!, [34.1, 45.3])).toBe(false);
  });

  it('put the control points where they belong', () => {
    expect(geoContains(ukraine, [30.524, 50.455])).toBe(true); // Kyiv
    expect(geoContains(russia, [36.58, 50.611])).toBe(true); // Belgorod
    expect(geoContains(ukraine, [36.58, 50.611])).toBe(false);
  });
});

describe('countries cut down to the parts near a frame', () => {
  /** The longitude-latitude box of a frame, from points along its edges (as map-frame.ts finds it). */
  function frameBox(extent: Extent): { projection: ReturnType<typeof projectionFrom>; box: Extent; scale: number } {
    const params = fitExtent(extent, 720);
    const projection = projectionFrom(params);
    const edge = Array.from({ length: 33 }, (_, i) => i / 32).flatMap((t) => [
      [t * params.width, 0],
      [t * params.width, params.height],
      [0, t * params.height],
      [params.width, t * params.height],
    ]);
    const lonLats = edge.map((xy) => projection.invert!(xy as [number, number])!);
    const lons = lonLats.map((p) => p[0]);
    const lats = lonLats.map((p) => p[1]);
    return { projection, scale: params.scale, box: { west: Math.min(...lons), east: Math.max(...lons), south: Math.min(...lats), north: Math.max(...lats) } };
  }

  it.each<[string, Extent, BorderDetail]>([
    ['Ukraine (the United States crosses 180°, so its Alaska parts were drawn for nothing)', { west: 20, south: 43, east: 42, north: 54 }, '50m'],
    ['the Korean peninsula', { west: 118, south: 30, east: 138, north: 46 }, '50m'],
    ['Kamchatka (the Aleutians, west of 180°, stay)', { west: 150, south: 45, east: 175, north: 65 }, '50m'],
    ['Europe and North Africa', { west: -25, south: 20, east: 45, north: 72 }, '110m'],
  ])('draw %s exactly as the whole countries do', (_, extent, detail) => {
    const { projection, box, scale } = frameBox(extent);
    const minArea = (0.8 / scale) ** 2;
    const path = geoPath(projection).digits(1);
    const drawn = (countries: ReturnType<typeof simplifiedCountries>) =>
      new Map(countries.map((c) => [c.properties.a3, path(c) ?? ''] as const).filter(([, d]) => d !== ''));
    const whole = drawn(simplifiedCountries(detail, minArea));
    const near = drawn(simplifiedCountries(detail, minArea, box));
    expect(whole.size).toBeGreaterThan(1);
    expect(near).toEqual(whole);
  });
});
