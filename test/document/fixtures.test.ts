import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { renderPlanDocx } from '../../src/docx/render-docx';
import { renderPlanPdf } from '../../src/pdf/render';
import { TODAY } from '../pdf/fixtures';
import { DOCX_VARIANTS, docxAsText, FIXTURES, PDF_RENDER_DEFAULTS, PDF_VARIANTS, pdfAsText } from './variants';

/**
 * The PDF and the Word document of every variant read back the same as the committed fixtures
 * (test/document/fixtures/current/). A change on purpose: write them again
 * (`npx tsx test/document/write-fixtures.ts`), read the diff, and say why in fixtures/README.md.
 */
const expected = (file: string) => readFileSync(new URL(`current/${file}`, FIXTURES), 'utf8');

/** The first lines that differ, with a little context, instead of two whole documents. */
function firstDifference(actual: string, wanted: string): string | null {
  if (actual === wanted) return null;
  const a = actual.split('\n');
  const b = wanted.split('\n');
  const at = a.findIndex((line, i) => line !== b[i]);
  const line = at < 0 ? b.length : at;
  const show = (lines: string[]) =>
    lines
      .slice(Math.max(0, line - 2), line + 3)
      .map((l) => l.slice(0, 300))
      .join('\n');
  return `line ${line + 1}\n--- expected\n${show(b)}\n+++ actual\n${show(a)}`;
}

describe('the PDF of every variant', { timeout: 60_000 }, () => {
  it.each(PDF_VARIANTS.map((v) => [v.name, v] as const))('%s reads as the fixture', async (name, v) => {
    const result = renderPlanPdf(v.plan(), { ...PDF_RENDER_DEFAULTS, ...v.options });
    expect(firstDifference(await pdfAsText(result.bytes, result.replacedCharacters), expected(`${name}.pdf.txt`))).toBeNull();
  });
});

describe('the Word document of every variant', { timeout: 60_000 }, () => {
  it.each(DOCX_VARIANTS.map((v) => [v.name, v] as const))('%s reads as the fixture', async (name, v) => {
    const result = await renderPlanDocx(v.plan(), { today: TODAY });
    expect(firstDifference(docxAsText(result.bytes, result.replacedCharacters), expected(`${name}.docx.xml`))).toBeNull();
  });
});
