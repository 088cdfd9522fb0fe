// @ts-check
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'astro/config';
import starlight from '@astrojs/starlight';
import react from '@astrojs/react';
import sitemap from '@astrojs/sitemap';
import writeCsp from './src/integrations/csp';
import serviceWorker from './src/integrations/service-worker';
import { chunkRule } from './src/integrations/chunks';
import { STEPS } from './src/plan/model/steps';

/**
 * The public address of the site: canonical links, Open Graph URLs, the sitemap and robots.txt
 * use it. A copy on another address sets SITE_URL when it builds (see README, "Host a copy").
 */
const site = process.env['SITE_URL'] || 'https://accountplan-in-9-stappen.nl';

/**
 * A step in the menu: "1. Het voorstel (Envision)". The method's term is added when it is one word
 * (a name the lessons introduce); a step whose name is a Dutch question keeps its title only.
 * @param {{ number: number; name: string; title: string }} step
 */
const sidebarLabel = (step) => `${step.number}. ${step.title}${/^\S+$/.test(step.name) ? ` (${step.name})` : ''}`;

export default defineConfig({
  site,
  trailingSlash: 'always',
  // Starlight turns on prefetching of every link, which puts Astro's prefetch script (1.1 KB
  // gzipped) on every page. Pages are served with `Cache-Control: no-cache` (README, "Host a
  // copy"), so a prefetched page is asked for again on the click anyway, and the service worker
  // already keeps every page for offline use: the script costs every page and gains little.
  prefetch: false,
  vite: {
    resolve: {
      // jsPDF imports a PNG decoder we never use: see src/pdf/no-png.ts.
      alias: [
        { find: /^fast-png$/, replacement: fileURLToPath(new URL('./src/pdf/no-png.ts', import.meta.url)) },
        // JSZip (inside pptxgenjs) from its source, without Node's streams: see src/slides/no-stream.cjs.
        { find: /^jszip$/, replacement: fileURLToPath(new URL('./node_modules/jszip/lib/index.js', import.meta.url)) },
        { find: /^readable-stream$/, replacement: fileURLToPath(new URL('./src/slides/no-stream.cjs', import.meta.url)) },
      ],
    },
    build: {
      rollupOptions: {
        optimization: { inlineConst: true },
        // Astro marks MDX pages with the directive "use astro:head-inject", which Rolldown warns it
        // may not keep when bundling; Astro reads it before bundling, so nothing is lost (a known
        // Astro issue, #18087). Every other warning is printed.
        onwarn(warning, warn) {
          if (warning.code === 'MODULE_LEVEL_DIRECTIVE' && warning.message.includes('astro:head-inject')) return;
          warn(warning);
        },
        output: {
          // The code every worksheet needs in one shared chunk, `werkblad`: the modules the worksheet
          // island reaches through static imports. What it loads with import() stays apart. The rule
          // is derived from the import graph: see src/integrations/chunks.ts.
          manualChunks: chunkRule(fileURLToPath(new URL('./src/worksheets/Worksheet.tsx', import.meta.url))),
        },
      },
    },
  },
  integrations: [
    // Starlight would add the sitemap itself; added here so the share page stays out of it
    // (it only shows a plan that is in the link, so there is nothing there to find).
    sitemap({ filter: (page) => !new URL(page).pathname.startsWith('/gedeeld/') }),
    starlight({
      title: 'Accountplan in 9 stappen',
      description: 'Leer in negen stappen een accountplan schrijven en vul je eigen plan meteen in. Je gegevens blijven op je eigen apparaat.',
      defaultLocale: 'root',
      locales: { root: { label: 'Nederlands', lang: 'nl' } },
      favicon: '/favicon.svg',
      markdown: { processedDirs: ['./content'] },
      customCss: ['./src/styles/site.css'],
      lastUpdated: false,
      head: [
        // Must run before Starlight's theme script: see the file for why.
        { tag: 'script', content: readFileSync(new URL('./src/components/storage-guard.js', import.meta.url), 'utf8') },
        { tag: 'script', attrs: { src: '/register-sw.js', defer: true } },
        // Before the page is drawn: parts that work differently with JavaScript (the knowledge
        // check's buttons) take their final size at once, so nothing shifts when their script runs.
        { tag: 'script', content: "document.documentElement.classList.add('js')" },
      ],
      // The home page gets the sidebar, so a phone has a menu there too.
      routeMiddleware: './src/route-data.ts',
      components: {
        // Loads Pagefind's UI on first use instead of on every page.
        Search: './src/components/Search.astro',
        // Starlight's, without a `body:has()` rule that made every keystroke walk the whole page.
        MobileMenuToggle: './src/components/MobileMenuToggle.astro',
        // Starlight's title, with a link to the worksheet under a lesson's title.
        PageTitle: './src/components/PageTitle.astro',
      },
      sidebar: [
        { label: 'Start', link: '/' },
        { label: 'De methode', link: '/stappen/' },
        {
          label: 'De negen stappen',
          // The one list of steps sets the order (and previous/next); a new step needs no change here.
          // Dutch names first; the method's own term (Envision, Discover, …) after it, as the lesson introduces it.
          items: STEPS.map((step) => ({ slug: `stappen/${step.slug}`, label: sidebarLabel(step) })),
        },
        { label: 'Van werkboek naar examenplan', slug: 'examenplan' },
        { label: 'Presentatie en interview', link: '/presentatie/' },
        // Fill-in mode: beside the workbook, for a reader who only wants to write the plan.
        { label: 'Plan invullen', link: '/invullen/' },
        { label: 'Werkboek', link: '/werkboek/' },
        { label: 'Voorbeeldplan', link: '/voorbeeld/' },
        { label: 'Voor trainers', slug: 'trainers' },
        { label: 'Privacy', slug: 'privacy' },
      ],
    }),
    react(),
    writeCsp(),
    // Last: its precache revisions must be those of the finished files (the CSP step rewrites every page).
    serviceWorker(),
  ],
});
