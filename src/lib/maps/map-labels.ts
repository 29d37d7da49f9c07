/**
 * Where the map's words go, for each of its label sets (`wide`, `medium`, `narrow`: their sizes and
 * breakpoints are the theme's, src/lib/theme/map-layouts.ts, which the stylesheet reads too).
 */
import { labelBox, markerBox, placeLabels, type Box, type LabelOptions, type LabelRequest, type PlacedLabel, type TextWidth } from '../geo/labels.ts';
import { formatKm } from './format.ts';
import type { DrawnCountry } from './map-frame.ts';
import { LABEL_LAYOUT_NAMES, LABEL_LAYOUTS, type LabelLayoutName } from '../theme/map-layouts.ts';

/** Each label set in words: which frames show it. */
export const LAYOUT_WORDS = Object.fromEntries(
  LABEL_LAYOUT_NAMES.map((name, i) => {
    const from = LABEL_LAYOUTS[name].fromPx;
    const below = i > 0 ? LABEL_LAYOUTS[LABEL_LAYOUT_NAMES[i - 1]!].fromPx : null;
    const words = below === null ? `frames ${from} px and wider` : from === 0 ? `frames under ${below} px` : `frames ${from}-${below - 1} px wide`;
    return [name, words];
  }),
) as Record<LabelLayoutName, string>;

/** How wide each kind of label is drawn at a layout: measured from font files at build time, by the browser after a move. */
export interface LayoutWidths {
  place: TextWidth;
  country: TextWidth;
  ring: TextWidth;
}

/** Countries covering less of the frame than this get no name on the map (the focus country always does). */
const MIN_LABELLED_AREA = 0.03;

export interface LabelInput {
  width: number;
  height: number;
  launch: { x: number; y: number; label: string };
  places: readonly { id: string; name: string; x: number; y: number; strike: boolean }[];
  /** Countries whose names may show: `area` is their drawn area in square units, `centroid` where the name hangs. */
  countries: readonly Pick<DrawnCountry, 'iso3' | 'name' | 'area' | 'centroid'>[];
  focusIso3: string;
  /**
   * Spots along each ring where its distance may be written, by preference (on maps where no scale bar
   * states it alone); a ring with no spots does not show.
   */
  ringLabels: readonly { km: number; points: readonly { x: number; y: number }[] }[];
  /** The scale bar's box in the wide layout (the narrow one is `scale` times larger), if the map has one. */
  scaleBar: Box | null;
  /**
   * A place the reader tapped or focused, and what its callout says (`text`, or `short` where that has no
   * spot): placed right after the launch label.
   */
  callout?: { id: string; text: string; short: string } | undefined;
  /** A town the reader looked up (in the browser), with its marker: its name is placed right after the callout, before the strikes. */
  town?: { id: string; name: string; x: number; y: number } | undefined;
}

/** A name the map has no spot for at a layout: the build reports it, and the table and the place's callout still name it. */
export interface UnplacedLabel {
  /** The place's id, or `launch` for the launch label. */
  id: string;
  text: string;
  /** How wide it is drawn, in the layout's units: pixels at the map's full width (MAP_WIDTH). */
  width: number;
  layout: LabelLayoutName;
}

export interface LabelSet {
  /** The launch label first, then places that got a spot. */
  places: PlacedLabel[];
  countries: PlacedLabel[];
  rings: PlacedLabel[];
  /** The tapped or focused place's name and distance, if it has a spot. */
  callout: PlacedLabel | null;
  /** Rings that show and carry their distance, but have no clear spot for it: the build stops. */
  unlabelledRings: number[];
  /** The launch label and places that got no spot inside the frame. */
  unplaced: UnplacedLabel[];
}

const overlaps = (a: Box, b: Box) => a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1;

/** The distance written on each ring, at its first spot clear of the frame's edges, the markers and everything placed before. */
function ringLabels(input: LabelInput, fontSize: number, width: TextWidth, taken: Box[], markers: readonly Box[]) {
  const rings: PlacedLabel[] = [];
  const unlabelled: number[] = [];
  const clear = (box: Box) =>
    box.x0 >= 0 && box.y0 >= 0 && box.x1 <= input.width && box.y1 <= input.height && ![...taken, ...markers].some((o) => overlaps(o, box));
  for (const ring of input.ringLabels) {
    const spots = ring.points.map((point): PlacedLabel => ({
      id: String(ring.km),
      text: formatKm(ring.km),
      x: point.x,
      y: point.y + fontSize * 0.35,
      anchor: 'middle',
    }));
    const label = spots.find((spot) => clear(labelBox(spot, fontSize, width)));
    if (label) {
      rings.push(label);
      taken.push(labelBox(label, fontSize, width));
    } else if (spots.length) unlabelled.push(ring.km);
  }
  return { rings, unlabelled };
}

/** The scale bar's box at a layout: `scale` times the wide one, at the frame's foot. */
export function scaleBarBox(input: Pick<LabelInput, 'height' | 'scaleBar'>, name: LabelLayoutName): Box | null {
  const bar = input.scaleBar;
  if (!bar) return null;
  const { scale } = LABEL_LAYOUTS[name];
  return { x0: bar.x0, y0: input.height - (input.height - bar.y0) * scale, x1: bar.x0 + (bar.x1 - bar.x0) * scale, y1: input.height };
}

/** The painted markers at a layout, by id (a place's id, or `launch`): dots, strike diamonds and the launch triangle, at their drawn size. */
export function layoutMarkers(input: Pick<LabelInput, 'places' | 'launch' | 'town'>, name: LabelLayoutName): { id: string; box: Box }[] {
  const layout = LABEL_LAYOUTS[name];
  const { town } = input;
  return [
    ...input.places.map((place) => ({ id: place.id, box: markerBox(place.x, place.y, place.strike ? layout.strikeRadius : layout.markerRadius) })),
    ...(town ? [{ id: town.id, box: markerBox(town.x, town.y, layout.markerRadius) }] : []),
    { id: 'launch', box: launchMarkerBox(input.launch, layout.launchRadius) },
  ];
}

/** The launch triangle's box (map-svg.ts: LAUNCH_MARK, scaled to the layout): as wide as 0.86 of its radius each side, its foot at 0.55 below. */
const launchMarkerBox = ({ x, y }: { x: number; y: number }, r: number): Box => ({ x0: x - r * 0.86, y0: y - r, x1: x + r * 0.86, y1: y + r * 0.55 });

const countryRequest = (country: LabelInput['countries'][number], required: boolean): LabelRequest => ({
  id: country.iso3,
  text: country.name.toUpperCase(),
  x: country.centroid[0],
  y: country.centroid[1],
  kind: 'area',
  required,
});

/** The point labels a layout asks for: the launch label, then the places by the editor's order (a place the launch label names is left to it). */
function pointRequests(input: LabelInput, name: LabelLayoutName): { launch: LabelRequest; town: LabelRequest[]; places: LabelRequest[] } {
  const layout = LABEL_LAYOUTS[name];
  const { launch, town } = input;
  const namedByLaunch = (p: { x: number; y: number; name: string }) =>
    Math.hypot(p.x - launch.x, p.y - launch.y) < layout.launchRadius && launch.label.toLowerCase().includes(p.name.toLowerCase());
  return {
    launch: {
      id: 'launch',
      text: launch.label,
      x: launch.x,
      y: launch.y,
      radius: layout.launchRadius,
      box: launchMarkerBox(launch, layout.launchRadius),
      required: true,
    },
    town: town ? [{ id: town.id, text: town.name, x: town.x, y: town.y, radius: layout.markerRadius, required: true }] : [],
    places: input.places
      .filter((place) => !namedByLaunch(place) && place.id !== input.callout?.id)
      .map((place) => ({
        id: place.id,
        text: place.name,
        x: place.x,
        y: place.y,
        radius: place.strike ? layout.strikeRadius : layout.markerRadius,
        required: place.strike,
      })),
  };
}

/**
 * One label set, placed by priority: the launch point, the reader's tapped place, the town they looked up, the strikes, the
 * rings' distances, the focus country, then the other places by the editor's order and the other countries
 * by size. Whatever has no clear spot is left out (and reported), so nothing is drawn over anything.
 */
function labelSet(input: LabelInput, name: LabelLayoutName, widths: LayoutWidths): LabelSet {
  const layout = LABEL_LAYOUTS[name];
  const placer = labelPlacer(input, name, widths);
  const requests = pointRequests(input, name);
  const [launchLabel] = placer.points([requests.launch]);
  const callout = calloutLabel(input, name, placer.points);
  const first = [...(launchLabel ? [launchLabel] : []), ...placer.points(requests.town), ...placer.points(requests.places.filter((r) => r.required))];
  const rings = ringLabels(input, layout.fontSize, widths.ring, placer.taken, placer.markers);
  const focus = input.countries.find((country) => country.iso3 === input.focusIso3);
  const focusLabel = focus ? focusCountryLabel(focus, placer.areas) : [];
  const others = placer.points(requests.places.filter((r) => !r.required));
  const otherCountries = placer.areas(otherCountryRequests(input, focus));

  const all = [requests.launch, ...requests.town, ...requests.places];
  const byOrder = new Map(all.map((r, i) => [r.id, i]));
  const places = [...first, ...others].sort((a, b) => byOrder.get(a.id)! - byOrder.get(b.id)!);
  return {
    places,
    countries: [...focusLabel, ...otherCountries],
    rings: rings.rings,
    callout,
    unlabelledRings: rings.unlabelled,
    unplaced: unplacedLabels(all, places, name, widths.place),
  };
}

/** Places a layout's labels batch by batch, each clear of the markers, the scale bar and every label placed before it. */
function labelPlacer(input: LabelInput, name: LabelLayoutName, widths: LayoutWidths) {
  const layout = LABEL_LAYOUTS[name];
  const { width, height } = input;
  const bar = scaleBarBox(input, name);
  const markers = layoutMarkers(input, name).map((marker) => marker.box);
  const taken: Box[] = bar ? [bar] : [];
  const pointOptions: LabelOptions = {
    width,
    height,
    fontSize: layout.fontSize,
    markerRadius: layout.markerRadius,
    textWidth: widths.place,
    markers,
    leaderBeyond: 8 * layout.scale,
  };
  const areaOptions: LabelOptions = { width, height, fontSize: layout.countryFontSize, markerRadius: 0, textWidth: widths.country, markers };
  const place = (batch: LabelRequest[], options: LabelOptions) => {
    const placed = placeLabels(batch, { ...options, obstacles: taken });
    taken.push(...placed.map((label) => labelBox(label, options.fontSize, options.textWidth)));
    return placed;
  };
  return {
    markers,
    /** The boxes placed so far, with the scale bar's: what a later label must keep clear of. */
    taken,
    /** Names at a point: the launch point and places. */
    points: (batch: LabelRequest[]) => place(batch, pointOptions),
    /** Names across an area: countries. */
    areas: (batch: LabelRequest[]) => place(batch, areaOptions),
  };
}

type PlaceBatch = (batch: LabelRequest[]) => PlacedLabel[];

/** The tapped place's name and distance, or its short form where that has no spot; null where neither has one. */
function calloutLabel(input: LabelInput, name: LabelLayoutName, placePoints: PlaceBatch): PlacedLabel | null {
  const { callout } = input;
  const place = callout && input.places.find((p) => p.id === callout.id);
  if (!callout || !place) return null;
  const layout = LABEL_LAYOUTS[name];
  const radius = place.strike ? layout.strikeRadius : layout.markerRadius;
  const calloutAs = (text: string) => placePoints([{ id: place.id, text, x: place.x, y: place.y, radius, required: true }])[0];
  return calloutAs(callout.text) ?? calloutAs(callout.short) ?? null;
}

/** The focus country's name, or its ISO code where the name is too long for the frame (UNITED STATES OF AMERICA on a phone). */
function focusCountryLabel(focus: LabelInput['countries'][number], placeAreas: PlaceBatch): PlacedLabel[] {
  const named = placeAreas([countryRequest(focus, true)]);
  return named.length ? named : placeAreas([{ ...countryRequest(focus, true), text: focus.iso3 }]);
}

/** The other countries large enough to name, largest first. */
function otherCountryRequests(input: LabelInput, focus: LabelInput['countries'][number] | undefined): LabelRequest[] {
  return input.countries
    .filter((country) => country !== focus && country.area / (input.width * input.height) >= MIN_LABELLED_AREA && Number.isFinite(country.centroid[0]))
    .sort((a, b) => b.area - a.area)
    .map((country) => countryRequest(country, false));
}

/** The point labels that got no spot, each with its width for the build's report. */
function unplacedLabels(requests: LabelRequest[], placed: PlacedLabel[], name: LabelLayoutName, textWidth: TextWidth): UnplacedLabel[] {
  const placedIds = new Set(placed.map((label) => label.id));
  return requests
    .filter((request) => !placedIds.has(request.id))
    .map((request) => ({ id: request.id, text: request.text, width: Math.ceil(textWidth(request.text)), layout: name }));
}

/** Every label set of a map, with text measured by `widthsOf` (font files at build time, the browser's own fonts after a move). */
export function layoutLabels(input: LabelInput, widthsOf: (name: LabelLayoutName) => LayoutWidths): Record<LabelLayoutName, LabelSet> {
  return Object.fromEntries(LABEL_LAYOUT_NAMES.map((name) => [name, labelSet(input, name, widthsOf(name))])) as Record<LabelLayoutName, LabelSet>;
}
