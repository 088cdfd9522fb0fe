import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { renderPlanDocx } from '../../src/docx/render-docx';
import { EXAM_CHAPTERS } from '../../src/plan/exam/exam';
import { MEANING } from '../../src/plan/meaning';
import { PLAN_STRUCTURE } from '../../src/plan/model/schema';
import { docxAsText } from './variants';
import { emptyPlan, readPdf, render, squash, TODAY } from '../pdf/fixtures';

/**
 * A field added to a section reaches the PDF and the Word document without a change to either
 * renderer: this test adds two fields the way README's "Add a field" does (the schema, its words,
 * its place in the exam order), and only that, then reads both documents.
 */
const added = { lessons: { kind: 'longText' }, lessonCount: { kind: 'number' } } as const;
const words = {
  lessons: { label: 'Geleerde lessen uit de test', hint: 'Wat je leerde.' },
  lessonCount: { label: 'Aantal lessen uit de test', hint: 'Hoeveel.' },
};
const part = EXAM_CHAPTERS.find((c) => c.id === 'evaluatie')!.parts.find((p) => p.section === 'adapt')!;
const structure = PLAN_STRUCTURE.adapt as unknown as Record<string, unknown>;
const meaning = MEANING.adapt.fields as unknown as Record<string, unknown>;
const fields = part.fields as string[];

beforeAll(() => {
  Object.assign(structure, added);
  Object.assign(meaning, words);
  fields.push(...Object.keys(added));
});

afterAll(() => {
  for (const key of Object.keys(added)) {
    delete structure[key];
    delete meaning[key];
  }
  fields.splice(fields.length - Object.keys(added).length);
});

function planWithNewFields() {
  const plan = emptyPlan();
  Object.assign(plan.adapt, { lessons: 'Een tekst die in elk document moet staan.', lessonCount: 1234 });
  return plan;
}

describe('a field added to a section', () => {
  it.each([['the order of the steps', 'steps'] as const, ['exam order', 'exam'] as const])('is in the PDF in %s, under its label', async (_name, order) => {
    const { text } = await readPdf(render(planWithNewFields(), { order }).bytes);
    for (const shown of ['Geleerde lessen uit de test', 'Een tekst die in elk document moet staan.', 'Aantal lessen uit de test', '1.234'])
      expect(squash(text)).toContain(squash(shown));
  });

  it('is in the Word document, under its label', async () => {
    const result = await renderPlanDocx(planWithNewFields(), { today: TODAY });
    const xml = docxAsText(result.bytes, 0);
    for (const shown of ['Geleerde lessen uit de test', 'Een tekst die in elk document moet staan.', 'Aantal lessen uit de test: ', '1.234'])
      expect(xml).toContain(shown);
  });
});
