/**
 * Checks the documents in other readers (issue 26 §3), with the tools that are installed:
 *
 * - LibreOffice (`soffice`) opens the example's Word document and prints it as PDF; `pdftoppm`
 *   makes images of the title page and of the page with the chart, which are compared with the
 *   reference images in test/document/reference/. Two pages differ when more than TOLERANCE of
 *   their pixels differ by more than THRESHOLD grey levels after a 3 × 3 blur.
 * - `qpdf --check` reads the example's PDF in both orders; `pdffonts` sees two embedded subset fonts.
 *
 * A tool that is missing is named and its check skipped: the script then still exits 0.
 *
 *   npm run docs:check                      check
 *   npm run docs:check -- --update          write the reference images anew (look at them first)
 *   npm run docs:check -- --docx file.docx  check another Word document against the references
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { renderPlanDocx } from '../src/docx/render-docx';
import { renderPlanPdf } from '../src/pdf/render';
import { readPlan } from '../src/plan/model/migrations';
import { differingShare, readPng } from './lib/png';

/**
 * Share of pixels that may differ. Measured with LibreOffice 7.4: two runs of this check differ by
 * 0.00 % on both pages; the Word document as it was before its line rules were set (its title over
 * itself, the chart a strip), by 4.96 % (title page) and 10.00 % (chart page).
 */
const TOLERANCE = 0.005;
/** Grey levels (of 255) by which a blurred pixel may differ before it counts. */
const THRESHOLD = 48;
const DPI = 50;
const TODAY = new Date(2027, 2, 12);

const root = new URL('..', import.meta.url);
const references = new URL('test/document/reference/', root);
const args = process.argv.slice(2);
const update = args.includes('--update');
const given = args.includes('--docx') ? args[args.indexOf('--docx') + 1] : undefined;

const installed = (tool: string, versionFlag = '--version') => spawnSync(tool, [versionFlag], { stdio: 'ignore' }).error === undefined;

function examplePlan() {
  const read = readPlan(JSON.parse(readFileSync(new URL('test/document/fixtures/example-plan.json', root), 'utf8')));
  if (!read.ok) throw new Error(read.message);
  return read.plan;
}

const work = mkdtempSync(join(tmpdir(), 'docs-check-'));
let failed = 0;

/** LibreOffice's pages of the Word document: the title page and the page with the chart, compared with the references. */
async function libreOffice(): Promise<void> {
  if (!installed('soffice')) return console.log('soffice not installed: LibreOffice check skipped');
  if (!['pdftoppm', 'pdftotext', 'pdfinfo'].every((tool) => installed(tool, '-v')))
    return console.log('pdftoppm, pdftotext or pdfinfo not installed (poppler-utils): LibreOffice check skipped');
  const docx = join(work, 'plan.docx');
  if (given) copyFileSync(given, docx);
  else writeFileSync(docx, (await renderPlanDocx(examplePlan(), { today: TODAY })).bytes);
  // A profile of its own, so a LibreOffice that is open (or another check) does not block this one.
  const profile = `file://${join(work, 'profile')}`;
  execFileSync('soffice', [`-env:UserInstallation=${profile}`, '--headless', '--convert-to', 'pdf', '--outdir', work, docx], {
    stdio: 'ignore',
    timeout: 180_000,
  });
  const pdf = join(work, 'plan.pdf');
  const pages = Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [pdf], { encoding: 'utf8' }))?.[1] ?? 0);
  const text = (page: number) => execFileSync('pdftotext', ['-f', String(page), '-l', String(page), pdf, '-'], { encoding: 'utf8' });
  // The chart's categories name the plan years "2027 (plan)"; the table of years does not.
  const chartPage = Array.from({ length: pages }, (_, i) => i + 1).find((page) => text(page).includes('(plan)'));
  if (!chartPage) {
    console.error(`LibreOffice: no page of ${pages} shows the chart`);
    failed++;
    return;
  }
  mkdirSync(references, { recursive: true });
  for (const [name, page] of [
    ['title', 1],
    ['chart', chartPage],
  ] as const) {
    const stem = join(work, name);
    execFileSync('pdftoppm', ['-r', String(DPI), '-gray', '-png', '-singlefile', '-f', String(page), '-l', String(page), pdf, stem]);
    const reference = new URL(`libreoffice-${name}.png`, references);
    if (update) {
      copyFileSync(`${stem}.png`, reference);
      console.log(`LibreOffice: ${name} page (page ${page}) written to ${reference.pathname}`);
      continue;
    }
    const share = differingShare(readPng(readFileSync(`${stem}.png`)), readPng(readFileSync(reference)), THRESHOLD);
    const ok = share <= TOLERANCE;
    console.log(
      `LibreOffice: ${name} page (page ${page}): ${(share * 100).toFixed(2)} % of pixels differ (at most ${TOLERANCE * 100} %)${ok ? '' : `: FAILED, see ${stem}.png`}`,
    );
    if (!ok) failed++;
  }
}

/** The example's PDF, in both orders, as qpdf and pdffonts read it. */
function pdfTools(): void {
  const hasQpdf = installed('qpdf');
  const hasPdffonts = installed('pdffonts', '-v');
  if (!hasQpdf) console.log('qpdf not installed: PDF structure check skipped');
  if (!hasPdffonts) console.log('pdffonts not installed: PDF font check skipped');
  if (!hasQpdf && !hasPdffonts) return;
  const fonts = {
    regular: new Uint8Array(readFileSync(new URL('src/pdf/fonts/noto-sans-regular.ttf', root))),
    bold: new Uint8Array(readFileSync(new URL('src/pdf/fonts/noto-sans-bold.ttf', root))),
  };
  for (const order of ['steps', 'exam'] as const) {
    const file = join(work, `plan-${order}.pdf`);
    writeFileSync(file, renderPlanPdf(examplePlan(), { emptyFields: 'hide', order, today: TODAY, fonts }).bytes);
    if (hasQpdf) {
      const check = spawnSync('qpdf', ['--check', file], { encoding: 'utf8' });
      const ok = check.status === 0 && /No syntax or stream encoding errors found/.test(check.stdout);
      console.log(`qpdf --check, PDF in ${order} order: ${ok ? 'no errors' : `FAILED\n${check.stdout}${check.stderr}`}`);
      if (!ok) failed++;
    }
    if (hasPdffonts) {
      const rows = execFileSync('pdffonts', [file], { encoding: 'utf8' }).split('\n').slice(2).filter(Boolean);
      const ok =
        rows.length === 2 &&
        rows.every((row) => /^[A-Z]{6}\+NotoSans-(Regular|Bold)\s.*\byes\s+yes\s+yes\b/.test(row)) &&
        new Set(rows.map((r) => r.split(/\s/)[0])).size === 2;
      console.log(`pdffonts, PDF in ${order} order: ${ok ? rows.map((r) => r.split(/\s/)[0]).join(', ') : `FAILED\n${rows.join('\n')}`}`);
      if (!ok) failed++;
    }
  }
}

try {
  await libreOffice();
  if (!given) pdfTools();
} finally {
  if (!failed) rmSync(work, { recursive: true, force: true });
}
if (failed) {
  console.error(`\n${failed} document check(s) failed; the files are in ${work}.`);
  process.exit(1);
}
console.log('Document checks done.');
