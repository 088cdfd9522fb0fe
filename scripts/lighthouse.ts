/**
 * Lighthouse (mobile settings, simulated throttling) over the main page types of the built site,
 * with the project's own Chromium. Run `npm run build` first. Fails when a page misses a target
 * (95 for performance; 98 for a lesson opened at its worksheet).
 * Each page runs LH_RUNS times (default 3) and the median run counts, as Lighthouse CI does:
 * one run on a busy two-core machine varies by several points.
 */
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { findChromium } from './lib/browser';
import { serveStatic } from './lib/static-server';

const TARGETS = { performance: 95, accessibility: 100, 'best-practices': 100, seo: 100 } as const;
const PAGES: Array<{ name: string; path: string; targets?: Partial<Record<keyof typeof TARGETS, number>> }> = [
  { name: 'home', path: '/' },
  { name: 'lesson with worksheet', path: '/stappen/3-discover/' },
  // A trainer's link to an exercise: the worksheet starts at once.
  { name: 'lesson at #werkblad', path: '/stappen/3-discover/#werkblad', targets: { performance: 98 } },
  { name: 'fill-in mode', path: '/invullen/#stap-3' },
  { name: 'workbook', path: '/werkboek/' },
  { name: 'example plan', path: '/voorbeeld/' },
  // The pages of the exam's presentation and interview (issue 24): both hydrate at once.
  { name: 'presentation', path: '/presentatie/' },
  { name: 'interview practice', path: '/interview/' },
  { name: 'lesson 6 at #werkblad', path: '/stappen/6-develop/#werkblad', targets: { performance: 98 } },
];

const { server, origin } = await serveStatic('dist');
const chrome = await chromeLauncher.launch({
  chromePath: await findChromium(),
  chromeFlags: [
    '--headless=new',
    '--no-sandbox',
    '--disable-gpu',
    '--disable-dev-shm-usage',
    '--disable-background-networking',
    '--disable-component-update',
    '--no-first-run',
  ],
});
let failed = 0;
try {
  const runs = Math.max(1, Number(process.env['LH_RUNS'] ?? 3));
  console.log(`page                      perf  a11y  best  seo    (median of ${runs} run${runs > 1 ? 's' : ''}; all performance scores)`);
  // LH_ONLY=werkblad runs only the pages whose name contains it.
  const only = process.env['LH_ONLY'];
  for (const { name, path, targets: own } of PAGES.filter((p) => !only || p.name.includes(only))) {
    const targets = { ...TARGETS, ...own };
    const results: Array<NonNullable<Awaited<ReturnType<typeof lighthouse>>>> = [];
    for (let i = 0; i < runs; i++) {
      results.push((await lighthouse(`${origin}${path}`, { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: Object.keys(TARGETS) }))!);
    }
    const perf = (r: (typeof results)[number]) => r.lhr.categories['performance']?.score ?? 0;
    results.sort((a, b) => perf(a) - perf(b));
    const result = results[Math.floor(results.length / 2)]!;
    const allPerf = results.map((r) => Math.round(perf(r) * 100)).join(' ');
    const categories = result.lhr.categories;
    const scores = Object.keys(TARGETS).map((k) => Math.round((categories[k]?.score ?? 0) * 100));
    const misses = Object.entries(targets)
      .filter(([, target], i) => scores[i]! < target)
      .map(([k]) => k);
    if (misses.length) failed++;
    console.log(
      `${name.padEnd(26)}${scores.map((s) => String(s).padEnd(6)).join('')} (${allPerf})${misses.length ? ` below target: ${misses.join(', ')}` : ''}`,
    );
    // The metrics of the median run, so a drop says where it comes from.
    const metric = (id: string) => result.lhr.audits[id]?.displayValue ?? '–';
    console.log(
      `${''.padEnd(26)}FCP ${metric('first-contentful-paint')} · LCP ${metric('largest-contentful-paint')} · TBT ${metric('total-blocking-time')} · CLS ${metric('cumulative-layout-shift')} · SI ${metric('speed-index')}`,
    );
    if (misses.length && process.env['LH_VERBOSE']) {
      for (const cat of misses) {
        for (const ref of categories[cat]!.auditRefs) {
          const audit = result.lhr.audits[ref.id]!;
          if (ref.weight > 0 && audit.score !== null && audit.score < 1) console.log(`    ${cat}: ${audit.id} (${audit.score}) ${audit.displayValue ?? ''}`);
        }
      }
    }
  }
} finally {
  chrome.kill();
  server.close();
}
if (failed) {
  console.error(`\n${failed} page(s) below the Lighthouse targets.`);
  process.exit(1);
}
console.log('\nAll Lighthouse targets met.');
