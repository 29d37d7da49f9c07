/**
 * What the browser's label checks (tests/browser/map-layout.test.ts) find, found first by the build, from
 * the model: every map of every story and every fixture, at each label layout (and so at every screen
 * width: 320 and 375 px show the narrow set, 768 and 1280 px the wide one), with its timelines' strikes
 * and with a strike forced on its first place. No placed label is cut by the frame, covers another label
 * or the scale bar, or sits on another place's marker, measured here apart from the placer; every ring
 * that shows where its distance is due carries it; the launch label is clear at every preset. A map that
 * cannot be drawn so stops the build, naming file, label, layout and fix.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { create, type Font } from 'fontkitten';
import { describe, expect, it } from 'vitest';
import type { RangeMapModel } from '../../../src/lib/maps/range-map-model.ts';
import { drawMap } from '../../../tools/models.ts';
import { labelBox, markerBox, placeLabels, type Box } from '../../../src/lib/geo/labels.ts';
import { projectionFrom } from '../../../src/lib/geo/projection.ts';
import { ringLabelPoints } from '../../../src/lib/geo/ring.ts';
import { LABEL_LAYOUTS, labelWidths, type LabelLayoutName } from '../../../src/lib/maps/map-labels.ts';
import type { RangeMapEntry } from '../../../src/lib/schemas/map.ts';
import type { Place } from '../../../src/lib/schemas/place.ts';
import { contentIds } from '../../../tools/content.ts';
import { contentMapStrikes } from '../../helpers/stories.ts';
import { contentMap, fixtureMap, fixtureMapIds, placesWithFixtures } from '../../../tools/places.ts';

const places = placesWithFixtures();
const LAYOUTS = Object.keys(LABEL_LAYOUTS) as LabelLayoutName[];

const maps: [string, RangeMapEntry, Set<string>][] = [
  ...contentIds('maps').map((id) => [`content/maps/${id}.yaml`, contentMap(id), contentMapStrikes(id)] as [string, RangeMapEntry, Set<string>]),
  ...fixtureMapIds().map((id) => [`tests/fixtures/maps/${id}.yaml`, fixtureMap(id), new Set<string>()] as [string, RangeMapEntry, Set<string>]),
];
// Real maps as the build draws them; the fixtures also with an invented strike on their first place, so
// required labels are exercised (inventing one on a real map would hold it to a rule the build does not).
const cases = maps.flatMap(([file, map, strikes]) => [
  [`${file} (its strikes)`, map, strikes] as const,
  ...(file.startsWith('tests/') ? [[`${file} (a strike on its first place)`, map, new Set([map.places[0]!])] as const] : []),
]);

const overlaps = (a: Box, b: Box) => a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1;
const inFrame = (box: Box, model: RangeMapModel) => box.x0 >= 0 && box.y0 >= 0 && box.x1 <= model.width && box.y1 <= model.height;

/** Every label a layout draws, with its box, and every painted marker, computed here from the model alone. */
function drawn(model: RangeMapModel, layout: LabelLayoutName) {
  const { fontSize, countryFontSize, markerRadius, strikeRadius, launchRadius, scale } = LABEL_LAYOUTS[layout];
  const widths = labelWidths(layout);
  const set = model.labels[layout];
  const labels = [
    ...set.places.map((l) => ({ id: l.id, text: l.text, box: labelBox(l, fontSize, widths.place) })),
    ...set.countries.map((l) => ({ id: l.id, text: l.text, box: labelBox(l, countryFontSize, widths.country) })),
    ...set.rings.map((l) => ({ id: `ring ${l.id}`, text: l.text, box: labelBox(l, fontSize, widths.ring) })),
  ];
  const markers = [
    { id: 'launch', box: markerBox(model.launch.x, model.launch.y, launchRadius) },
    ...model.places.map((p) => ({ id: p.id, box: markerBox(p.x, p.y, p.reportedStrike ? strikeRadius : markerRadius) })),
  ];
  const bar = model.scaleBar && { x0: 0, y0: model.height - (model.height - model.scaleBar.y) * scale, x1: (model.scaleBar.x + 200) * scale, y1: model.height };
  return { labels, markers, bar };
}

describe('the fonts map labels are measured in', () => {
  const dejavu = (face: string) =>
    create(readFileSync(join(dirname(createRequire(import.meta.url).resolve('dejavu-fonts-ttf/package.json')), 'ttf', `${face}.ttf`))) as Font;
  const width = (font: Font, text: string, size: number) => (font.glyphsForString(text).reduce((s, g) => s + g.advanceWidth, 0) / font.unitsPerEm) * size;
  const bold = dejavu('DejaVuSans-Bold');
  const names = [...places.values()].map((place) => place.name);

  it.each(LAYOUTS)('%s: a place name is as wide as the bold face a browser draws its semibold in, and a ring label as its bold', (layout) => {
    const { fontSize } = LABEL_LAYOUTS[layout];
    for (const name of names) expect(labelWidths(layout).place(name), name).toBeGreaterThanOrEqual(width(bold, name, fontSize));
    expect(labelWidths(layout).ring('15,000 km')).toBeGreaterThanOrEqual(width(bold, '15,000 km', fontSize));
  });
});

describe.each(cases)('labels on %s', (file, map, strikes) => {
  const model = drawMap({ map, places, strikePlaceIds: strikes });

  it.each(LAYOUTS)('%s: no label is cut by the frame, covers another label or the scale bar, or sits on another place’s marker', (layout) => {
    const { labels, markers, bar } = drawn(model, layout);
    expect(labels.length).toBeGreaterThan(0);
    const found: string[] = [];
    labels.forEach((label, i) => {
      if (!inFrame(label.box, model)) found.push(`"${label.text}" cut by the frame`);
      if (bar && overlaps(label.box, bar)) found.push(`"${label.text}" on the scale bar`);
      for (const other of labels.slice(i + 1)) if (overlaps(label.box, other.box)) found.push(`"${label.text}" on "${other.text}"`);
      for (const marker of markers.filter((m) => m.id !== label.id))
        if (overlaps(label.box, marker.box)) found.push(`"${label.text}" on ${marker.id}'s marker`);
    });
    expect(found, file).toEqual([]);
  });

  it.each(LAYOUTS)('%s: the launch label has a clear spot at every preset', (layout) => {
    const { fontSize, launchRadius } = LABEL_LAYOUTS[layout];
    const projection = projectionFrom(model.projection);
    const { labels, markers, bar } = drawn(model, layout);
    for (const preset of model.presets) {
      const [x, y] = projection([preset.lon, preset.lat])!;
      const [placed] = placeLabels([{ id: 'launch', text: preset.launchLabel, x, y, radius: launchRadius, required: true }], {
        width: model.width,
        height: model.height,
        fontSize,
        markerRadius: launchRadius,
        textWidth: labelWidths(layout).place,
        ...model.labels[layout].launch,
      });
      const box = labelBox(placed!, fontSize, labelWidths(layout).place);
      expect(inFrame(box, model), preset.label).toBe(true);
      const others = [...labels.filter((l) => l.id !== 'launch'), ...markers.filter((m) => m.id !== 'launch'), ...(bar ? [{ id: 'scale bar', box: bar }] : [])];
      expect(
        others.filter((o) => overlaps(box, o.box)).map((o) => o.id),
        preset.label,
      ).toEqual([]);
    }
  });

  it.each(LAYOUTS)('%s: every ring that shows carries its distance where no scale bar states it alone', (layout) => {
    if (model.scaleBar && model.rings.length === 1) return;
    const projection = projectionFrom(model.projection);
    const shown = model.rings.filter((ring) => ringLabelPoints(projection, model, [model.launch.lon, model.launch.lat], ring.km).length > 0);
    expect(model.labels[layout].rings.map((l) => Number(l.id))).toEqual(shown.map((ring) => ring.km));
  });
});

describe('a map whose labels cannot be drawn clear stops the build, naming file, label, layout and fix', () => {
  // A grid of places about 12 px apart across the launch point leaves its label (which must be drawn) no
  // clear spot, and a preset among them leaves the launch label none either.
  const map = maps.map(([, entry]) => entry).find((entry) => entry.extent)!;
  const { west, east } = map.extent!;
  const degreesPerPx = (east - west) / 720;
  const crowd: Place[] = Array.from({ length: 25 * 11 }, (_, i) => ({
    id: `crowd-${i}`,
    name: `Crowd ${i}`,
    country: map.focusCountry,
    lat: map.launch.lat + (Math.floor(i / 25) - 5) * 12 * degreesPerPx * Math.cos((map.launch.lat * Math.PI) / 180),
    lon: map.launch.lon + ((i % 25) - 12) * 12 * degreesPerPx,
    source: 'Test',
  }));
  const crowded: RangeMapEntry = {
    ...map,
    id: 'crowded-launch',
    places: crowd.map((place) => place.id),
    presets: [{ label: 'In the crowd', lat: crowd[5 * 25 + 15]!.lat, lon: crowd[5 * 25 + 15]!.lon }],
  };
  const build = () => drawMap({ map: crowded, places: new Map([...places, ...crowd.map((place) => [place.id, place] as const)]) });

  it('names the map file, the launch label, the layout, what it covers and a fix', () => {
    expect(build).toThrow(
      /content\/maps\/crowded-launch\.yaml: on frames (640 px and wider|under 640 px), the launch label ".+" \(launch\.label\) covers the marker of place crowd-\d+.*; drop crowd-\d+.* from places, or shorten launch\.label/,
    );
  });

  it('names the preset whose launch label has no clear spot', () => {
    expect(build).toThrow(
      /content\/maps\/crowded-launch\.yaml: on frames .*, the launch label ".+" at the preset "In the crowd" \(presets\) covers .*; .*move the preset/,
    );
  });
});
