import { defineCollection } from 'astro:content';
import { strictGlob } from './loaders/strict-glob.ts';
import { articleSchema } from './lib/schemas/article.ts';

// Content lives in content/ at the project root, apart from code, so an editor never touches src/.
const articles = defineCollection({
  loader: strictGlob({ pattern: '**/*.mdx', base: './content/articles' }),
  schema: articleSchema,
});

export const collections = { articles };
