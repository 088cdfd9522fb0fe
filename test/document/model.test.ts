import { describe, expect, it } from 'vitest';
import { buildDocument, type DocumentOptions } from '../../src/document/build';
import { FIGURE_KINDS, type Block, type PlanDocument } from '../../src/document/types';
import { EXAM_APPENDICES, EXAM_CHAPTERS } from '../../src/plan/exam/exam';
import type { FieldPath } from '../../src/plan/model/paths';
import { PLAN_STRUCTURE, WRITTEN_SECTION_IDS, type Plan } from '../../src/plan/model/schema';
import { STEPS } from '../../src/plan/model/steps';
import { emptyPlan, filledPlan, TODAY } from '../pdf/fixtures';

const build = (plan: Plan, options: Partial<DocumentOptions> = {}) => buildDocument(plan, { emptyFields: 'hide', today: TODAY, ...options });

/** Every block of a list, the blocks under headings included. */
const allBlocks = (blocks: readonly Block[]): Block[] => blocks.flatMap((b) => [b, ...(b.kind === 'titled' ? allBlocks(b.body) : [])]);

/** The fields a document shows, by the blocks that show them. */
function shownFields(document: PlanDocument): Set<FieldPath> {
  const blocks = [...allBlocks(document.titlePage.fields), ...document.chapters.flatMap((c) => allBlocks(c.body))];
  const paths = [
    ...(document.title.fields ?? []),
    ...document.titlePage.lines.flatMap((l) => l.fields ?? []),
    ...blocks.flatMap((b) =>
      b.kind === 'titled' || b.kind === 'paragraph' || b.kind === 'table' ? (b.fields ?? []) : b.kind === 'pairs' ? b.items.flatMap((i) => i.fields ?? []) : [],
    ),
  ];
  return new Set(paths);
}

// The sections of the written plan (the presentation's notes are not part of it).
const EVERY_FIELD = WRITTEN_SECTION_IDS.flatMap((section) => Object.keys(PLAN_STRUCTURE[section]).map((key) => `${section}.${key}` as FieldPath));

describe('the document model', () => {
  describe.each<[string, () => Plan, Partial<DocumentOptions>]>([
    ['a plan with every field filled, in the order of the steps', () => filledPlan(), {}],
    ['a plan with every field filled, in exam order', () => filledPlan(), { order: 'exam' }],
    ['an empty plan with empty fields shown, in the order of the steps', emptyPlan, { emptyFields: 'show' }],
    ['an empty plan with empty fields shown, in exam order', emptyPlan, { order: 'exam', emptyFields: 'show' }],
    ['the blank form', emptyPlan, { form: true }],
  ])('of %s', (_name, plan, options) => {
    it('shows every field of PLAN_STRUCTURE: a field added to a section reaches both documents without a change to either renderer', () => {
      const shown = shownFields(build(plan(), options));
      // The blank form asks for the cover's title too, under its label; the plan's title page shows the title itself.
      expect(EVERY_FIELD.filter((path) => !shown.has(path))).toEqual([]);
    });
  });

  it('names no field twice in a plan with every field filled, in either order', () => {
    for (const order of ['steps', 'exam'] as const) {
      const document = build(filledPlan(), { order });
      const blocks = document.chapters.flatMap((c) => allBlocks(c.body));
      const titled = blocks.flatMap((b) => (b.kind === 'titled' ? (b.fields ?? []) : []));
      expect(titled.length, order).toBe(new Set(titled).size);
    }
  });

  it('holds the chapters of the order asked for, each once, and bookmarks them in one line', () => {
    const steps = build(filledPlan(), { openPoints: [] });
    expect(steps.chapters.map((c) => c.outline)).toEqual(['Managementsamenvatting', ...STEPS.map((s) => `${s.number}. ${s.name}`), 'Open punten', 'Bronnen']);
    const exam = build(filledPlan(), { order: 'exam', openPoints: [] });
    expect(exam.chapters.map((c) => c.outline)).toEqual([
      ...EXAM_CHAPTERS.map((c, i) => `${i + 1}. ${c.title}`),
      ...EXAM_APPENDICES.map((a) => `Bijlage ${a.letter} · ${a.title}`),
    ]);
    expect(exam.chapters.map((c) => c.count)).toEqual([...EXAM_CHAPTERS.map(() => 'body'), ...EXAM_APPENDICES.map(() => 'appendix')]);
    // The appendices after the first run on under the one before.
    expect(exam.chapters.filter((c) => c.runOn).length).toBe(EXAM_APPENDICES.length - 1);
  });

  it('gives the exam chapters their writing prompts only when asked (the Word document)', () => {
    expect(build(filledPlan(), { order: 'exam' }).chapters.some((c) => c.prompt)).toBe(false);
    const prompted = build(filledPlan(), { order: 'exam', prompts: true }).chapters;
    expect(prompted.slice(0, EXAM_CHAPTERS.length).map((c) => c.prompt)).toEqual(EXAM_CHAPTERS.map((c) => c.write));
  });

  it('says of a chapter that holds nothing that it is still empty, and of none that holds something', () => {
    const empty = build(emptyPlan(), { order: 'exam' });
    for (const chapter of empty.chapters) expect(chapter.body.at(-1), chapter.title).toMatchObject({ kind: 'paragraph', tone: 'muted' });
    const full = build(filledPlan(), { order: 'exam' });
    for (const chapter of full.chapters)
      expect(
        chapter.body.some((b) => b.kind === 'paragraph' && b.tone === 'muted' && /nog niet ingevuld/.test(b.text)),
        chapter.title,
      ).toBe(false);
  });

  it("marks where the reader's text is, so each renderer can clean and count it once", () => {
    const plan = emptyPlan();
    plan.envision.ambition = 'Eigen tekst';
    plan.cover.title = 'Titel';
    const document = build(plan);
    expect(document.title).toMatchObject({ text: 'Titel', source: 'typed' });
    const ambition = document.chapters.flatMap((c) => allBlocks(c.body)).find((b) => b.kind === 'paragraph' && b.text === 'Eigen tekst');
    expect(ambition).toMatchObject({ source: 'typed' });
    // A title made from the account repeats the account: not counted again.
    const fromAccount = emptyPlan();
    fromAccount.cover.account = 'Lindenhof';
    expect(build(fromAccount).title).toMatchObject({ text: 'Accountplan Lindenhof', source: 'quoted' });
  });

  it('puts the finance chart in as a figure of a known kind, with its shapes and its data', () => {
    const figures = build(filledPlan(), { order: 'exam' })
      .chapters.flatMap((c) => allBlocks(c.body))
      .flatMap((b) => (b.kind === 'figure' ? [b.figure] : []));
    const years = figures.find((f) => f.figure === 'financeYears');
    expect(years?.figure === 'financeYears' && years.shapes.rects.length).toBeGreaterThan(0);
    expect(years!.description).toMatch(/^Omzet en brutomarge per jaar\./);
    for (const figure of figures) expect(FIGURE_KINDS).toContain(figure.figure);
  });

  it("leaves the plan's values, open points and feedback out of the blank form", () => {
    const plan = filledPlan();
    const form = build(plan, { form: true, order: 'exam', openPoints: [{ message: 'Iets', step: null }] });
    expect(form.order).toBe('steps');
    expect(form.chapters.map((c) => c.title)).not.toContain('Open punten');
    const texts = JSON.stringify(form);
    expect(texts).not.toContain(plan.envision.ambition.slice(0, 30));
  });
});
