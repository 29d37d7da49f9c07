/**
 * What the browser script needs to redraw a map, computed at build time and written once per map as
 * JSON (a <script type="application/json"> marked MAP_ATTR.state). The markup keeps its public data-* contracts (map-markup.ts);
 * the script reads its inputs from here rather than back from those attributes.
 */
import type { LonLat } from '../geo/distance.ts';
import type { ProjectionParams } from '../geo/projection.ts';
import type { FocusShape } from './focus-shape.ts';
import type { LabelScene } from './label-scene.ts';
import type { MapWordsInput } from './map-copy.ts';

export interface MapClientState {
  projection: ProjectionParams;
  /** Launch points travel as [longitude, latitude], as d3-geo takes them; markup and addresses keep their own forms. */
  home: { point: LonLat; label: string };
  /** In the order of the preset buttons (MAP_ATTR.presetLat): the button's words, and the launch point's name in sentences. */
  presets: { point: LonLat; label: string; launchLabel: string }[];
  rings: { km: number; rangeLabel: string }[];
  /** `strike`: its reported strikes in words, with their days (see strikeWords). */
  places: { id: string; name: string; lat: number; lon: number; strike: string | undefined }[];
  /** Arrow-key steps, proportional to the map: Shift takes the big one. */
  steps: { km: number; bigKm: number };
  /** What the labels are placed among, for placing them again around a moved point. */
  scene: LabelScene;
  words: MapWordsInput;
  /** The focus country's outline, to recompute how much of it lies in range of a moved point. */
  focusShape: FocusShape;
}
