/**
 * Size budgets of the built site (run `npm run build` first). Fails when a budget is exceeded.
 * What counts is what a real Chromium fetches until the network is idle, gzipped.
 */
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { kb, measurePages, sum } from './lib/measure-pages';

const KB = 1024;
/** JavaScript before any interaction, React included (issue: worksheets, "100 KB gzipped"). */
const BUDGETS: Array<{ name: string; path: string; scrollThrough?: boolean; js: number; css: number; html: number }> = [
  { name: 'home', path: '/', js: 30 * KB, css: 30 * KB, html: 30 * KB },
  { name: 'lesson', path: '/stappen/3-discover/', js: 100 * KB, css: 30 * KB, html: 40 * KB },
  { name: 'lesson opened at its worksheet', path: '/stappen/3-discover/#werkblad', js: 100 * KB, css: 30 * KB, html: 40 * KB },
  // Fill-in mode hydrates at once, as a lesson opened at its worksheet does: the same budget. Step 4
  // is its heaviest screen (the matrix editor).
  { name: 'fill-in mode (step 4)', path: '/invullen/#stap-4', js: 100 * KB, css: 30 * KB, html: 40 * KB },
  { name: 'workbook', path: '/werkboek/', js: 30 * KB, css: 30 * KB, html: 30 * KB },
  // 125 KB since issue 13: the workbook runs every check of the nine lessons' checklists (about 50, with
  // their Dutch messages and the self-checks: 8.6 KB gzipped) to say per step whether it is in order.
  { name: 'workbook scrolled through', path: '/werkboek/', scrollThrough: true, js: 125 * KB, css: 30 * KB, html: 30 * KB },
  { name: 'example plan', path: '/voorbeeld/', js: 100 * KB, css: 30 * KB, html: 40 * KB },
];

const results = await measurePages('dist', BUDGETS);
let failed = 0 as number;
console.log('page                              JS (gz)     budget      CSS (gz)    HTML (gz)');
for (const [i, r] of results.entries()) {
  const budget = BUDGETS[i]!;
  const js = sum(r.files, 'js');
  const css = sum(r.files, 'css');
  const html = sum(r.files, 'html');
  const over = [js > budget.js && 'JS', css > budget.css && 'CSS', html > budget.html && 'HTML'].filter(Boolean);
  if (over.length) failed++;
  console.log(
    `${r.name.padEnd(34)}${kb(js).padEnd(12)}${kb(budget.js).padEnd(12)}${kb(css).padEnd(12)}${kb(html).padEnd(10)}${over.length ? `  OVER BUDGET: ${over.join(', ')}` : ''}`,
  );
  if (process.env['SIZE_VERBOSE']) for (const f of r.files.filter((f) => f.type === 'js')) console.log(`    ${kb(f.gzip).padStart(9)}  ${f.url}`);
}
// The code and fonts "Download PDF" loads on click (jsPDF is in the render chunk; file names are
// in a chunk of their own, shared with the backup and the calendar).
const assets = await readdir('dist/_astro');
const pdfFiles = assets.filter((f) => /^(render|download|file-name)\..*\.js$|^noto-sans-.*\.ttf$/.test(f));
let pdfBytes = 0;
for (const f of pdfFiles) pdfBytes += gzipSync(await readFile(join('dist/_astro', f)), { level: 9 }).length;
const PDF_BUDGET = 200 * KB;
console.log(`\nPDF code and fonts loaded on click: ${kb(pdfBytes)} gzipped (budget ${kb(PDF_BUDGET)}; ${pdfFiles.length} files)`);
if (pdfFiles.length < 4) {
  console.error('The PDF chunks or fonts were not found in dist/_astro.');
  failed++;
} else if (pdfBytes > PDF_BUDGET) {
  console.error('OVER BUDGET: PDF code and fonts');
  failed++;
}

// The code "Download Word (.docx)" loads on click: the docx library (with its zip writer) and the
// document's layout, in chunks of their own.
const docxFiles = assets.filter((f) => /^(render-docx|download-docx)\..*\.js$/.test(f));
let docxBytes = 0;
for (const f of docxFiles) docxBytes += gzipSync(await readFile(join('dist/_astro', f)), { level: 9 }).length;
const DOCX_BUDGET = 100 * KB;
console.log(`Word code loaded on click: ${kb(docxBytes)} gzipped (budget ${kb(DOCX_BUDGET)}; ${docxFiles.length} files)`);
if (docxFiles.length < 2) {
  console.error('The Word chunks were not found in dist/_astro.');
  failed++;
} else if (docxBytes > DOCX_BUDGET) {
  console.error('OVER BUDGET: Word code');
  failed++;
}

if (failed) {
  console.error(`\n${failed} budget(s) exceeded.`);
  process.exit(1);
}
console.log('\nAll size budgets met.');
