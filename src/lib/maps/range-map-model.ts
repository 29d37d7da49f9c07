/**
 * Everything a range map shows, computed once at build time from plain data. The Astro component only
 * prints this model; the browser script rebuilds the moving parts (ring, flags) from the same modules.
 */
import { geoPath, type GeoPermissibleObjects } from 'd3-geo';
import { type LonLat } from '../geo/distance.ts';
import { geodesicRing } from '../geo/ring.ts';
import { withRangeFlags } from '../geo/range.ts';
import { fitProjection, projectionFrom, type ProjectionParams } from '../geo/projection.ts';
import { scaleBar, type ScaleBar } from '../geo/scale-bar.ts';
import { shareOfAreaWithinRange } from '../geo/coverage.ts';
import { placeLabels, type Box, type PlacedLabel } from '../geo/labels.ts';
import { BORDERS_CREDIT, countriesNear, type Country } from '../geo/world.ts';
import type { Place } from '../schemas/place.ts';
import type { RangeMapEntry } from '../schemas/map.ts';
import { formatShare, rangeSummary } from './format.ts';

export const MAP_WIDTH = 720;

/** Label sizes in SVG units. The narrow set is for screens under 560 px, where the SVG is scaled down. */
export const LABEL_LAYOUTS = {
  wide: { fontSize: 14, countryFontSize: 12, markerRadius: 5, scale: 1 },
  narrow: { fontSize: 28, countryFontSize: 22, markerRadius: 9, scale: 2 },
} as const;

/** Countries covering less of the frame than this get no name on the map. */
const MIN_LABELLED_AREA = 0.03;

/** Where the scale bar sits, so labels keep clear of it. */
const SCALE_BAR_BOX = { width: 200, height: 46, margin: 12 };

export interface MapPlace extends Place {
  x: number;
  y: number;
  distanceKm: number;
  inRange: boolean;
  /** A reported strike location (from the timeline); such places get their own marker. */
  reportedStrike: boolean;
  countryName: string;
}

export interface RangeMapModel {
  id: string;
  title: string;
  description: string;
  asOf: Date;
  /** The finding in numbers, for the accessible description. */
  finding: string;
  summary: string;
  /** The primary range in words, without the miles: `about 900 km`. */
  rangeLabel: string;
  width: number;
  height: number;
  projection: ProjectionParams;
  countries: { iso3: string; name: string; d: string; focus: boolean }[];
  rings: { km: number; label: string; source: string; d: string; line: string }[];
  launch: RangeMapEntry['launch'] & { x: number; y: number };
  presets: NonNullable<RangeMapEntry['presets']>;
  places: MapPlace[];
  labels: { wide: PlacedLabel[]; narrow: PlacedLabel[] };
  /** Country names, placed after the places so they never push a place label off the map. */
  countryLabels: { wide: PlacedLabel[]; narrow: PlacedLabel[] };
  scaleBar: ScaleBar & { x: number; y: number };
  credit: string;
}

export interface RangeMapInput {
  map: RangeMapEntry;
  /** Every known place by id; the map's own list picks from it. */
  places: ReadonlyMap<string, Place>;
  countries: readonly Country[];
  /** Ids of places where the timeline reports a strike. */
  strikePlaceIds?: ReadonlySet<string>;
}

export function buildRangeMapModel({ map, places, countries, strikePlaceIds = new Set() }: RangeMapInput): RangeMapModel {
  const projectionParams = fitProjection(map.extent, MAP_WIDTH);
  const { width, height } = projectionParams;
  const projection = projectionFrom(projectionParams);
  const path = geoPath(projection).digits(1);
  const draw = (object: GeoPermissibleObjects) => path(object) ?? '';
  const at = (lon: number, lat: number) => {
    const point = projection([lon, lat]);
    if (!point) throw new Error(`map "${map.id}": ${lat}, ${lon} cannot be projected`);
    return { x: round(point[0]), y: round(point[1]) };
  };

  const launchPoint: LonLat = [map.launch.lon, map.launch.lat];
  const primaryRange = map.ranges[0]!;

  const marked = map.places.map((id) => {
    const place = places.get(id);
    if (!place) throw new Error(`map "${map.id}" marks "${id}", but content/places/ has no such place`);
    return place;
  });
  const mapPlaces: MapPlace[] = withRangeFlags(marked, launchPoint, primaryRange.km).map((place) => ({
    ...place,
    ...at(place.lon, place.lat),
    distanceKm: Math.round(place.distanceKm),
    reportedStrike: strikePlaceIds.has(place.id),
    countryName: countries.find((country) => country.properties.a3 === place.country)?.properties.name ?? place.country,
  }));
  const outside = mapPlaces.filter((p) => p.x < 0 || p.y < 0 || p.x > width || p.y > height);
  if (outside.length) {
    throw new Error(`map "${map.id}": ${outside.map((p) => p.id).join(', ')} lie outside its extent; widen the extent or drop them`);
  }

  const drawnCountries = countriesNear(countries, map.extent)
    .map((country) => ({
      iso3: country.properties.a3,
      name: country.properties.name,
      d: draw(country),
      focus: country.properties.a3 === map.focusCountry,
      area: path.area(country),
      centroid: path.centroid(country),
    }))
    .filter((country) => country.d !== '');
  const countryLabelRequests = drawnCountries
    .filter((country) => country.area / (width * height) >= MIN_LABELLED_AREA)
    .sort((a, b) => b.area - a.area)
    .map((country) => ({ id: country.iso3, text: country.name.toUpperCase(), x: country.centroid[0], y: country.centroid[1], kind: 'area' as const }));
  const focus = countries.find((country) => country.properties.a3 === map.focusCountry);
  if (!focus) throw new Error(`map "${map.id}": focusCountry ${map.focusCountry} is not in the borders data`);

  const rings = map.ranges.map((range) => {
    const ring = geodesicRing(launchPoint, range.km);
    return {
      ...range,
      d: draw(ring),
      // The outline alone, as a line: a clipped polygon would also stroke the frame's edges.
      line: draw({ type: 'LineString', coordinates: ring.coordinates[0]! }),
    };
  });

  const bar = scaleBar(projection, projection.invert!([width / 2, height / 2]) as LonLat, SCALE_BAR_BOX.width - 20);
  const scaleBarPosition = { x: SCALE_BAR_BOX.margin, y: height - SCALE_BAR_BOX.margin - SCALE_BAR_BOX.height };
  const launch = { ...map.launch, ...at(map.launch.lon, map.launch.lat) };

  const labelRequests = [
    { id: 'launch', text: map.launch.label, x: launch.x, y: launch.y },
    ...mapPlaces.map((place) => ({ id: place.id, text: place.name, x: place.x, y: place.y })),
  ];
  const labelsFor = (layout: keyof typeof LABEL_LAYOUTS) => {
    const { fontSize, countryFontSize, markerRadius, scale } = LABEL_LAYOUTS[layout];
    const scaleBarArea: Box = {
      x0: 0,
      y0: height - SCALE_BAR_BOX.margin - SCALE_BAR_BOX.height * scale,
      x1: SCALE_BAR_BOX.margin + SCALE_BAR_BOX.width * scale,
      y1: height,
    };
    const places = placeLabels(labelRequests, { width, height, fontSize, markerRadius, obstacles: [scaleBarArea] });
    const taken = places.map((label) => boxOf(label, fontSize));
    const markers = labelRequests.map(({ x, y }) => ({ x0: x - markerRadius, y0: y - markerRadius, x1: x + markerRadius, y1: y + markerRadius }));
    const countriesPlaced = placeLabels(countryLabelRequests, {
      width,
      height,
      fontSize: countryFontSize,
      markerRadius: 0,
      charWidth: 0.7,
      obstacles: [scaleBarArea, ...taken, ...markers],
    });
    return { places, countries: countriesPlaced };
  };
  const wideLabels = labelsFor('wide');
  const narrowLabels = labelsFor('narrow');

  const share = shareOfAreaWithinRange(focus, launchPoint, primaryRange.km);
  const inRangeCount = mapPlaces.filter((place) => place.inRange).length;
  const rangeLabel = primaryRange.label.replace(/\s*\(.*\)$/, '');
  const summary = rangeSummary(inRangeCount, mapPlaces.length, rangeLabel);
  const finding =
    `By area, ${formatShare(share)} of ${focus.properties.name} lies within ${primaryRange.label} of ${map.launch.label}. ` + summary;

  return {
    id: map.id,
    title: map.title,
    description: map.description,
    asOf: map.asOf,
    finding,
    summary,
    rangeLabel,
    width,
    height,
    projection: projectionParams,
    countries: drawnCountries.map(({ iso3, name, d, focus }) => ({ iso3, name, d, focus })),
    rings,
    launch,
    presets: map.presets ?? [],
    places: mapPlaces,
    labels: { wide: wideLabels.places, narrow: narrowLabels.places },
    countryLabels: { wide: wideLabels.countries, narrow: narrowLabels.countries },
    scaleBar: { ...bar, ...scaleBarPosition },
    credit: `Borders: ${BORDERS_CREDIT}. Range: ${primaryRange.source}. ${placesCredit(mapPlaces)}`,
  };
}

const round = (value: number) => Math.round(value * 10) / 10;

/** The box a placed label covers, for keeping later labels clear of it. */
function boxOf(label: PlacedLabel, fontSize: number, charWidth = 0.6): Box {
  const w = label.text.length * fontSize * charWidth;
  const x0 = label.anchor === 'start' ? label.x : label.anchor === 'end' ? label.x - w : label.x - w / 2;
  return { x0, y0: label.y - fontSize, x1: x0 + w, y1: label.y + fontSize * 0.3 };
}

/** Credits GeoNames and names the places whose coordinates come from elsewhere, grouped by source. */
function placesCredit(mapPlaces: readonly MapPlace[]): string {
  const bySource = new Map<string, string[]>();
  for (const place of mapPlaces.filter((p) => !p.source.startsWith('GeoNames'))) {
    bySource.set(place.source, [...(bySource.get(place.source) ?? []), place.name]);
  }
  const others = [...bySource].map(([source, names]) => `; ${names.join(', ')}: ${source.charAt(0).toLowerCase()}${source.slice(1)}`);
  return `Places: GeoNames city centres (CC BY 4.0)${others.join('')}.`;
}
