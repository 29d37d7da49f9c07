/**
 * The gazetteer's towns and files, once per build: GeoNames' towns with the other names the content's
 * places give them (src/lib/gazetteer/).
 */
import { getCollection } from 'astro:content';
import { buildGazetteer, type GazetteerFiles } from '../lib/gazetteer/build-gazetteer.ts';
import { contentOtherNames } from '../lib/gazetteer/content-names.ts';
import { gazetteerTownRecords } from '../lib/gazetteer/geonames-data.ts';
import type { TownRecord } from '../lib/gazetteer/town-record.ts';

let towns: Promise<TownRecord[]> | undefined;
let files: Promise<GazetteerFiles> | undefined;

/** Every town, with the content's other names. */
export function gazetteerTowns(): Promise<TownRecord[]> {
  return (towns ??= getCollection('places').then((places) => gazetteerTownRecords(contentOtherNames(places))));
}

/** The gazetteer's static files, built once per build. */
export function gazetteerFiles(): Promise<GazetteerFiles> {
  return (files ??= gazetteerTowns().then(buildGazetteer));
}
