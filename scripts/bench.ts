/**
 * Figures of the built site, printed as a table: build time, bytes per page type, JavaScript a
 * lesson loads before interaction, the code loaded on "Download PDF", PDF generation time and
 * size in headless Chromium for the example plan and a plan ten times its size, and what a
 * returning reader downloads again after a deploy that changed one lesson's text.
 * `npm run bench` builds first; `npm run bench -- --no-build` measures the existing dist/;
 * `--typing` measures typing only (with the existing dist/).
 */
import { execSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { changedEntries, precacheManifest, totalSize } from '../src/integrations/precache-manifest';
import { launchBrowser, newContext, openWorkbook } from './lib/browser';
import { serveStatic } from './lib/static-server';
import { enlargeExampleCopy, measureTyping } from './lib/typing';
import { kb, measurePages, sum } from './lib/measure-pages';

const dist = 'dist';
const lines: string[] = [];
const out = (line = '') => {
  lines.push(line);
  console.log(line);
};

const typingOnly = process.argv.includes('--typing');
if (!process.argv.includes('--no-build') && !typingOnly) {
  const start = performance.now();
  execSync('npx astro build', { stdio: 'ignore' });
  out(`build time                         ${((performance.now() - start) / 1000).toFixed(1)} s`);
}

const browser = await launchBrowser();
const pages = typingOnly
  ? []
  : await measurePages(
      dist,
      [
        { name: 'home', path: '/' },
        { name: 'lesson', path: '/stappen/3-discover/' },
        { name: 'lesson opened at worksheet', path: '/stappen/3-discover/#werkblad' },
        { name: 'workbook', path: '/werkboek/' },
        { name: 'workbook scrolled through', path: '/werkboek/', scrollThrough: true },
        { name: 'example plan', path: '/voorbeeld/' },
        { name: 'presentation', path: '/presentatie/' },
      ],
      browser,
    );
if (pages.length) {
  out('');
  out('page type                   HTML raw/gz          CSS raw/gz           JS raw/gz');
}
for (const p of pages) {
  const cell = (type: 'html' | 'css' | 'js') => `${kb(sum(p.files, type, 'raw'))} / ${kb(sum(p.files, type))}`.padEnd(21);
  out(`${p.name.padEnd(28)}${cell('html')}${cell('css')}${cell('js')}`);
}

// The PDF: time from click to file, size, and what the click loaded.
const { server, origin } = await serveStatic(dist);
try {
  for (const [label, factor] of typingOnly
    ? []
    : ([
        ['example plan', 1],
        ['example plan ×10', 10],
      ] as const)) {
    const context = await newContext(browser, { acceptDownloads: true });
    const page = await context.newPage();
    await openWorkbook(page, origin);
    await page.getByRole('button', { name: 'Nieuw plan op basis van het voorbeeld' }).click();
    // Wait until the copy of the example is stored.
    await page.waitForFunction(() =>
      Object.keys(localStorage).some((k) => k.startsWith('accountplan:plan:') && localStorage.getItem(k)!.includes('"name":"Voorbeeld')),
    );
    if (factor > 1) {
      // Ten times every table and list, and every long text ten times as long.
      await enlargeExampleCopy(page, factor);
      await openWorkbook(page, origin);
    }
    const loaded: string[] = [];
    page.on('request', (r) => loaded.push(new URL(r.url()).pathname));
    const button = page.getByRole('button', { name: /Download PDF/ });
    const start = performance.now();
    const [download] = await Promise.all([page.waitForEvent('download', { timeout: 120_000 }), button.click()]);
    const path = await download.path();
    const ms = performance.now() - start;
    const bytes = (await readFile(path!)).length;
    out('');
    out(`PDF of the ${label.padEnd(22)}${(ms / 1000).toFixed(2)} s (click to file, first time incl. loading the code), ${kb(bytes)}`);
    if (factor === 1) {
      let raw = 0;
      let gz = 0;
      for (const file of new Set(loaded.filter((p) => p.startsWith('/_astro/')))) {
        const content = await readFile(join(dist, file));
        raw += content.length;
        gz += gzipSync(content, { level: 9 }).length;
      }
      out(`code and font loaded on click    ${kb(raw)} raw, ${kb(gz)} gzipped`);
      // Second click: the code is loaded, so this is the generation itself.
      const again = performance.now();
      await Promise.all([page.waitForEvent('download'), button.click()]);
      out(`PDF of the example plan again     ${((performance.now() - again) / 1000).toFixed(2)} s (code already loaded)`);
    }
    await context.close();
  }

  // The presentation of the example: PowerPoint and the slide PDF, click to file, the first time
  // with loading the code, then again with the code loaded (goal: the .pptx within 1 s).
  {
    const context = await newContext(browser, { acceptDownloads: true });
    const page = await context.newPage();
    await openWorkbook(page, origin);
    await page.getByRole('button', { name: 'Nieuw plan op basis van het voorbeeld' }).click();
    await page.waitForFunction(() =>
      Object.keys(localStorage).some((k) => k.startsWith('accountplan:plan:') && localStorage.getItem(k)!.includes('"name":"Voorbeeld')),
    );
    await page.goto(`${origin}/presentatie/`);
    await page.locator('.deck-page[data-ready="true"]').waitFor();
    out('');
    for (const [label, name] of [
      ['PowerPoint of the example', /PowerPoint/],
      ['slide PDF of the example', /dia's \(PDF\)/],
    ] as const) {
      const button = page.getByRole('button', { name });
      const times: number[] = [];
      let bytes = 0;
      for (let i = 0; i < 2; i++) {
        const start = performance.now();
        const [download] = await Promise.all([page.waitForEvent('download', { timeout: 120_000 }), button.click()]);
        bytes = (await readFile((await download.path())!)).length;
        times.push(performance.now() - start);
      }
      out(
        `${label.padEnd(26)}${(times[0]! / 1000).toFixed(2)} s first click (code loaded on it), ${(times[1]! / 1000).toFixed(2)} s again (code loaded), ${kb(bytes)}`,
      );
    }
    await context.close();
  }

  // Typing: 34 characters into a step 3 field with the CPU slowed 4×, in the example plan and in
  // plans with 10× and 40× its rows. Three rounds per size; the median of their medians counts.
  out('');
  out('typing, CPU 4× slower         stored      median key    slowest key');
  const medians: Record<number, number> = {};
  const slowest: Record<number, number> = {};
  for (const factor of [1, 10, 40]) {
    const rounds: Array<{ median: number; max: number }> = [];
    let stored = 0;
    for (let round = 0; round < 3; round++) {
      const context = await newContext(browser);
      const page = await context.newPage();
      await openWorkbook(page, origin);
      await page.getByRole('button', { name: 'Nieuw plan op basis van het voorbeeld' }).click();
      await page.waitForFunction(() =>
        Object.keys(localStorage).some((k) => k.startsWith('accountplan:plan:') && localStorage.getItem(k)!.includes('"name":"Voorbeeld')),
      );
      if (factor > 1) await enlargeExampleCopy(page, factor);
      stored = await page.evaluate(() => Object.keys(localStorage).reduce((n, k) => n + (localStorage.getItem(k)?.length ?? 0), 0));
      await page.goto(`${origin}/stappen/3-discover/#werkblad`);
      await page.locator('.worksheet[data-ready="true"]').waitFor();
      // The plan as this build stores it: a big plan enlarged above was written whole, and its
      // first save here stores its big sections on their own (once; plan-parts.ts). Two saves, so
      // the second one runs with the code for parts loaded.
      await page.locator('#werkblad-sector-invoer').fill('x');
      await page.waitForFunction(() => Object.values(localStorage).some((v) => v.includes('"sector":"x"')));
      await page.locator('#werkblad-sector-invoer').fill('');
      await page.waitForFunction(() => !Object.values(localStorage).some((v) => v.includes('"sector":"x"')));
      if (factor > 1) await page.waitForFunction(() => Object.keys(localStorage).some((k) => k.startsWith('accountplan:deel:')));
      rounds.push(await measureTyping(page, '#werkblad-sector-invoer', 'Zorg en welzijn, regio Oost-Gelder'));
      await context.close();
    }
    const median = rounds.map((r) => r.median).sort((x, y) => x - y)[1]!;
    medians[factor] = median;
    slowest[factor] = Math.max(...rounds.map((r) => r.max));
    out(`example plan ×${String(factor).padEnd(16)}${kb(stored).padEnd(12)}${`${median.toFixed(0)} ms`.padEnd(14)}${slowest[factor]!.toFixed(0)} ms`);
  }
  out(`ratio 40× / 1× (median)       ${(medians[40]! / medians[1]!).toFixed(2)}  (goal ≤ 1,5; 40× median goal ≤ 50 ms)`);
  const worst = Math.max(slowest[1]!, slowest[40]!);
  out(`slowest key, ×1 and ×40        ${worst.toFixed(0)} ms  (goal ≤ 100 ms: ${worst <= 100 ? 'met' : 'NOT met'}; the slowest of 3 rounds of 34 keys each)`);
} finally {
  server.close();
  await browser.close();
}

if (typingOnly) process.exit(0);

// A deploy that changed one lesson's text: build B is built into a temporary folder with one
// sentence added to that lesson (the file is put back afterwards, also on Ctrl+C), and its
// precache manifest is compared with dist/'s. A returning reader's browser downloads the new
// sw.js and every file whose URL or revision changed; the rest stays in its precache.
{
  const lesson = 'content/stappen/3-discover.mdx';
  const original = await readFile(lesson, 'utf8');
  const heading = original.indexOf('\n## Wat je leert\n');
  const paragraphEnd = original.indexOf('\n\n', heading + '\n## Wat je leert\n'.length + 1);
  if (heading < 0 || paragraphEnd < 0) throw new Error(`${lesson}: no paragraph under "Wat je leert" to change`);
  const changed = `${original.slice(0, paragraphEnd)} Deze zin is nieuw.${original.slice(paragraphEnd)}`;
  const buildB = await mkdtemp(join(tmpdir(), 'bench-deploy-'));
  const putBack = () => writeFileSync(lesson, original);
  const onSignal = () => {
    putBack();
    process.exit(130);
  };
  process.once('SIGINT', onSignal).once('SIGTERM', onSignal);
  try {
    await writeFile(lesson, changed);
    execSync(`npx astro build --outDir ${buildB}`, { stdio: 'ignore' });
  } finally {
    putBack();
    process.off('SIGINT', onSignal).off('SIGTERM', onSignal);
  }
  try {
    const a = (await precacheManifest(dist)).entries;
    const b = (await precacheManifest(buildB)).entries;
    const files = changedEntries(a, b);
    const sw = await readFile(join(buildB, 'sw.js'));
    let gz = gzipSync(sw, { level: 9 }).length;
    for (const entry of files) {
      gz += gzipSync(await readFile(join(buildB, entry.url.endsWith('/') ? `${entry.url}index.html` : entry.url)), { level: 9 }).length;
    }
    out('');
    out(`precache (sw.js)                  ${b.length} files, ${kb(totalSize(b))}; sw.js itself ${kb(sw.length)}`);
    out(`re-downloaded after a deploy that changed one lesson's text (${lesson})`);
    out(`  by a returning reader           ${kb(totalSize(files) + sw.length)} raw, ${kb(gz)} gzipped: sw.js + ${files.map((f) => f.url).join(', ')}`);
    out(`  one cache per build (before)    ${kb(totalSize(b))}: every precached file`);
  } finally {
    await rm(buildB, { recursive: true, force: true });
  }
}
