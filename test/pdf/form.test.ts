import { writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { fieldColumns, sectionFields } from '../../src/plan/model/field-entries';
import { examplePlan } from '../../src/plan/example/example-plan';
import { WRITTEN_SECTION_IDS } from '../../src/plan/model/schema';
import { stepOfTotal } from '../../src/plan/messages';
import { STEPS } from '../../src/plan/model/steps';
import { notFilled } from '../../src/document/messages';
import { emptyPlan, firstMissingInOrder, misplaced, readPdf, render, squash, textBoxes } from './fixtures';

describe('the blank form (printable worksheets)', () => {
  const result = render(emptyPlan(), { form: true });
  const read = readPdf(result.bytes);
  if (process.env['FORM_PDF']) writeFileSync(process.env['FORM_PDF'], result.bytes);

  it('holds the label and the hint of every field, in the order of the worksheets', async () => {
    const { text } = await read;
    const fields = WRITTEN_SECTION_IDS.flatMap((section) => sectionFields(section));
    for (const { section, key, info } of fields) {
      expect(squash(text), `${section}.${key}`).toContain(squash(info.label));
      expect(squash(text), `${section}.${key} (hint)`).toContain(squash(info.hint));
    }
    // The steps in order, each with its fields in order.
    const inOrder = STEPS.flatMap((s) => [stepOfTotal(s.number, STEPS.length), ...sectionFields(s.id).map((f) => f.info.label)]);
    expect(firstMissingInOrder(text, inOrder)).toBeNull();
  });

  it('names every column of every table, so there is room to write per column', async () => {
    const { text } = await read;
    for (const section of WRITTEN_SECTION_IDS) {
      for (const entry of sectionFields(section).filter((f) => f.info.kind === 'table')) {
        for (const column of fieldColumns(entry)) expect(squash(text), `${section}.${entry.key}.${column.key}`).toContain(squash(column.info.label));
      }
    }
  });

  it('is a form, not a report of an empty plan', async () => {
    const { pages, info } = await read;
    const text = pages.join('\n');
    expect(text).not.toContain(notFilled);
    expect(text).not.toContain('nog niet ingevuld');
    expect(text).not.toContain('Open punten');
    expect(pages[0]).toContain('Werkbladen accountplan');
    expect(info['Title']).toBe('Werkbladen accountplan');
  });

  it("prints none of a plan's values", async () => {
    const plan = examplePlan();
    const { text } = await readPdf(render(plan, { form: true }).bytes);
    expect(squash(text)).not.toContain(squash(plan.envision.ambition.slice(0, 40)));
    expect(squash(text)).not.toContain(squash(plan.cover.account));
  });

  it('keeps all text inside the margins and clear of the footer', async () => {
    expect(misplaced(await textBoxes(result.bytes))).toEqual([]);
  });
});
