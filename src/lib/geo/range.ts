/** Which places a missile could reach from a launch point, for each of a map's ranges. */
import { greatCircleKm, type LonLat } from './distance.ts';

export interface Located {
  lat: number;
  lon: number;
}

export type WithRange<P> = P & {
  distanceKm: number;
  /** The ranges (km) whose ring holds the place, in the order given. */
  withinKm: number[];
  /** Within the first range: the map's headline range. */
  inRange: boolean;
};

/** Every place with its great-circle distance from the launch point and the ranges it lies within. */
export function withRangeFlags<P extends Located>(places: readonly P[], launch: LonLat, rangesKm: readonly number[]): WithRange<P>[] {
  return places.map((place) => {
    const distanceKm = greatCircleKm(launch, [place.lon, place.lat]);
    const withinKm = rangesKm.filter((km) => distanceKm <= km);
    return { ...place, distanceKm, withinKm, inRange: distanceKm <= rangesKm[0]! };
  });
}
