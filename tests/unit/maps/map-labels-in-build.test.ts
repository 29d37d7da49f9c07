/**
 * What the browser's label checks (tests/browser/map-layout.test.ts) find, found first by the build, from
 * the model: every map of every story and every fixture, at each label layout (and so at every screen
 * width: 320 and 375 px show the narrow set, 768 and 1280 px the wide one), with its timelines' strikes
 * and with a strike forced on its first place. No placed label is cut by the frame, covers another label
 * or the scale bar, or sits on another place's marker, measured here apart from the placer; every label
 * beside a marker is nearer its own than any other (or has a leader line); every ring that shows where its
 * distance is due carries it. The same holds in every state a reader can reach: at every preset and at a
 * grid of launch points over the map, with a place's callout open, as the browser places them. A map that
 * cannot be drawn so stops the build, naming file, label, layout and fix.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { create, type Font } from 'fontkitten';
import { describe, expect, it } from 'vitest';
import type { RangeMapModel } from '../../../src/lib/maps/range-map-model.ts';
import { drawMap } from '../../../tools/models.ts';
import { boxGap, labelBox, markerBox, type Box } from '../../../src/lib/geo/labels.ts';
import { projectionFrom } from '../../../src/lib/geo/projection.ts';
import { ringLabelPoints } from '../../../src/lib/geo/ring.ts';
import { layoutLabels, type LabelSet } from '../../../src/lib/maps/map-labels.ts';
import { LABEL_LAYOUTS, type LabelLayoutName } from '../../../src/lib/theme/map-layouts.ts';
import { labelWidths } from '../../../src/lib/maps/label-widths.ts';
import { labelInputAt } from '../../../src/lib/maps/label-scene.ts';
import type { RangeMapEntry } from '../../../src/lib/schemas/map.ts';
import type { Place } from '../../../src/lib/schemas/place.ts';
import { contentIds } from '../../../tools/content.ts';
import { contentMapStrikes } from '../../helpers/stories.ts';
import type { StrikeReport } from '../../../src/lib/timeline/timeline-model.ts';
import { contentMap, fixtureMap, fixtureMapIds, placesWithFixtures } from '../../../tools/places.ts';

const places = placesWithFixtures();
const LAYOUTS = Object.keys(LABEL_LAYOUTS) as LabelLayoutName[];

type Strikes = Map<string, StrikeReport>;
const maps: [string, RangeMapEntry, Strikes][] = [
  ...contentIds('maps').map((id) => [`content/maps/${id}.yaml`, contentMap(id), contentMapStrikes(id)] as [string, RangeMapEntry, Strikes]),
  ...fixtureMapIds().map((id) => [`tests/fixtures/maps/${id}.yaml`, fixtureMap(id), new Map()] as [string, RangeMapEntry, Strikes]),
];
// Real maps as the build draws them; the fixtures also with an invented strike on their first place, so
// required labels are exercised (inventing one on a real map would hold it to a rule the build does not).
const cases = maps.flatMap(([file, map, strikes]) => [
  [`${file} (its strikes)`, map, strikes] as const,
  ...(file.startsWith('tests/')
    ? [[`${file} (a strike on its first place)`, map, new Map([[map.places[0]!, { dates: [new Date(Date.UTC(2024, 0, 2))], region: false }]])] as const]
    : []),
]);

const overlaps = (a: Box, b: Box) => a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1;
const inFrame = (box: Box, model: RangeMapModel) => box.x0 >= 0 && box.y0 >= 0 && box.x1 <= model.width && box.y1 <= model.height;

/** Every label a layout draws, with its box, and every painted marker, computed here from the model alone (or a set placed for another launch point). */
function drawn(model: RangeMapModel, layout: LabelLayoutName, set: LabelSet = model.labels[layout], launch: { x: number; y: number } = model.launch) {
  const { fontSize, countryFontSize, markerRadius, strikeRadius, launchRadius, scale } = LABEL_LAYOUTS[layout];
  const widths = labelWidths(layout);
  const labels = [
    ...(set.callout ? [{ id: set.callout.id, text: set.callout.text, box: labelBox(set.callout, fontSize, widths.place), leader: !!set.callout.leader }] : []),
    ...set.places.map((l) => ({ id: l.id, text: l.text, box: labelBox(l, fontSize, widths.place), leader: !!l.leader })),
    ...set.countries.map((l) => ({ id: l.id, text: l.text, box: labelBox(l, countryFontSize, widths.country), leader: false })),
    ...set.rings.map((l) => ({ id: `ring ${l.id}`, text: l.text, box: labelBox(l, fontSize, widths.ring), leader: false })),
  ];
  const markers = [
    {
      id: 'launch',
      box: { x0: launch.x - launchRadius * 0.86, y0: launch.y - launchRadius, x1: launch.x + launchRadius * 0.86, y1: launch.y + launchRadius * 0.55 },
    },
    ...model.places.map((p) => ({ id: p.id, box: markerBox(p.x, p.y, p.strike ? strikeRadius : markerRadius) })),
  ];
  const bar = model.scaleBar && { x0: 0, y0: model.height - (model.height - model.scaleBar.y) * scale, x1: (model.scaleBar.x + 200) * scale, y1: model.height };
  return { labels, markers, bar };
}

/** What is wrong with a drawn set: labels cut, covering each other, the scale bar or another's marker, or nearer another marker than their own. */
function faults(model: RangeMapModel, layout: LabelLayoutName, { labels, markers, bar }: ReturnType<typeof drawn>): string[] {
  const found: string[] = [];
  const near = 8 * LABEL_LAYOUTS[layout].scale;
  labels.forEach((label, i) => {
    if (!inFrame(label.box, model)) found.push(`"${label.text}" cut by the frame`);
    if (bar && overlaps(label.box, bar)) found.push(`"${label.text}" on the scale bar`);
    for (const other of labels.slice(i + 1)) if (overlaps(label.box, other.box)) found.push(`"${label.text}" on "${other.text}"`);
    for (const marker of markers.filter((m) => m.id !== label.id)) if (overlaps(label.box, marker.box)) found.push(`"${label.text}" on ${marker.id}'s marker`);
    const own = markers.find((m) => m.id === label.id);
    if (!own || label.leader) return;
    const gap = boxGap(label.box, own.box);
    if (gap > near) found.push(`"${label.text}" ${gap.toFixed(1)} units from its marker, with no leader line`);
    const nearer = markers.filter((m) => m.id !== label.id && m.box.x0 !== own.box.x0 && boxGap(label.box, m.box) <= gap);
    if (nearer.length) found.push(`"${label.text}" nearer ${nearer.map((m) => m.id).join(', ')} than its own marker`);
  });
  return found;
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
  const model = drawMap({ map, places, strikes });

  it.each(LAYOUTS)('%s: no label is cut by the frame, covers another label or the scale bar, or sits on another place’s marker', (layout) => {
    const found = drawn(model, layout);
    expect(found.labels.length).toBeGreaterThan(0);
    expect(faults(model, layout, found), file).toEqual([]);
  });

  it.each(LAYOUTS)(
    '%s: in every state a reader reaches (each preset, a grid of moved points, a tapped place, a looked-up town) the labels stay clear and the launch point and the town named',
    (layout) => {
      const projection = projectionFrom(model.projection);
      const moved = Array.from({ length: 36 }, (_, i) =>
        projection.invert!([((i % 6) + 0.5) * (model.width / 6), (Math.floor(i / 6) + 0.5) * (model.height / 6)])!,
      );
      const states = [
        ...model.presets.map((preset) => ({ name: `preset ${preset.label}`, point: [preset.lon, preset.lat] as [number, number], label: preset.label })),
        ...moved.map((point) => ({ name: `moved to ${point.map((v) => v.toFixed(1)).join(',')}`, point: point as [number, number], label: 'Your point' })),
      ];
      const found: string[] = [];
      states.forEach((state, i) => {
        const place = model.places[i % model.places.length]!;
        const callout = i % 2 ? { id: place.id, text: `${place.name} · ${place.distanceKm} km`, short: `${place.distanceKm} km` } : undefined;
        // Every third state, a town the reader looked up, somewhere else on the grid.
        const [x, y] = projection(moved[(i + 7) % moved.length]!)!;
        const town = i % 3 ? undefined : { id: 'town:4250542', name: 'Springfield', x: Math.round(x * 10) / 10, y: Math.round(y * 10) / 10 };
        const input = labelInputAt(model.client.scene, projection, state.point, state.label, callout, town);
        const set = layoutLabels(input, labelWidths)[layout];
        if (!set.places.some((l) => l.id === 'launch')) found.push(`${state.name}: no launch label`);
        if (town && !set.places.some((l) => l.id === town.id)) found.push(`${state.name}: no label for the looked-up town`);
        if (callout && !set.callout) found.push(`${state.name}: no callout for ${callout.id}`);
        for (const fault of faults(model, layout, drawn(model, layout, set, input.launch))) found.push(`${state.name}: ${fault}`);
      });
      expect(found, file).toEqual([]);
    },
  );

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
  // Labels far wider than the map have no spot anywhere.
  const tooLong = 'A launch point named at such length that no frame could ever hold the whole of its name on one line';
  const crowded: RangeMapEntry = {
    ...map,
    id: 'crowded-launch',
    launch: { ...map.launch, label: tooLong },
    places: crowd.map((place) => place.id),
    presets: [{ label: `In the crowd: ${tooLong}`, lat: crowd[5 * 25 + 15]!.lat, lon: crowd[5 * 25 + 15]!.lon }],
  };
  const build = () => drawMap({ map: crowded, places: new Map([...places, ...crowd.map((place) => [place.id, place] as const)]) });

  it('names the map file, the launch label, the layout and a fix', () => {
    expect(build).toThrow(
      /content\/maps\/crowded-launch\.yaml: on frames (640 px and wider|under 640 px), the launch label ".+" \(launch\.label\) has no spot clear of the other labels and markers; shorten launch\.label, or drop places near the launch point/,
    );
  });

  it('names the preset whose launch label has no clear spot', () => {
    expect(build).toThrow(
      /content\/maps\/crowded-launch\.yaml: on frames .*, the launch label ".+" at the preset "In the crowd: .+" \(presets\) has no spot .*; move the preset/,
    );
  });
});
