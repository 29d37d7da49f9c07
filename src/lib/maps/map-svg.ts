/**
 * The map's marks, drawn by one function for both places they appear, so the two cannot drift apart:
 * - `page`: the inline SVG of the article and embed pages, styled by class (range-map.css, light and dark),
 *   with the public markup contracts (map-markup.ts) and the handles a reader can focus and move; every
 *   label set (wide, medium, narrow);
 * - `file`: map.svg, map.png and the share image, with fixed light colours as presentation attributes and
 *   fonts named, the wide labels only, so the file shows the same anywhere.
 */
import { MAP_TONES, REGION_STRIKE_DASH, RING_DASHES, SITE_TONES } from '../theme/palette.ts';
import { xml } from '../render/svg-text.ts';
import { formatCoordinate, formatDistance, placeDescription, ringWords, strikeWords } from './format.ts';
import type { MapPlace, RangeMapModel } from './range-map-model.ts';
import { type LabelSet } from './map-labels.ts';
import { LABEL_FONTS, LABEL_LAYOUT_NAMES, LABEL_LAYOUTS, type LabelLayoutName } from '../theme/map-layouts.ts';
import * as MAP_ATTR from './map-markup.ts';
import type { PlacedLabel } from '../geo/labels.ts';

export type Paint = 'page' | 'file';

export interface MapSvgOptions {
  paint: Paint;
  /** False for thumbnails: marks only. */
  labels?: boolean;
  /** Page only: ids of the elements that explain the launch handle (keys, certainty). */
  launchDescribedBy?: string;
}

/** The colours of the file version (map.svg and its PNGs): the palette's light theme (the page gets both from the stylesheet). */
export const FILE_COLOURS = {
  water: MAP_TONES.water.light,
  land: MAP_TONES.land.light,
  focus: MAP_TONES.focus.light,
  border: MAP_TONES.border.light,
  ring: MAP_TONES.ring.light,
  launch: MAP_TONES.launch.light,
  strike: MAP_TONES.strike.light,
  ink: MAP_TONES.text.light,
  halo: MAP_TONES.halo.light,
  muted: SITE_TONES.muted.light,
  paper: SITE_TONES.paper.light,
};

/** The file version draws the wide label set only (a file has no container to size it by). */
const FILE_LAYOUT = LABEL_LAYOUTS.wide;

/** Named fonts for the file version: Inter where installed, then the system's sans-serif. */
export const FILE_FONT_FAMILY = "Inter, 'Helvetica Neue', Arial, sans-serif";

const STRIKE_MARK = 'M0,-10L10,0L0,10L-10,0Z';
const LAUNCH_MARK = 'M0,-11L9.5,6L-9.5,6Z';
/** Where the sources name only the region a city stands for: a dashed ring round the city's dot, the diamond's size. */
const REGION_STRIKE_RADIUS = 10;

/** A reported strike's marker: a diamond at the place, or a dashed ring round it when only its region is known. */
function strikeMark(region: boolean, page: boolean): string {
  const paint = page ? { class: region ? 'map-strike map-strike--region' : 'map-strike' } : { fill: 'none', stroke: FILE_COLOURS.strike, 'stroke-width': 2.5 };
  if (!region) return el('path', { ...paint, d: STRIKE_MARK });
  return el('circle', { ...paint, r: REGION_STRIKE_RADIUS, ...(page ? {} : { 'stroke-dasharray': REGION_STRIKE_DASH }) });
}

type Attributes = Record<string, string | number | undefined>;

function el(name: string, attributes: Attributes, children = ''): string {
  const attrs = Object.entries(attributes)
    .filter(([, value]) => value !== undefined)
    .map(([key, value]) => (value === '' ? ` ${key}` : ` ${key}="${xml(String(value))}"`))
    .join('');
  return `<${name}${attrs}>${children}</${name}>`;
}

const HALO = { stroke: FILE_COLOURS.halo, 'stroke-width': 3.5, 'stroke-linejoin': 'round', 'paint-order': 'stroke' };

/**
 * One label set's words: ring distances, country names, place names (with leader lines to their markers
 * where set apart) and a tapped place's callout. The browser prints a set placed around a moved point
 * with this same function.
 */
export function labelTexts(set: LabelSet, paint: Paint): string {
  const page = paint === 'page';
  const C = FILE_COLOURS;
  const font = page ? {} : HALO;
  const { fontSize, countryFontSize, countryLetterSpacing } = FILE_LAYOUT;
  const text = (label: PlacedLabel, attributes: Attributes) =>
    el('text', { x: label.x, y: label.y, 'text-anchor': label.anchor, ...attributes }, xml(label.text));
  const leader = ({ leader: line }: PlacedLabel) =>
    line ? el('line', { ...line, ...(page ? { class: 'map-leader' } : { stroke: C.ink, 'stroke-width': 1 }) }) : '';
  return (
    set.rings
      .map((l) =>
        text(
          l,
          page
            ? { class: 'map-ring-label', [MAP_ATTR.ringLabelKm]: l.id }
            : { ...font, 'font-size': fontSize, 'font-weight': LABEL_FONTS.ring.weight, fill: C.ring },
        ),
      )
      .join('') +
    set.countries
      .map((l) =>
        text(
          l,
          page
            ? { class: 'map-country-label', [MAP_ATTR.labelFor]: l.id }
            : { ...font, 'font-size': countryFontSize, 'letter-spacing': +(countryLetterSpacing * countryFontSize).toFixed(2), fill: C.muted },
        ),
      )
      .join('') +
    set.places
      .map(
        (l) =>
          leader(l) + text(l, page ? { [MAP_ATTR.labelFor]: l.id } : { ...font, 'font-size': fontSize, 'font-weight': LABEL_FONTS.place.weight, fill: C.ink }),
      )
      .join('') +
    (set.callout && page ? leader(set.callout) + text(set.callout, { class: 'map-callout', [MAP_ATTR.calloutFor]: set.callout.id }) : '')
  );
}

/** The marks in the model's own coordinates (0 0 width height), for an <svg> with that viewBox, layer over layer. */
export function mapSvgBody(model: RangeMapModel, { paint, labels = true, launchDescribedBy }: MapSvgOptions): string {
  const page = paint === 'page';
  return [
    waterLayer(model, page),
    countriesLayer(model, page),
    ringsLayer(model, page),
    placesLayer(model, page),
    labels ? labelsLayer(model, paint) : '',
    launchLayer(model, page, launchDescribedBy),
    labels ? scaleLayer(model, page) : '',
  ].join('');
}

/** The globe's face, drawn as water under the land. */
function waterLayer(model: RangeMapModel, page: boolean): string {
  return el('path', page ? { class: 'map-water', d: model.globe, 'aria-hidden': 'true' } : { d: model.globe, fill: FILE_COLOURS.water });
}

/** Every country's land, the focus country picked out. */
function countriesLayer(model: RangeMapModel, page: boolean): string {
  const C = FILE_COLOURS;
  const countries = model.countries.map((c) =>
    el(
      'path',
      page
        ? { d: c.d, [MAP_ATTR.country]: c.iso3, class: c.focus ? 'map-country map-country--focus' : 'map-country' }
        : { d: c.d, fill: c.focus ? C.focus : C.land },
    ),
  );
  return el(
    'g',
    page ? { class: 'map-countries', 'aria-hidden': 'true' } : { stroke: C.border, 'stroke-width': 0.6, 'stroke-linejoin': 'round' },
    countries.join(''),
  );
}

/** Each range's shaded area and its dashed line, one dash pattern per ring. */
function ringsLayer(model: RangeMapModel, page: boolean): string {
  const C = FILE_COLOURS;
  const rings = model.rings.map(
    (ring, i) =>
      el('path', page ? { class: 'map-ring-area', d: ring.d, [MAP_ATTR.rangeKm]: ring.km } : { d: ring.d, fill: C.ring, 'fill-opacity': 0.07 }) +
      el(
        'path',
        page
          ? { class: `map-ring-line map-ring-line--${i % RING_DASHES.length}`, d: ring.line, [MAP_ATTR.rangeLineKm]: ring.km }
          : { d: ring.line, fill: 'none', stroke: C.ring, 'stroke-width': 3, 'stroke-dasharray': RING_DASHES[i % RING_DASHES.length] },
      ),
  );
  return el('g', page ? { class: 'map-rings', 'aria-hidden': 'true' } : {}, rings.join(''));
}

/** The places' markers, each with its strike marker if it has one. */
function placesLayer(model: RangeMapModel, page: boolean): string {
  if (!page) return model.places.map(filePlace).join('');
  const ringsKm = model.rings.map((ring) => ring.km);
  // A place whose name has no spot on the map (at either layout) is named in its callout, over its distance.
  const unnamed = new Set(Object.values(model.labels).flatMap((set) => set.unplaced.map((label) => label.id)));
  return el('g', { class: 'map-places' }, model.places.map((place) => pagePlace(place, ringsKm, unnamed.has(place.id))).join(''));
}

/** A place in the file version: its strike marker, if any, and its dot, filled where in range. */
function filePlace(place: MapPlace): string {
  const C = FILE_COLOURS;
  const strike = place.strike ? strikeMark(place.strike.region, false) : '';
  return el(
    'g',
    { transform: `translate(${place.x},${place.y})` },
    strike + el('circle', { r: 5, fill: place.inRange ? C.ink : C.halo, stroke: C.ink, 'stroke-width': 1.5 }),
  );
}

/** A place on the page: a focusable group that describes itself, with the markup contracts the browser script reads and the words hover or focus shows without it. */
function pagePlace(place: MapPlace, ringsKm: number[], unnamed: boolean): string {
  const words = placeDescription({ ...place, strike: place.strike && strikeWords(place.strike) }, ringsKm);
  const hoverText = (y: number, className: string, text: string) =>
    el('text', { class: className, y, 'text-anchor': 'middle', 'aria-hidden': 'true' }, xml(text));
  return el(
    'g',
    {
      class: 'map-place',
      [MAP_ATTR.place]: place.id,
      [MAP_ATTR.placeName]: place.name,
      [MAP_ATTR.lat]: place.lat,
      [MAP_ATTR.lon]: place.lon,
      [MAP_ATTR.inRange]: String(place.inRange),
      [MAP_ATTR.withinKm]: place.withinKm.join(' '),
      [MAP_ATTR.distanceKm]: place.distanceKm,
      [MAP_ATTR.strike]: place.strike ? 'true' : undefined,
      [MAP_ATTR.strikeRegion]: place.strike?.region ? 'true' : undefined,
      transform: `translate(${place.x},${place.y})`,
      tabindex: 0,
      role: 'img',
      'aria-label': words,
    },
    el('title', {}, xml(words)) +
      el('circle', { class: 'map-place-hit', r: 15 }) +
      (place.strike ? strikeMark(place.strike.region, true) : '') +
      el('circle', { class: 'map-place-dot', r: 5 }) +
      hoverText(-12, 'map-place-distance', formatDistance(place.distanceKm)) +
      // With several rings the callout also says which ring the place is in, below its marker.
      (ringsKm.length > 1 ? hoverText(26, 'map-place-rings', ringWords(place.withinKm, ringsKm)) : '') +
      (unnamed ? hoverText(-12, 'map-place-name', place.name) : ''),
  );
}

/** The label sets a paint shows: all of them on the page, where the stylesheet picks one by the frame's width; the wide one in the file. */
const shownLayouts = (page: boolean): readonly LabelLayoutName[] => (page ? LABEL_LAYOUT_NAMES : ['wide']);

/** The words, one group per label set shown. */
function labelsLayer(model: RangeMapModel, paint: Paint): string {
  const page = paint === 'page';
  return shownLayouts(page)
    .map((layout) =>
      el(
        'g',
        page ? { class: `map-labels only-${layout}`, 'aria-hidden': 'true', [MAP_ATTR.labels]: layout } : { 'font-family': FILE_FONT_FAMILY },
        labelTexts(model.labels[layout], paint),
      ),
    )
    .join('');
}

/** The launch point: on the page, a handle the reader can focus and move. */
function launchLayer({ launch }: RangeMapModel, page: boolean, launchDescribedBy: string | undefined): string {
  const transform = `translate(${launch.x},${launch.y})`;
  if (!page) return el('path', { transform, d: LAUNCH_MARK, fill: FILE_COLOURS.launch, stroke: FILE_COLOURS.halo, 'stroke-width': 2 });
  return el(
    'g',
    {
      class: 'map-launch',
      [MAP_ATTR.launch]: '',
      [MAP_ATTR.launchLabel]: launch.label,
      [MAP_ATTR.lat]: launch.lat,
      [MAP_ATTR.lon]: launch.lon,
      transform,
      tabindex: 0,
      role: 'button',
      'aria-roledescription': 'movable point',
      'aria-label': `Launch point: ${launch.label}, ${formatCoordinate(launch.lat, launch.lon)}`,
      'aria-describedby': launchDescribedBy,
    },
    el('circle', { class: 'map-launch-hit', r: 22 }) + el('path', { class: 'map-launch-mark', d: LAUNCH_MARK }),
  );
}

/** The scale bar, where the map has one: one per label set shown. */
function scaleLayer(model: RangeMapModel, page: boolean): string {
  const bar = model.scaleBar;
  if (!bar) return '';
  return shownLayouts(page)
    .map((layout) => {
      // The larger sets scale the bar's type and lines with their labels, and move it up to fit.
      const { scale } = LABEL_LAYOUTS[layout];
      return scaleBarMarks(bar, layout, scale, scale === 1 ? bar.y : model.height - 48 * scale, page);
    })
    .join('');
}

/** One scale bar, its type and lines `s` times the wide set's, its top at `y`. */
function scaleBarMarks(bar: NonNullable<RangeMapModel['scaleBar']>, layout: LabelLayoutName, s: number, y: number, page: boolean): string {
  const C = FILE_COLOURS;
  const transform = `translate(${bar.x},${y})`;
  const textAttributes = page ? { class: 'map-scale-text' } : {};
  const lines = `M0,${15 * s}h${bar.kmPx.toFixed(1)}M0,${26 * s}h${bar.milesPx.toFixed(1)}`;
  return el(
    'g',
    page
      ? { class: `map-scale only-${layout}`, transform, 'aria-hidden': 'true' }
      : { transform, fill: C.ink, 'font-size': FILE_LAYOUT.fontSize, 'font-family': FILE_FONT_FAMILY },
    el('text', { ...textAttributes, x: 0, y: 10 * s }, `${bar.km} km`) +
      el('path', page ? { class: 'map-scale-bar', d: lines } : { d: lines, stroke: C.ink, 'stroke-width': FILE_LAYOUT.scaleBarWidth }) +
      el('text', { ...textAttributes, x: 0, y: 42 * s }, `${bar.miles} miles`),
  );
}
