/**
 * Writes the document fixtures: `npx tsx test/document/write-fixtures.ts [dir]` (default
 * test/document/fixtures/current/). Run it when a document changes on purpose, then read the diff
 * before committing it; test/document/fixtures.test.ts compares the documents with these files.
 */
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { examplePlan } from '../../src/plan/example/example-plan';
import { renderPlanDocx } from '../../src/docx/render-docx';
import { renderPlanPdf } from '../../src/pdf/render';
import { DOCX_VARIANTS, docxAsText, FIXTURES, PDF_RENDER_DEFAULTS, PDF_VARIANTS, pdfAsText } from './variants';
import { TODAY } from '../pdf/fixtures';

const dir = new URL(`${process.argv[2] ?? 'current'}/`, FIXTURES);
mkdirSync(dir, { recursive: true });
const example = new URL('example-plan.json', FIXTURES);
if (!existsSync(example)) writeFileSync(example, `${JSON.stringify(examplePlan(), null, 2)}\n`);

for (const v of PDF_VARIANTS) {
  const result = renderPlanPdf(v.plan(), { ...PDF_RENDER_DEFAULTS, ...v.options });
  writeFileSync(new URL(`${v.name}.pdf.txt`, dir), await pdfAsText(result.bytes, result.replacedCharacters));
}
for (const v of DOCX_VARIANTS) {
  const result = await renderPlanDocx(v.plan(), { today: TODAY });
  writeFileSync(new URL(`${v.name}.docx.xml`, dir), docxAsText(result.bytes, result.replacedCharacters));
}
console.log(`Wrote ${PDF_VARIANTS.length + DOCX_VARIANTS.length} documents to ${dir.pathname}`);
