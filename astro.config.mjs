// @ts-check
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'astro/config';
import starlight from '@astrojs/starlight';
import react from '@astrojs/react';
import sitemap from '@astrojs/sitemap';
import writeCsp from './src/integrations/csp';
import serviceWorker from './src/integrations/service-worker';
import { STEPS } from './src/plan/model/steps';

/**
 * The public address of the site: canonical links, Open Graph URLs, the sitemap and robots.txt
 * use it. A copy on another address sets SITE_URL when it builds (see README, "Host a copy").
 */
const site = process.env['SITE_URL'] || 'https://accountplan-in-9-stappen.nl';

export default defineConfig({
  site,
  trailingSlash: 'always',
  vite: {
    resolve: {
      // jsPDF imports a PNG decoder we never use: see src/pdf/no-png.ts.
      alias: [{ find: /^fast-png$/, replacement: fileURLToPath(new URL('./src/pdf/no-png.ts', import.meta.url)) }],
    },
    build: {
      rollupOptions: {
        optimization: { inlineConst: true },
        output: {
          // The code every worksheet needs in one chunk (the matrix editor is only needed by step 4,
          // the words of each section only by the pages that show it, fill-in mode only by /invullen/): one file compresses better than ten,
          // which keeps a lesson with its worksheet under its JavaScript budget. Code loaded on
          // demand (PDF, backup, calendar, sharing, examples, versions, the raw data a failed part
          // offers) stays in chunks of its own.
          manualChunks(id) {
            // Vite's helper for dynamic imports is used on every page (search): keep it apart.
            if (id.includes('preload-helper')) return 'preload-helper';
            // Used by every lesson's section links, also without the worksheet: keep it apart too.
            if (/[\\/]worksheets[\\/]copy-link\.ts$/.test(id)) return 'copy-link';
            // React on its own: the renderer loads it, and the browser evaluates it in a task of its
            // own instead of in one long task together with the worksheet code.
            if (/[\\/]node_modules[\\/](react|react-dom|scheduler)[\\/]/.test(id)) return 'react';
            // nanostores' map is only for the display preferences (loaded with the PDF options).
            if (/[\\/]node_modules[\\/]nanostores[\\/]map[\\/]/.test(id)) return undefined;
            if (/[\\/]node_modules[\\/](zod|nanostores|@nanostores[\\/]react)[\\/]/.test(id)) return 'werkblad';
            if (!/[\\/]src[\\/](plan|stores|worksheets|browser)[\\/]/.test(id)) return undefined;
            // The texts of a part loaded on demand (src/<layer>/messages/<part>.ts) go with that part,
            // never into the shared chunk: only the code every worksheet runs brings its words there.
            if (/[\\/]messages[\\/][\w-]+\.ts$/.test(id)) return undefined;
            if (/(transfer|describe-issue|other-tabs|merge|conflicts|backup|Notices|checks|example-plan|example-facts|ics|share|diff|ExampleContent|MatrixEditor|versions|preferences|LivingPlan|PdfOptions|Workbook|SharedPlan|PlanView|copy-link|raw-dump|IslandFailed|versions-instance|file-name|example-values|derived|derived-columns|totals|FinanceChart|finance-chart|exam|exam-pages|ExamEstimate|WordButton|field-path|field-entries|meaning[\\/]\w+|steps[\\/]\w+Worksheet|FillIn|feedback|feedback-instance|link-payload|rubric|Feedback\w+|ReceiveFeedback|WorkbookFeedback|JsonFileInput|quiz|QuizProgress|kennischeck-record|trainer-actions|error-hunt|plan-label|plan-parts|write-over|merge-draft)\.tsx?$/.test(id)) {
              return undefined;
            }
            return 'werkblad';
          },
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
      description:
        'Leer in negen stappen een accountplan schrijven en vul je eigen plan meteen in. Je gegevens blijven op je eigen apparaat.',
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
      },
      sidebar: [
        { label: 'Start', link: '/' },
        { label: 'De methode', link: '/stappen/' },
        {
          label: 'De negen stappen',
          // The one list of steps sets the order (and previous/next); a new step needs no change here.
          items: STEPS.map((step) => ({ slug: `stappen/${step.slug}` })),
        },
        { label: 'Van werkboek naar examenplan', slug: 'examenplan' },
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
