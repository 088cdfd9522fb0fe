/**
 * Opens the PowerPoint files of the presentation in LibreOffice: the example plan (for the team and
 * for the customer) and two hostile plans (200 rows in every table; texts of 20,000 characters with
 * XML's special characters, control characters, emoji and right-to-left names). Each must convert
 * to a PDF with one page per slide; for the example, every slide's title and every text of its
 * pictures (the timeline, the relationship map: native shapes) must be in the text of its page
 * (pdftotext, or unpdf where pdftotext is missing). Part of `npm test`; without LibreOffice
 * it says so and passes.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { extractText, getDocumentProxy } from 'unpdf';
import { buildDeck } from '../src/deck/build';
import { deckLabels } from '../src/deck/labels';
import { layoutDeck } from '../src/deck/layout';
import { examplePlan } from '../src/plan/example/example-plan';
import type { Plan } from '../src/plan/model/schema';
import { renderPptx } from '../src/slides/pptx';
import { longTextPlan, manyRowsPlan } from '../test/deck/plans';

const has = (command: string) => spawnSync(command, ['--version'], { stdio: 'ignore' }).status === 0;

if (!has('soffice')) {
  console.log('soffice not installed: skipped');
  process.exit(0);
}

const squash = (s: string) => s.replace(/\s+/g, ' ').trim();
const work = mkdtempSync(join(tmpdir(), 'check-pptx-'));
// A profile of its own: another LibreOffice running on this machine must not take the conversion over.
const profile = pathToFileURL(join(work, 'profile')).href;

/** The text of each page of a PDF. */
async function pages(pdf: string): Promise<string[]> {
  if (has('pdftotext')) return execFileSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' }).split('\f').slice(0, -1);
  const doc = await getDocumentProxy(new Uint8Array(readFileSync(pdf)));
  return (await extractText(doc, { mergePages: false })).text as string[];
}

const cases: Array<{ name: string; plan: () => Plan; forCustomer: boolean; titles: boolean }> = [
  { name: 'example', plan: examplePlan, forCustomer: false, titles: true },
  { name: 'example-klant', plan: examplePlan, forCustomer: true, titles: true },
  { name: 'many-rows', plan: manyRowsPlan, forCustomer: false, titles: false },
  { name: 'long-texts', plan: longTextPlan, forCustomer: false, titles: false },
];

let failed = 0;
try {
  for (const c of cases) {
    const plan = c.plan();
    const laid = layoutDeck(buildDeck(plan, deckLabels(), { forCustomer: c.forCustomer }));
    const file = join(work, `${c.name}.pptx`);
    writeFileSync(
      file,
      await renderPptx(laid, {
        title: plan.cover.title,
        author: plan.cover.author,
        company: plan.cover.organisation,
        origin: 'https://accountplan-in-9-stappen.nl',
      }),
    );
    const start = performance.now();
    const run = spawnSync('soffice', [`-env:UserInstallation=${profile}`, '--headless', '--convert-to', 'pdf', '--outdir', work, file], {
      encoding: 'utf8',
      timeout: 300_000,
    });
    const pdf = join(work, `${c.name}.pdf`);
    let text: string[] = [];
    try {
      text = await pages(pdf);
    } catch {
      console.error(`${c.name}: LibreOffice made no PDF (exit ${run.status}): ${run.stderr.trim()}`);
      failed++;
      continue;
    }
    const problems: string[] = [];
    if (text.length !== laid.length) problems.push(`${text.length} pages for ${laid.length} slides`);
    if (c.titles) {
      laid.forEach((slide, i) => {
        const title = slide.items.find((item) => item.type === 'text' && item.title);
        if (title?.type === 'text' && !squash(text[i] ?? '').includes(squash(title.text))) problems.push(`slide ${i + 1}: title "${title.text}" not found`);
        // The pictures are native shapes: LibreOffice draws their texts too (the part before a "…").
        for (const item of slide.items) {
          if (item.type !== 'picture') continue;
          for (const t of item.picture.shapes) {
            const start = squash(t.type === 'text' ? t.text.split('…')[0]! : '').slice(0, 12);
            if (start && !squash(text[i] ?? '').includes(start)) problems.push(`slide ${i + 1}: picture text "${t.type === 'text' ? t.text : ''}" not found`);
          }
        }
      });
    }
    const pictures = laid.flatMap((slide) =>
      slide.items.flatMap((item) => (item.type === 'picture' ? item.picture.shapes.filter((t) => t.type === 'text') : [])),
    ).length;
    const titles = c.titles && !problems.length ? `, every title found${pictures ? ` and the ${pictures} texts of the pictures` : ''}` : '';
    console.log(
      `${c.name.padEnd(14)} ${laid.length} slides → ${text.length} pages in LibreOffice (${((performance.now() - start) / 1000).toFixed(1)} s)${titles}`,
    );
    for (const p of problems) console.error(`  ${c.name}: ${p}`);
    failed += problems.length;
  }
} finally {
  rmSync(work, { recursive: true, force: true });
}
if (failed) {
  console.error(`\n${failed} problem(s) with the PowerPoint files.`);
  process.exit(1);
}
console.log('\nEvery PowerPoint file opens in LibreOffice.');
