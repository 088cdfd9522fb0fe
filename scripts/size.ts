/**
 * Size budgets of the built site (run `npm run build` first). Fails when a budget is exceeded.
 * What counts is what a real Chromium fetches until the network is idle, gzipped.
 */
import { kb, measurePages, sum } from './measure-pages';

const KB = 1024;
/** JavaScript before any interaction, React included (issue: worksheets, "100 KB gzipped"). */
const BUDGETS: Array<{ name: string; path: string; js: number; css: number; html: number }> = [
  { name: 'home', path: '/', js: 30 * KB, css: 30 * KB, html: 30 * KB },
  { name: 'lesson', path: '/stappen/3-discover/', js: 100 * KB, css: 30 * KB, html: 40 * KB },
  { name: 'lesson opened at its worksheet', path: '/stappen/3-discover/#werkblad', js: 100 * KB, css: 30 * KB, html: 40 * KB },
  { name: 'workbook', path: '/werkboek/', js: 120 * KB, css: 30 * KB, html: 30 * KB },
  { name: 'example plan', path: '/voorbeeld/', js: 100 * KB, css: 30 * KB, html: 40 * KB },
];

const results = await measurePages('dist', BUDGETS);
let failed = 0;
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
if (failed) {
  console.error(`\n${failed} page(s) over budget.`);
  process.exit(1);
}
console.log('\nAll size budgets met.');
