/**
 * The places a new map marks by default: well spread around the launch point, inside and outside every
 * ring. The ground around the launch point is cut into distance bands (the first ring's inner and outer
 * half, the space between each pair of rings, and a margin outside the last) and eight compass directions;
 * each cell offers its most populous town, and the largest of those are taken, every band kept, none
 * crowding another's label. Pure: the towns are passed in.
 */
import { greatCircleKm, type LonLat } from '../geo/distance.ts';
import type { GeoNamesTown } from './geonames.ts';

/** How far past the last ring the outside band reaches, as a share of that ring: near enough to stay in the frame. */
const OUTSIDE_MARGIN = 0.25;
/** Compass directions around the launch point. */
const DIRECTIONS = 8;
/** Picked towns are at least this share of the largest ring apart, so their labels do not crowd. */
const MIN_SEPARATION = 0.08;
/** No town this close to the launch point (as a share of the first ring), where its label would sit on the launch marker. */
const LAUNCH_CLEARANCE = 0.05;

export const DEFAULT_PLACE_COUNT = 12;

export interface Band {
  fromKm: number;
  toKm: number;
  /** "inside 900 km", "between 900 and 3,000 km", "outside 3,000 km". */
  says: string;
}

const km = new Intl.NumberFormat('en-GB', { maximumFractionDigits: 0 });

export function distanceBands(ranges: readonly number[]): Band[] {
  const kms = [...new Set(ranges)].sort((a, b) => a - b);
  const [first] = kms;
  if (first === undefined) return [];
  const last = kms.at(-1)!;
  return [
    { fromKm: 0, toKm: first / 2, says: `inside ${km.format(first)} km` },
    { fromKm: first / 2, toKm: first, says: `inside ${km.format(first)} km` },
    ...kms.slice(1).map((to, i) => ({ fromKm: kms[i]!, toKm: to, says: `between ${km.format(kms[i]!)} and ${km.format(to)} km` })),
    { fromKm: last, toKm: last * (1 + OUTSIDE_MARGIN), says: `outside ${km.format(last)} km` },
  ];
}

/** The compass bearing from `from` to `to`, in degrees clockwise from north, 0 to 360. */
export function bearing(from: LonLat, to: LonLat): number {
  const rad = Math.PI / 180;
  const [λ1, φ1, λ2, φ2] = [from[0] * rad, from[1] * rad, to[0] * rad, to[1] * rad];
  const y = Math.sin(λ2 - λ1) * Math.cos(φ2);
  const x = Math.cos(φ1) * Math.sin(φ2) - Math.sin(φ1) * Math.cos(φ2) * Math.cos(λ2 - λ1);
  return (((Math.atan2(y, x) / rad) % 360) + 360) % 360;
}

export interface PickedTown {
  town: GeoNamesTown;
  distanceKm: number;
  band: Band;
}

/** The most populous town of every band and direction, most populous first. */
function cellWinners(towns: readonly GeoNamesTown[], launch: LonLat, bands: readonly Band[]): PickedTown[] {
  const clearance = bands[1]!.toKm * LAUNCH_CLEARANCE;
  const outer = bands.at(-1)!.toKm;
  const winners = new Map<string, PickedTown>();
  for (const town of towns) {
    const distanceKm = greatCircleKm(launch, town.loc.coordinates);
    if (distanceKm < clearance || distanceKm > outer) continue;
    const bandIndex = bands.findIndex((band) => distanceKm <= band.toKm);
    const direction = Math.floor(bearing(launch, town.loc.coordinates) / (360 / DIRECTIONS)) % DIRECTIONS;
    const cell = `${bandIndex}/${direction}`;
    const held = winners.get(cell);
    if (!held || town.population > held.town.population) winners.set(cell, { town, distanceKm, band: bands[bandIndex]! });
  }
  return [...winners.values()].sort((a, b) => b.town.population - a.town.population);
}

/**
 * Up to `count` towns to mark, in the order a map lists them (labels are placed in that order): towns of the
 * focus country first, then the rest, each most populous first. Every band with a town keeps at least one.
 */
export function defaultMapTowns(
  towns: readonly GeoNamesTown[],
  {
    launch,
    ranges,
    inFocusCountry,
    count = DEFAULT_PLACE_COUNT,
  }: { launch: LonLat; ranges: readonly number[]; inFocusCountry: (town: GeoNamesTown) => boolean; count?: number },
): PickedTown[] {
  const bands = distanceBands(ranges);
  if (!bands.length) return [];
  const winners = cellWinners(towns, launch, bands);
  const separation = bands.at(-2)!.toKm * MIN_SEPARATION;
  const picked: PickedTown[] = [];
  const fits = (candidate: PickedTown) =>
    !picked.includes(candidate) && picked.every((held) => greatCircleKm(held.town.loc.coordinates, candidate.town.loc.coordinates) >= separation);
  for (const band of bands) {
    const leader = winners.find((winner) => winner.band === band && fits(winner));
    if (leader && picked.length < count) picked.push(leader);
  }
  for (const candidate of winners) {
    if (picked.length >= count) break;
    if (fits(candidate)) picked.push(candidate);
  }
  const focusFirst = (p: PickedTown) => (inFocusCountry(p.town) ? 0 : 1);
  return picked.sort((a, b) => focusFirst(a) - focusFirst(b) || b.town.population - a.town.population);
}
