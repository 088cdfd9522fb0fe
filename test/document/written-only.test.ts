import { existsSync, readFileSync } from 'node:fs';
import { dirname, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildDocument } from '../../src/document/build';
import { renderPlanDocx } from '../../src/docx/render-docx';
import { presentatieMeaning } from '../../src/plan/meaning/presentatie';
import { examplePlan } from '../../src/plan/example/example-plan';
import { feedbackForDocument } from '../../src/document/feedback-input';
import { FEEDBACK } from './variants';
import { readPdf, render, TODAY } from '../pdf/fixtures';

/**
 * The documents are the written plan: the cover and the steps (WRITTEN_SECTION_IDS). The
 * presentation's section (`presentatie`: the slides' notes, the interview answers) is no part of
 * it: the documents neither load its words nor print its fields.
 */

const ROOT = resolve(__dirname, '../..');

/**
 * The modules `entry` reaches through imports that load code (static and dynamic; `import type`
 * loads nothing), with who imports each. The stores are the page's own state, there before any
 * click (the feedback appendix reads the feedback from them): the walk does not go into them.
 */
function reach(entry: string): Map<string, string | null> {
  const seen = new Map<string, string | null>();
  const visit = (file: string, by: string | null) => {
    if (seen.has(file)) return;
    seen.set(file, by);
    const source = readFileSync(file, 'utf8');
    const specifiers = [
      ...source.matchAll(/^\s*(?:import|export)\s+(?!type\b)[^'";]*?\bfrom\s+'([^']+)'/gm),
      ...source.matchAll(/^\s*import\s+'([^']+)'/gm),
      ...source.matchAll(/\bimport\(\s*'([^']+)'\s*\)/g),
    ].map((m) => m[1]!);
    for (const specifier of specifiers) {
      if (!specifier.startsWith('.')) continue;
      const base = resolve(dirname(file), specifier.replace(/\?.*$/, ''));
      const found = [`${base}.ts`, `${base}.tsx`, `${base}/index.ts`].find((f) => existsSync(f));
      if (found && !found.includes('/src/stores/')) visit(found, file);
    }
  };
  visit(resolve(ROOT, entry), null);
  return seen;
}

const chain = (seen: Map<string, string | null>, file: string) => {
  const out = [file];
  for (let by = seen.get(file); by; by = seen.get(by)) out.push(by);
  return out.map((f) => relative(ROOT, f)).join(' ← ');
};

describe('the documents of the written plan', () => {
  it.each(['src/pdf/download.ts', 'src/docx/download-docx.ts'])('load no words of the presentation on a click (%s)', (entry) => {
    const seen = reach(entry);
    // The renderer is reached (the walk follows the click's import()), the words of every section are not.
    expect([...seen.keys()].some((f) => /src\/document\/build\.ts$/.test(f))).toBe(true);
    const words = [...seen.keys()].filter((f) => /src\/plan\/meaning\/(index|presentatie)\.ts$/.test(f));
    expect(words.map((f) => chain(seen, f))).toEqual([]);
  });

  it("print none of the presentation's fields, in either order, in the PDF and in Word", async () => {
    const plan = examplePlan();
    plan.presentatie.slides = [{ id: 'S1', title: 'Dia-titel-die-nergens-anders-staat', notes: 'Sprekersnotitie-die-nergens-anders-staat', off: false }];
    plan.presentatie.answers = [{ id: 'V1', notes: 'Interviewantwoord-dat-nergens-anders-staat', score: 4 }];
    const words = [presentatieMeaning.fields.slides.label, presentatieMeaning.fields.answers.label, presentatieMeaning.fields.minutes.label];
    for (const order of ['steps', 'exam'] as const) {
      const text = JSON.stringify(buildDocument(plan, { emptyFields: 'show', order, today: TODAY }));
      for (const typed of ['Dia-titel', 'Sprekersnotitie', 'Interviewantwoord', ...words]) expect(text, `${order}: ${typed}`).not.toContain(typed);
      const { text: pdf } = await readPdf(render(plan, { order, emptyFields: 'show' }).bytes);
      for (const typed of ['Dia-titel', 'Sprekersnotitie', 'Interviewantwoord']) expect(pdf).not.toContain(typed);
    }
    const docx = new TextDecoder().decode((await renderPlanDocx(plan, { today: TODAY, emptyFields: 'show' })).bytes);
    expect(docx).not.toContain('Sprekersnotitie');
  });

  it("keep a trainer's comment on the presentation, named as such, without the presentation's words", () => {
    const feedback = {
      ...FEEDBACK,
      comments: [...FEEDBACK.comments, { id: 'presentatie.slides', section: 'presentatie' as const, field: 'slides', text: 'Oefen de opening hardop.' }],
    };
    const document = buildDocument(examplePlan(), { emptyFields: 'hide', today: TODAY, feedback: feedbackForDocument([{ feedback, done: [] }]) });
    const appendix = JSON.stringify(document.chapters.at(-1));
    expect(appendix).toContain('Oefen de opening hardop.');
    expect(appendix).toContain('Presentatie en interview');
    expect(appendix).not.toContain(presentatieMeaning.fields.slides.label);
  });
});
