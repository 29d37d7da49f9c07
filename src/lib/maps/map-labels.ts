/**
 * Where the map's words go, for each of its two label sets: `wide` for frames at least NARROW_BELOW_PX
 * wide on screen, `narrow` below that, where the SVG is scaled down and needs larger, sparser labels.
 * Sizes are in SVG units (the map is MAP_WIDTH units wide): on screen they are multiplied by the
 * rendered width over MAP_WIDTH, so 14 units read as at least 12 px from 640 px up and 28 units as at
 * least 11 px from 288 px (a 320 px phone) up.
 */
import { labelBox, markerBox, placeLabels, type Box, type LabelOptions, type LabelRequest, type PlacedLabel, type TextWidth } from '../geo/labels.ts';
import { textWidth, type FontFamily, type FontWeight } from '../render/text-width.ts';
import { formatKm } from './format.ts';
import type { DrawnCountry } from './map-frame.ts';

/** The container width (CSS px) below which the narrow label set shows; range-map.css uses the same number. */
export const NARROW_BELOW_PX = 640;

export const LABEL_LAYOUTS = {
  wide: { fontSize: 14, countryFontSize: 14, markerRadius: 5, strikeRadius: 10, launchRadius: 12, scale: 1 },
  narrow: { fontSize: 28, countryFontSize: 28, markerRadius: 9, strikeRadius: 17, launchRadius: 21, scale: 2 },
} as const;

export type LabelLayoutName = keyof typeof LABEL_LAYOUTS;

/** Each label set in words: which frames show it. */
export const LAYOUT_WORDS: Record<LabelLayoutName, string> = { wide: `frames ${NARROW_BELOW_PX} px and wider`, narrow: `frames under ${NARROW_BELOW_PX} px` };

/** Country names are spaced 0.1em apart (map.svg; range-map.css, which narrows it to 0.06em on narrow frames). */
const COUNTRY_LETTER_SPACING = 0.1;

/**
 * The faces a map label may be drawn in: Inter in map.svg and map.png, the reader's system font on the
 * page (range-map.css: --font-sans), whose widest common face is DejaVu Sans.
 */
const LABEL_FACES: readonly FontFamily[] = ['Inter', 'DejaVu Sans'];

/**
 * How wide a label is drawn: the widest of its faces, measured at the weight range-map.css sets (map.svg
 * draws country names lighter, at 400), so a label placed clear of everything stays clear in the files
 * and on the page.
 */
function labelWidth(fontSize: number, weight: FontWeight, letterSpacing = 0): TextWidth {
  const widths = new Map<string, number>();
  return (text) => {
    let width = widths.get(text);
    if (width === undefined) {
      width = Math.max(...LABEL_FACES.map((face) => textWidth(text, fontSize, weight, letterSpacing * fontSize, face)));
      widths.set(text, width);
    }
    return width;
  };
}

/** The widths of a layout's place, country and ring labels (range-map.css: 600, 500 and 700). */
export function labelWidths(name: LabelLayoutName) {
  const { fontSize, countryFontSize } = LABEL_LAYOUTS[name];
  return {
    place: labelWidth(fontSize, 600),
    country: labelWidth(countryFontSize, 500, COUNTRY_LETTER_SPACING),
    ring: labelWidth(fontSize, 700),
  };
}

/** Countries covering less of the frame than this get no name on the map (the focus country always does). */
const MIN_LABELLED_AREA = 0.03;

export interface LabelInput {
  width: number;
  height: number;
  launch: { x: number; y: number; label: string };
  places: readonly { id: string; name: string; x: number; y: number; strike: boolean }[];
  countries: readonly DrawnCountry[];
  focusIso3: string;
  /**
   * Spots along each ring where its distance may be written, by preference (on maps where no scale bar
   * states it alone); a ring with no spots does not show.
   */
  ringLabels: readonly { km: number; points: readonly { x: number; y: number }[] }[];
  /** The scale bar's box in the wide layout (the narrow one is `scale` times larger), if the map has one. */
  scaleBar: Box | null;
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
  /** Rings that show and carry their distance, but have no clear spot for it: the build stops. */
  unlabelledRings: number[];
  /** The launch label and places that got no spot inside the frame. */
  unplaced: UnplacedLabel[];
  /** What the launch label must keep clear of when the reader moves the point: everything but itself. */
  launch: { obstacles: Box[]; markers: Box[] };
}

const roundBox = (box: Box): Box => ({ x0: Math.floor(box.x0), y0: Math.floor(box.y0), x1: Math.ceil(box.x1), y1: Math.ceil(box.y1) });
const overlaps = (a: Box, b: Box) => a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1;

/** The distance written on each ring, at its first spot clear of the frame's edges, the markers, the scale bar and the other rings' labels. */
function ringLabels(input: LabelInput, fontSize: number, width: TextWidth, obstacles: Box[], markers: readonly Box[]) {
  const rings: PlacedLabel[] = [];
  const unlabelled: number[] = [];
  const clear = (box: Box) =>
    box.x0 >= 0 && box.y0 >= 0 && box.x1 <= input.width && box.y1 <= input.height && ![...obstacles, ...markers].some((o) => overlaps(o, box));
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
      obstacles.push(labelBox(label, fontSize, width));
    } else if (spots.length) unlabelled.push(ring.km);
  }
  return { rings, unlabelled };
}

/** The scale bar's box at a layout: the narrow one is `scale` times larger, at the frame's foot. */
export function scaleBarBox(input: LabelInput, name: LabelLayoutName): Box | null {
  const bar = input.scaleBar;
  if (!bar) return null;
  const { scale } = LABEL_LAYOUTS[name];
  return { x0: bar.x0, y0: input.height - (input.height - bar.y0) * scale, x1: bar.x0 + (bar.x1 - bar.x0) * scale, y1: input.height };
}

/** The painted markers at a layout, by id (a place's id, or `launch`): dots, strike diamonds and the launch triangle, at their drawn size. */
export function layoutMarkers(input: LabelInput, name: LabelLayoutName): { id: string; box: Box }[] {
  const layout = LABEL_LAYOUTS[name];
  return [
    ...input.places.map((place) => ({ id: place.id, box: markerBox(place.x, place.y, place.strike ? layout.strikeRadius : layout.markerRadius) })),
    { id: 'launch', box: markerBox(input.launch.x, input.launch.y, layout.launchRadius) },
  ];
}

function labelSet(input: LabelInput, name: LabelLayoutName): LabelSet {
  const layout = LABEL_LAYOUTS[name];
  const widths = labelWidths(name);
  const { width, height, launch } = input;
  const frame = { width, height };
  const bar = scaleBarBox(input, name);
  const obstacles: Box[] = bar ? [bar] : [];

  // A place under the launch marker whose name the launch label carries ("Belgorod region" on Belgorod) is
  // named by it: a second label would repeat it. Any other place there needs its own label.
  const namedByLaunch = (p: { x: number; y: number; name: string }) =>
    Math.hypot(p.x - launch.x, p.y - launch.y) < layout.launchRadius && launch.label.toLowerCase().includes(p.name.toLowerCase());
  const placeRequests: LabelRequest[] = input.places
    .filter((place) => !namedByLaunch(place))
    .map((place) => ({
      id: place.id,
      text: place.name,
      x: place.x,
      y: place.y,
      radius: place.strike ? layout.strikeRadius : layout.markerRadius,
      required: place.strike,
    }));
  const launchRequest: LabelRequest = { id: 'launch', text: launch.label, x: launch.x, y: launch.y, radius: layout.launchRadius, required: true };
  const markers = layoutMarkers(input, name).map((marker) => marker.box);
  const placeMarkers = markers.slice(0, -1);
  const rings = ringLabels(input, layout.fontSize, widths.ring, obstacles, markers);
  const placeOptions: LabelOptions = { ...frame, fontSize: layout.fontSize, markerRadius: layout.markerRadius, textWidth: widths.place, markers };
  const countryOptions: LabelOptions = { ...frame, fontSize: layout.countryFontSize, markerRadius: 0, textWidth: widths.country, markers };

  const boxes = new Map<string, Box>();
  const inFrame = (box: Box) => box.x0 >= 0 && box.y0 >= 0 && box.x1 <= width && box.y1 <= height;
  // A label is never cut at the frame's edge: one with no spot inside it is left out, and reported.
  const place = (requests: LabelRequest[], options: LabelOptions) => {
    const placed = placeLabels(requests, { ...options, obstacles: [...obstacles, ...boxes.values()] }).filter((label) =>
      inFrame(labelBox(label, options.fontSize, options.textWidth)),
    );
    for (const label of placed) boxes.set(label.id, labelBox(label, options.fontSize, options.textWidth));
    return placed;
  };
  const countryRequest = (country: DrawnCountry, required: boolean): LabelRequest => ({
    id: country.iso3,
    text: country.name.toUpperCase(),
    x: country.centroid[0],
    y: country.centroid[1],
    kind: 'area',
    required,
  });

  // Most important first: the launch point and the strikes, the focus country, then the rest by the editor's order and by size.
  const required = place([launchRequest, ...placeRequests.filter((r) => r.required)], placeOptions);
  const focus = input.countries.find((country) => country.iso3 === input.focusIso3);
  const focusLabel = focus ? place([countryRequest(focus, true)], countryOptions) : [];
  const others = place(
    placeRequests.filter((r) => !r.required),
    placeOptions,
  );
  const otherCountries = place(
    input.countries
      .filter((country) => country !== focus && country.area / (width * height) >= MIN_LABELLED_AREA && Number.isFinite(country.centroid[0]))
      .sort((a, b) => b.area - a.area)
      .map((country) => countryRequest(country, false)),
    countryOptions,
  );

  const requests = [launchRequest, ...placeRequests];
  const byOrder = new Map(requests.map((r, i) => [r.id, i]));
  const places = [...required, ...others].sort((a, b) => byOrder.get(a.id)! - byOrder.get(b.id)!);
  const unplaced = requests
    .filter((request) => !boxes.has(request.id))
    .map((request) => ({ id: request.id, text: request.text, width: Math.ceil(widths.place(request.text)), layout: name }));
  boxes.delete('launch');
  return {
    places,
    countries: [...focusLabel, ...otherCountries],
    rings: rings.rings,
    unlabelledRings: rings.unlabelled,
    unplaced,
    launch: { obstacles: [...obstacles, ...boxes.values()].map(roundBox), markers: placeMarkers.map(roundBox) },
  };
}

export function layoutLabels(input: LabelInput): Record<LabelLayoutName, LabelSet> {
  return { wide: labelSet(input, 'wide'), narrow: labelSet(input, 'narrow') };
}
