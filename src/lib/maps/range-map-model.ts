/**
 * Everything a range map shows, computed once at build time from plain data: geometry (map-frame.ts),
 * label layout (map-labels.ts) and words (format.ts) come together here. The Astro component and the
 * file routes only print this model; the browser script redraws the moving parts from its client state.
 */
import { type LonLat } from '../geo/distance.ts';
import { withRangeFlags } from '../geo/range.ts';
import { onFrame, type ProjectionParams } from '../geo/projection.ts';
import { niceAtMost, scaleBar, scaleBarIsTrue, type ScaleBar } from '../geo/scale-bar.ts';
import { shareOfAreaWithinRange } from '../geo/coverage.ts';
import { bordersCredit, countryByIso3, type Country } from '../geo/world.ts';
import type { Place } from '../schemas/place.ts';
import type { RangeMapEntry } from '../schemas/map.ts';
import { dayList, presetLaunchLabel, rangeSummary, shortRangeLabel, strikeTag, strikeWords } from './format.ts';
import { findingAt } from './map-copy.ts';
import { drawCountries, globeOutline, mapFrame, MAP_WIDTH, type DrawnCountry, type MapFrame } from './map-frame.ts';
import { ringGeometry } from '../geo/ring.ts';
import { layoutLabels, type LabelSet } from './map-labels.ts';
import type { LabelLayoutName } from '../theme/map-layouts.ts';
import { labelWidths } from './label-widths.ts';
import { labelInputAt, type LabelScene } from './label-scene.ts';
import { focusShape } from './focus-shape.ts';
import { labelConflictLines } from './label-conflicts.ts';
import type { MapClientState } from './client-state.ts';
import type { StrikeReport } from '../timeline/timeline-model.ts';

export { MAP_WIDTH };

/** Where the scale bar sits (wide layout; the narrow one is twice the size), so labels keep clear of it. */
const SCALE_BAR_BOX = { width: 200, height: 46, margin: 12 };

export interface MapPlace extends Place {
  x: number;
  y: number;
  distanceKm: number;
  /** The ranges (km) whose ring holds the place; `inRange` is the first range's answer. */
  withinKm: number[];
  inRange: boolean;
  /**
   * The strikes its timelines report there: undated (`reported strikes`), their days (`2 and 6 January
   * 2024`), and whether only its region is known (strikeWords joins the first two). Such places get their
   * own marker.
   */
  strike: { tag: string; days: string; region: boolean } | undefined;
  countryName: string;
}

export interface MapRing {
  km: number;
  label: string;
  source: string;
  d: string;
  line: string;
}

export interface RangeMapModel {
  id: string;
  /**
   * Labels the placer could not draw clear of each other, the markers and the frame, at some layout,
   * each with its file and a fix: the content gate refuses a map that has any (the model itself never throws).
   */
  labelConflicts: readonly string[];
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
  /** The globe's face within the frame, drawn as water. */
  globe: string;
  countries: { iso3: string; name: string; d: string; focus: boolean }[];
  rings: MapRing[];
  launch: RangeMapEntry['launch'] & { x: number; y: number };
  presets: (NonNullable<RangeMapEntry['presets']>[number] & { launchLabel: string })[];
  places: MapPlace[];
  labels: Record<LabelLayoutName, LabelSet>;
  /** A scale bar where one is true across the map; null on continental and world maps. */
  scaleBar: (ScaleBar & { x: number; y: number }) | null;
  credit: string;
  client: MapClientState;
}

export interface RangeMapInput {
  map: RangeMapEntry;
  /** The places the map marks, in its own order. */
  places: readonly Place[];
  /** The focus country's borders. */
  focus: Country;
  /** The places where its timelines report strikes, with their days. */
  strikes?: ReadonlyMap<string, StrikeReport>;
}

/**
 * The map's input with its focus country found, or every reason it cannot be drawn as written: each a
 * message naming the field and a fix. `marked` are the places its list names, already found.
 */
export function resolveRangeMap(
  map: RangeMapEntry,
  marked: readonly Place[],
  strikes?: ReadonlyMap<string, StrikeReport>,
): { input: RangeMapInput } | { problems: string[] } {
  const focus = countryByIso3(map.focusCountry);
  if (!focus) return { problems: [`focusCountry ${map.focusCountry} is not a country in the borders data (Natural Earth, UN view)`] };
  const { params, projection } = markedFrame(map, marked);
  const problems: string[] = [];
  if (!onFrame(projection, params, lonLat(map.launch))) {
    problems.push(`the launch point (${map.launch.lat}, ${map.launch.lon}) lies outside the extent; widen the extent or leave it out`);
  }
  const outside = marked.filter((place) => !onFrame(projection, params, lonLat(place)));
  if (outside.length) problems.push(`${outside.map((p) => p.id).join(', ')} lie outside its extent; widen the extent, leave it out or drop them`);
  // A preset off the map would move the launch point where the reader cannot see it.
  const offMap = (map.presets ?? []).filter((preset) => !onFrame(projection, params, lonLat(preset)));
  if (offMap.length) {
    problems.push(
      `presets ${offMap.map((p) => `"${p.label}" (${p.lat}, ${p.lon})`).join(', ')} lie outside the map; move them, widen the extent or leave it out`,
    );
  }
  return problems.length ? { problems } : { input: { map, places: marked, focus, ...(strikes && { strikes }) } };
}

/** The model of a map `resolveRangeMap` found drawable, built layer on layer. */
export function buildRangeMapModel({ map, places: marked, focus, strikes = new Map() }: RangeMapInput): RangeMapModel {
  const frame = frameLayer(map, marked);
  const marks = marksLayer(map, marked, strikes, frame);
  const labels = labelsLayer(map, frame, marks);
  const copy = copyLayer(map, focus, frame, marks.places);
  return {
    id: map.id,
    labelConflicts: labels.conflicts,
    title: map.title,
    description: map.description,
    asOf: map.asOf,
    finding: copy.finding,
    summary: copy.summary,
    rangeLabel: copy.rangeLabel,
    width: frame.params.width,
    height: frame.params.height,
    projection: frame.params,
    globe: globeOutline(frame),
    countries: marks.countries,
    rings: marks.rings,
    launch: marks.launch,
    presets: copy.presets,
    places: marks.places,
    labels: labels.sets,
    scaleBar: frame.scaleBar,
    credit: copy.credit,
    client: clientState(map, focus, frame, marks.places, labels.scene, copy),
  };
}

const lonLat = (point: { lon: number; lat: number }): LonLat => [point.lon, point.lat];

/** The frame the map asks for around its marked places. */
const markedFrame = (map: RangeMapEntry, marked: readonly Place[]) => mapFrame(map, marked.map(lonLat));

interface Frame extends MapFrame {
  /** Where a point lands on the frame, to a tenth of a unit. */
  at: (point: { lon: number; lat: number }) => { x: number; y: number };
  scaleBar: RangeMapModel['scaleBar'];
}

/** The frame: the projection and size that fit the map, and the scale bar at its foot. */
function frameLayer(map: RangeMapEntry, marked: readonly Place[]): Frame {
  const frame = markedFrame(map, marked);
  const at = (point: { lon: number; lat: number }) => {
    const [x, y] = frame.projection([point.lon, point.lat])!;
    return { x: round(x), y: round(y) };
  };
  return { ...frame, at, scaleBar: scaleBarOf(frame) };
}

/** A scale bar where one is true across the map, so never on equidistant (continental and world) maps. */
function scaleBarOf({ params, projection }: MapFrame): RangeMapModel['scaleBar'] {
  const { width, height } = params;
  if (params.kind === 'equidistant' || !scaleBarIsTrue(projection, width, height)) return null;
  return {
    ...scaleBar(projection, projection.invert!([width / 2, height / 2]) as LonLat, SCALE_BAR_BOX.width - 20),
    x: SCALE_BAR_BOX.margin,
    y: height - SCALE_BAR_BOX.margin - SCALE_BAR_BOX.height,
  };
}

/** The marks and, for the label placer, the countries as drawn (with their areas and centroids). */
type Marks = Pick<RangeMapModel, 'countries' | 'rings' | 'launch' | 'places'> & { drawn: DrawnCountry[] };

/** The marks: the countries, a ring per range round the launch point, the launch point, and the places with their distances and strikes. */
function marksLayer(map: RangeMapEntry, marked: readonly Place[], strikes: ReadonlyMap<string, StrikeReport>, frame: Frame): Marks {
  const launchPoint = lonLat(map.launch);
  const rangesKm = map.ranges.map((range) => range.km);
  const drawn = drawCountries(frame);
  return {
    drawn,
    countries: drawn.map(({ iso3, name, d }) => ({ iso3, name, d, focus: iso3 === map.focusCountry })),
    rings: map.ranges.map((range) => ({ ...range, ...ringGeometry(frame.path, launchPoint, range.km) })),
    launch: { ...map.launch, ...frame.at(map.launch) },
    places: withRangeFlags(marked, launchPoint, rangesKm).map((place) => ({
      ...place,
      ...frame.at(place),
      distanceKm: Math.round(place.distanceKm),
      strike: strikeOf(strikes.get(place.id)),
      countryName: countryByIso3(place.country)?.properties.name ?? place.country,
    })),
  };
}

/**
 * The labels, all from the one placer: the scene they are placed among (kept for the browser), every label
 * set at the home launch point, and what could not be placed clear there or at any preset.
 */
function labelsLayer(map: RangeMapEntry, { params, projection, scaleBar: bar }: Frame, marks: Marks) {
  const { width, height } = params;
  const scene: LabelScene = {
    width,
    height,
    places: marks.places.map((place) => ({ id: place.id, name: place.name, x: place.x, y: place.y, strike: place.strike !== undefined })),
    countries: marks.drawn.map(({ iso3, name, area, centroid }) => ({
      iso3,
      name,
      area: Math.round(area),
      centroid: [round(centroid[0]), round(centroid[1])],
    })),
    focusIso3: map.focusCountry,
    ringsKm: marks.rings.map((ring) => ring.km),
    // Each ring carries its distance where no scale bar states it alone: on maps without one, and on maps with several rings.
    ringsLabelled: !bar || marks.rings.length > 1,
    scaleBar: bar && { x0: 0, y0: bar.y, x1: SCALE_BAR_BOX.margin + SCALE_BAR_BOX.width, y1: height },
  };
  const input = labelInputAt(scene, projection, lonLat(map.launch), map.launch.label);
  const sets = layoutLabels(input, labelWidths);
  const conflicts = labelConflictLines(
    map.id,
    { input, sets },
    (map.presets ?? []).map((preset) => ({ preset: preset.label, input: labelInputAt(scene, projection, lonLat(preset), preset.label) })),
    labelWidths,
  );
  return { scene, sets, conflicts };
}

/** The copy: every word the map says of itself, from its finding to its credits. */
function copyLayer(map: RangeMapEntry, focus: Country, frame: MapFrame, mapPlaces: readonly MapPlace[]) {
  const primary = map.ranges[0]!;
  const summary = rangeSummary(
    map.ranges.map((range) => ({ inRange: mapPlaces.filter((p) => p.withinKm.includes(range.km)).length, rangeLabel: shortRangeLabel(range.label) })),
    mapPlaces.length,
  );
  const share = shareOfAreaWithinRange(focus, lonLat(map.launch), primary.km);
  const words = { focusName: focus.properties.name, rangeLabels: map.ranges.map((range) => range.label) };
  return {
    finding: findingAt({ kind: 'home', label: map.launch.label }, share, words, summary),
    summary,
    rangeLabel: shortRangeLabel(primary.label),
    words,
    presets: (map.presets ?? []).map((preset) => ({ ...preset, launchLabel: presetLaunchLabel(preset.label, map.launch.label) })),
    credit: `Borders: ${bordersCredit(frame.detail)}. ${rangesCredit(map.ranges)} ${placesCredit(mapPlaces)}`,
  };
}

/** What the browser script needs to redraw the map's moving parts around a moved launch point. */
function clientState(
  map: RangeMapEntry,
  focus: Country,
  frame: MapFrame,
  mapPlaces: readonly MapPlace[],
  scene: LabelScene,
  copy: ReturnType<typeof copyLayer>,
): MapClientState {
  const stepKm = niceAtMost(frame.widthKm / 150);
  return {
    projection: frame.params,
    home: { point: lonLat(map.launch), label: map.launch.label },
    presets: copy.presets.map((preset) => ({ point: lonLat(preset), label: preset.label, launchLabel: preset.launchLabel })),
    rings: map.ranges.map((range) => ({ km: range.km, rangeLabel: shortRangeLabel(range.label) })),
    places: mapPlaces.map(({ id, name, lat, lon, strike }) => ({ id, name, lat, lon, strike: strike && strikeWords(strike) })),
    steps: { km: stepKm, bigKm: stepKm * 5 },
    scene,
    words: copy.words,
    focusShape: focusShape(focus),
  };
}

const round = (value: number) => Math.round(value * 10) / 10;

const strikeOf = (report: StrikeReport | undefined) => report && { tag: strikeTag(report), days: dayList(report.dates), region: report.region };

/** `Range: US government estimate.` or, with several, `Ranges: 15,000 km: …; 5,500 km: ….` */
function rangesCredit(ranges: RangeMapEntry['ranges']): string {
  if (ranges.length === 1) return `Range: ${ranges[0]!.source}.`;
  return `Ranges: ${ranges.map((range) => `${shortRangeLabel(range.label)}: ${range.source}`).join('; ')}.`;
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
