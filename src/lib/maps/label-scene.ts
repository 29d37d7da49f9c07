/**
 * What the labels of a map are placed among, apart from the launch point: the frame, the places' markers,
 * the countries' names, the rings and the scale bar. The build computes it once and writes it into the
 * map's client state, so the browser places the labels for any launch point as the build would.
 */
import type { GeoProjection } from 'd3-geo';
import type { LonLat } from '../geo/distance.ts';
import type { Box } from '../geo/labels.ts';
import { ringLabelPoints } from '../geo/ring.ts';
import type { LabelInput } from './map-labels.ts';

export interface LabelScene {
  width: number;
  height: number;
  places: LabelInput['places'];
  countries: LabelInput['countries'];
  focusIso3: string;
  /** The rings' ranges, and whether they carry their distance on the map (no scale bar, or several rings). */
  ringsKm: number[];
  ringsLabelled: boolean;
  scaleBar: Box | null;
}

/** The labels' input with the launch point at `launch`, named `label` on the map, and a reader's tapped place and looked-up town if any. */
export function labelInputAt(
  scene: LabelScene,
  projection: GeoProjection,
  launch: LonLat,
  label: string,
  callout?: LabelInput['callout'],
  town?: LabelInput['town'],
): LabelInput {
  const [x, y] = projection(launch as [number, number]) ?? [Number.NaN, Number.NaN];
  return {
    width: scene.width,
    height: scene.height,
    launch: { x: round(x), y: round(y), label },
    places: scene.places,
    countries: scene.countries,
    focusIso3: scene.focusIso3,
    ringLabels: scene.ringsLabelled ? scene.ringsKm.map((km) => ({ km, points: ringLabelPoints(projection, scene, launch, km) })) : [],
    scaleBar: scene.scaleBar,
    callout,
    town,
  };
}

const round = (value: number) => Math.round(value * 10) / 10;
