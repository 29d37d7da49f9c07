/** Which places a missile could reach from a launch point. */
import { greatCircleKm, type LonLat } from './distance.ts';

export interface Located {
  lat: number;
  lon: number;
}

export type WithRange<P> = P & { distanceKm: number; inRange: boolean };

/** Every place with its great-circle distance from the launch point and whether it lies within `km`. */
export function withRangeFlags<P extends Located>(places: readonly P[], launch: LonLat, km: number): WithRange<P>[] {
  return places.map((place) => {
    const distanceKm = greatCircleKm(launch, [place.lon, place.lat]);
    return { ...place, distanceKm, inRange: distanceKm <= km };
  });
}

/** The places within `km` of the launch point, nearest first. */
export function placesWithinRange<P extends Located>(places: readonly P[], launch: LonLat, km: number): WithRange<P>[] {
  return withRangeFlags(places, launch, km)
    .filter((place) => place.inRange)
    .sort((a, b) => a.distanceKm - b.distanceKm);
}
