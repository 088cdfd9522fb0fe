import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { i18nLoader } from '@astrojs/starlight/loaders';
import { docsSchema, i18nSchema } from '@astrojs/starlight/schema';
import { lessonFrontmatter } from './lessons/frontmatter';

// The site's words live in the top-level `content/` folder, not in `src/content/docs/`:
// Starlight reads them through this glob loader and `markdown.processedDirs` in astro.config.mjs.
// Files starting with `_` are drafts and notes, never pages.
export const collections = {
  docs: defineCollection({
    loader: glob({ pattern: ['**/[^_]*.{md,mdx}'], base: './content' }),
    schema: docsSchema({ extend: lessonFrontmatter }),
  }),
  // The Dutch words Starlight's own Dutch lacks (it says "Section titled …" to screen readers):
  // src/content/i18n/nl.json, where Starlight looks for them.
  i18n: defineCollection({ loader: i18nLoader(), schema: i18nSchema() }),
};
