/**
 * What the browser script needs to redraw a map, computed at build time and written once per map as
 * JSON (<script type="application/json" data-map-state>). The markup keeps its public data-* contracts;
 * the script reads its inputs from here rather than back from those attributes.
 */
import type { Box } from '../geo/labels.ts';
import type { ProjectionParams } from '../geo/projection.ts';
import type { LabelLayoutName } from './map-labels.ts';

export interface MapClientState {
  projection: ProjectionParams;
  home: { lat: number; lon: number; label: string };
  /** In the order of the preset buttons ([data-preset-lat]). */
  presets: { lat: number; lon: number; launchLabel: string }[];
  rings: { km: number; rangeLabel: string }[];
  places: { id: string; name: string; lat: number; lon: number; strike: boolean }[];
  /** Arrow-key steps, proportional to the map: Shift takes the big one. */
  steps: { km: number; bigKm: number };
  /** Whether the rings carry their distance on the map (maps without a scale bar, and maps with several rings). */
  ringLabels: boolean;
  /** How to place the launch label again after a move, per label set. */
  launchLabel: Record<LabelLayoutName, { fontSize: number; radius: number; obstacles: Box[]; markers: Box[] }>;
}
