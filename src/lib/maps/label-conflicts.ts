/**
 * The build's check of a map's words, apart from the placer that put them there. Labels are sized in the
 * map's own units and every screen width shows one of the label sets (LABEL_LAYOUTS: `narrow` on frames
 * under 460 px, so at 320 and 375 px; `medium` to 640 px, a 600 px embed; `wide` from there up), so a
 * set checked here holds at every width that shows it. In each set no label may be cut by the frame,
 * cover another label or the scale bar, or sit on another place's marker; every ring that shows must carry
 * its distance where a label is due; and the launch label must have a spot at the map's own point and at
 * every preset, where the whole set is placed again as the browser places it. The placer avoids all of
 * this where it can (a label moves, or an optional one is dropped and reported); what it cannot avoid is
 * a conflict, and the build stops on it, naming the file, the label, the layout and a fix.
 */
import { labelBox, type Box, type PlacedLabel } from '../geo/labels.ts';
import { formatKm } from './format.ts';
import { LAYOUT_WORDS, layoutLabels, layoutMarkers, scaleBarBox, type LabelInput, type LabelSet, type LayoutWidths } from './map-labels.ts';
import { LABEL_LAYOUTS, type LabelLayoutName } from '../theme/map-layouts.ts';

/** A view of the map the reader can pick: the labels' input with the launch point at a preset (`preset` is its button's words). */
export interface PresetView {
  preset: string;
  input: LabelInput;
}

type Kind = 'launch' | 'place' | 'country' | 'ring' | 'preset';

interface Drawn {
  kind: Kind;
  id: string;
  text: string;
  box: Box;
}

const overlaps = (a: Box, b: Box) => a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1;

function subject(label: Drawn): string {
  if (label.kind === 'launch') return `the launch label "${label.text}" (launch.label)`;
  if (label.kind === 'preset') return `the launch label "${label.text}" at the preset "${label.id}" (presets)`;
  if (label.kind === 'country') return `the country name "${label.text}"`;
  if (label.kind === 'ring') return `the distance label "${label.text}" of the ${label.text} ring`;
  return `the label "${label.text}" of place ${label.id}`;
}

/** What the editor can change: the forced labels (launch, preset, strikes, focus country) make room by others leaving. */
function fix(label: Drawn, others: readonly string[]): string {
  const dropOthers = others.length ? `drop ${list(others)} from places, or ` : '';
  if (label.kind === 'launch') return `${dropOthers}shorten launch.label`;
  if (label.kind === 'preset') return `${dropOthers}move the preset, or shorten its label`;
  if (label.kind === 'country') return `${dropOthers}set an extent that gives the country more room`;
  if (label.kind === 'ring') return `${dropOthers}set an extent that shows more of the ring`;
  return `move ${label.id} later in places, or drop it`;
}

/** Another thing a label may cover, as the message names it, and the place the fix would drop (if any). */
interface Obstacle {
  what: string;
  place?: string | undefined;
  box: Box;
}

/** `a, b and c`, or the first few and how many more. */
function list(items: readonly string[], most = 4): string {
  const shown = items.length > most ? [...items.slice(0, most), `${items.length - most} more`] : items;
  return shown.length > 1 ? `${shown.slice(0, -1).join(', ')} and ${shown.at(-1)}` : (shown[0] ?? '');
}

/** One line per label at fault: cut by the map's edge, or covering what it must keep clear of. */
function problemsOf(label: Drawn, others: readonly Obstacle[], input: LabelInput, layout: LabelLayoutName): string[] {
  const where = LAYOUT_WORDS[layout];
  const cut = label.box.x0 < 0 || label.box.y0 < 0 || label.box.x1 > input.width || label.box.y1 > input.height;
  const hits = others.filter((other) => overlaps(label.box, other.box));
  const places = [...new Set(hits.flatMap((hit) => (hit.place ? [hit.place] : [])))];
  return [
    ...(cut ? [`on ${where}, ${subject(label)} is cut by the map's edge; ${fix(label, [])}`] : []),
    ...(hits.length ? [`on ${where}, ${subject(label)} covers ${list(hits.map((hit) => hit.what))}; ${fix(label, places)}`] : []),
  ];
}

/** The labels a set draws, in the order they were placed: rings, the launch point and strikes, then the rest. */
function drawnLabels(set: LabelSet, layout: LabelLayoutName, widths: LayoutWidths, preset?: string): Drawn[] {
  const { fontSize, countryFontSize } = LABEL_LAYOUTS[layout];
  const drawn = (kind: Kind, size: number, width: (text: string) => number) => (label: PlacedLabel) => ({
    kind,
    id: label.id,
    text: label.text,
    box: labelBox(label, size, width),
  });
  return [
    ...set.rings.map(drawn('ring', fontSize, widths.ring)),
    ...set.places.map((label) => {
      if (label.id !== 'launch') return drawn('place', fontSize, widths.place)(label);
      const launch = drawn(preset ? 'preset' : 'launch', fontSize, widths.place)(label);
      return preset ? { ...launch, id: preset } : launch;
    }),
    ...set.countries.map(drawn('country', countryFontSize, widths.country)),
  ];
}

function layoutProblems(input: LabelInput, set: LabelSet, layout: LabelLayoutName, widths: LayoutWidths, preset?: string): string[] {
  const markers = layoutMarkers(input, layout);
  const bar = scaleBarBox(input, layout);
  const fixed: Obstacle[] = bar ? [{ what: 'the scale bar', box: bar }] : [];
  const markerOf = (marker: { id: string; box: Box }): Obstacle =>
    marker.id === 'launch' ? { what: 'the launch marker', box: marker.box } : { what: `the marker of place ${marker.id}`, place: marker.id, box: marker.box };
  const labels = drawnLabels(set, layout, widths, preset);
  const problems = labels.flatMap((label, i) => {
    const earlier = labels.slice(0, i).map((other) => ({ what: subject(other), place: other.kind === 'place' ? other.id : undefined, box: other.box }));
    const ownMarker = label.kind === 'place' ? label.id : label.kind === 'launch' || label.kind === 'preset' ? 'launch' : undefined;
    return problemsOf(label, [...fixed, ...earlier, ...markers.filter((m) => m.id !== ownMarker).map(markerOf)], input, layout);
  });
  const unlabelled = set.unlabelledRings.map(
    (km) =>
      `on ${LAYOUT_WORDS[layout]}, the ${formatKm(km)} ring shows but its distance has no spot clear of the map's edge, the markers and the scale bar; set an extent that shows more of the ring, or drop places along it`,
  );
  const launchLost = set.unplaced.some((label) => label.id === 'launch')
    ? [
        preset
          ? `on ${LAYOUT_WORDS[layout]}, the launch label "${input.launch.label}" at the preset "${preset}" (presets) has no spot clear of the other labels and markers; move the preset, or shorten its label`
          : `on ${LAYOUT_WORDS[layout]}, the launch label "${input.launch.label}" (launch.label) has no spot clear of the other labels and markers; shorten launch.label, or drop places near the launch point`,
      ]
    : [];
  return [...problems, ...unlabelled, ...launchLost];
}

/**
 * Every conflict of a map's labels at every layout, at its own point and at each preset, one line each:
 * `content/maps/x.yaml: on frames …, …; fix`.
 */
export function labelConflictLines(
  mapId: string,
  home: { input: LabelInput; sets: Record<LabelLayoutName, LabelSet> },
  presets: readonly PresetView[],
  widthsOf: (name: LabelLayoutName) => LayoutWidths,
): string[] {
  const layouts = Object.keys(LABEL_LAYOUTS) as LabelLayoutName[];
  const views = [{ input: home.input, sets: home.sets, preset: undefined }, ...presets.map((view) => ({ ...view, sets: layoutLabels(view.input, widthsOf) }))];
  const lines = views.flatMap((view) => layouts.flatMap((layout) => layoutProblems(view.input, view.sets[layout], layout, widthsOf(layout), view.preset)));
  return [...new Set(lines)].map((line) => `content/maps/${mapId}.yaml: ${line}`);
}
