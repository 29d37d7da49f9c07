import { defineCollection } from 'astro:content';
import { strictGlob } from './loaders/strict-glob.ts';
import { articleSchema } from './lib/schemas/article.ts';
import { placeSchema } from './lib/schemas/place.ts';
import { mapSchema } from './lib/schemas/map.ts';

// Content lives in content/ at the project root, apart from code, so an editor never touches src/.
// Every entry's id is its file name, so ids cannot collide within a collection.
const articles = defineCollection({
  loader: strictGlob({ pattern: '**/*.mdx', base: './content/articles' }),
  schema: articleSchema,
});

const places = defineCollection({
  loader: strictGlob({ pattern: '*.yaml', base: './content/places' }),
  schema: placeSchema,
});

const maps = defineCollection({
  loader: strictGlob({ pattern: '*.yaml', base: './content/maps' }),
  schema: mapSchema,
});

export const collections = { articles, places, maps };
