import { defineCollection } from 'astro:content';
import type { Loader } from 'astro/loaders';
import type { ZodType } from 'zod';
import { strictGlob } from './loaders/strict-glob.ts';
import { inertMdx } from './loaders/inert-mdx.ts';
import { articleSchema } from './lib/schemas/article.ts';
import { placeSchema } from './lib/schemas/place.ts';
import { mapSchema } from './lib/schemas/map.ts';
import { eventSchema, timelineSchema } from './lib/schemas/event.ts';
import { claimantSchema } from './lib/schemas/claimant.ts';

/**
 * Content lives in content/ at the project root, apart from code, so an editor never touches src/.
 * Every entry's id is its file name (with its folder, for events), so ids cannot collide.
 */
const fromContent = <S extends ZodType>(folder: string, pattern: string, schema: S, checked: (loader: Loader) => Loader = (loader) => loader) =>
  defineCollection({ loader: checked(strictGlob({ pattern, base: `./content/${folder}` })), schema });

export const collections = {
  // An article is content: its MDX may not run code, which is checked before anything compiles it.
  articles: fromContent('articles', '**/*.mdx', articleSchema, inertMdx),
  places: fromContent('places', '*.yaml', placeSchema),
  maps: fromContent('maps', '*.yaml', mapSchema),
  // content/events/<timeline id>/<event id>.yaml: the folder groups a timeline's events.
  events: fromContent('events', '*/*.yaml', eventSchema),
  timelines: fromContent('timelines', '*.yaml', timelineSchema),
  claimants: fromContent('claimants', '*.yaml', claimantSchema),
};
