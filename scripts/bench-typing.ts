/**
 * Typing latency in a big plan: a copy of the example plan at 1×, 10× and 40× its rows, typing
 * 34 characters into a step 3 field with the CPU slowed 4×. Prints median and max per key and
 * the ratio 40× / 1×. Measures the existing dist/ (run `npm run build` first).
 */
import { launchBrowser, newContext, openWorkbook } from '../test/e2e/browser';
import { serveStatic } from '../test/e2e/static-server';
import { enlargeExampleCopy, measureTyping } from './lib/typing';

const TEXT = 'Zorg en welzijn, regio Oost-Gelder';
const browser = await launchBrowser();
const { server, origin } = await serveStatic('dist');
const results: Array<{ factor: number; median: number; max: number; kb: number }> = [];
try {
  for (const factor of [1, 10, 40]) {
    const context = await newContext(browser);
    const page = await context.newPage();
    await openWorkbook(page, origin);
    await page.getByRole('button', { name: 'Nieuw plan op basis van het voorbeeld' }).click();
    await page.waitForFunction(() => Object.keys(localStorage).some((k) => k.startsWith('accountplan:plan:') && localStorage.getItem(k)!.includes('"name":"Voorbeeld')));
    if (factor > 1) await enlargeExampleCopy(page, factor);
    const kb = await page.evaluate(() => Object.keys(localStorage).reduce((n, k) => n + (localStorage.getItem(k)?.length ?? 0), 0) / 1024);
    await page.goto(`${origin}/stappen/3-discover/#werkblad`);
    await page.locator('.worksheet[data-ready="true"]').waitFor();
    await page.locator('#werkblad-sector-invoer').fill('');
    const result = await measureTyping(page, '#werkblad-sector-invoer', TEXT);
    results.push({ factor, median: result.median, max: result.max, kb });
    await context.close();
  }
} finally {
  server.close();
  await browser.close();
}
console.log('typing, CPU 4× slower          stored      median key    max key');
for (const r of results) console.log(`example plan ×${String(r.factor).padEnd(17)}${`${r.kb.toFixed(0)} KB`.padEnd(12)}${`${r.median.toFixed(0)} ms`.padEnd(14)}${r.max.toFixed(0)} ms`);
const ratio = results[2]!.median / results[0]!.median;
console.log(`ratio 40× / 1× (median)        ${ratio.toFixed(2)}`);
