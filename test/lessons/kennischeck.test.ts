import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { KENNISCHECK } from '../../src/lessons/kennischeck';
import { CASE } from '../../src/lessons/kennischeck/case';
import { RETIRED_QUESTION_IDS } from '../../src/lessons/kennischeck/retired';
import { STEPS } from '../../src/plan/model/steps';

/** The learning goals of a lesson: its frontmatter `goals`, read with the `yaml` package (as Astro reads it). */
function lessonGoals(slug: string): string[] {
  const source = readFileSync(join(process.cwd(), 'content', 'stappen', `${slug}.mdx`), 'utf8');
  const match = /^---\n([\s\S]*?)\n---\n/.exec(source);
  if (!match) throw new Error(`${slug}.mdx has no frontmatter`);
  const goals = (parseYaml(match[1]!) as { goals?: unknown }).goals;
  if (!Array.isArray(goals) || !goals.every((g) => typeof g === 'string')) throw new Error(`${slug}.mdx has no list of goals`);
  return goals;
}

/**
 * The knowledge checks that teach (issue 16): per lesson four to six multiple-choice questions,
 * at least half of them applying the step to a small new situation, and for every option an
 * explanation of why it is right or wrong.
 */
describe.each(STEPS.map((s) => [s.slug, s.id] as const))('the knowledge check of %s', (slug, id) => {
  const questions = KENNISCHECK[id];

  it('has four to six questions, with ids that stay unique', () => {
    expect(questions.length).toBeGreaterThanOrEqual(4);
    expect(questions.length).toBeLessThanOrEqual(6);
    const ids = questions.map((q) => q.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const qid of ids) expect(qid).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
  });

  // Answers are stored by question id: an id that once meant another question is never used again.
  it('uses no id of a removed or changed question', () => {
    const retired = new Set(RETIRED_QUESTION_IDS[id]);
    expect(questions.map((q) => q.id).filter((qid) => retired.has(qid))).toEqual([]);
  });

  // Issue 22 §3: one question per lesson asks for a judgement or a sum on the running case.
  it('has a question on the running case, in a situation that names the case', () => {
    const onCase = questions.filter((q) => q.fromCase);
    expect(onCase.length).toBeGreaterThanOrEqual(1);
    for (const q of onCase) expect(`${q.situation ?? ''} ${q.question}`, q.id).toMatch(new RegExp(`${CASE.author}|${CASE.account}|${CASE.supplier}`));
  });

  it('applies the step to a new situation in at least half of its questions', () => {
    const applied = questions.filter((q) => q.situation?.trim());
    expect(applied.length * 2).toBeGreaterThanOrEqual(questions.length);
    for (const q of applied) expect(q.situation!.length, q.id).toBeGreaterThan(40);
  });

  it.each(questions.map((q) => [q.id, q] as const))('%s is a question with three or four options, exactly one of them right', (_id, q) => {
    expect(q.question.trim().endsWith('?')).toBe(true);
    expect(q.options.length).toBeGreaterThanOrEqual(3);
    expect(q.options.length).toBeLessThanOrEqual(4);
    expect(q.options.filter((o) => o.correct)).toHaveLength(1);
    expect(new Set(q.options.map((o) => o.text)).size).toBe(q.options.length);
  });

  it.each(questions.map((q) => [q.id, q] as const))('%s explains for every option why it is right or wrong', (_id, q) => {
    for (const option of q.options) {
      expect(option.feedback.length, option.text).toBeGreaterThanOrEqual(40);
      // The page says "Goed." or "Niet goed." itself.
      expect(option.feedback, option.text).not.toMatch(/^(goed|niet goed|juist|fout|onjuist)\b/i);
      expect(option.feedback.trim(), option.text).toMatch(/[.?!]$/);
    }
  });

  it('does not always hide the right answer at the same place', () => {
    const places = new Set(questions.map((q) => q.options.findIndex((o) => o.correct)));
    expect(places.size).toBeGreaterThan(1);
  });

  // A goal added to "Wat je leert" once went without a question (review, lessons 1, 3, 6 and 9):
  // every question names the goal it practises, and every goal has one.
  it.each(questions.map((q) => [q.id, q] as const))("%s practises one of the lesson's learning goals", (_id, q) => {
    const goals = lessonGoals(slug);
    expect(Number.isInteger(q.goal), `goal ${q.goal}`).toBe(true);
    expect(q.goal).toBeGreaterThanOrEqual(1);
    expect(q.goal).toBeLessThanOrEqual(goals.length);
  });

  it('practises every learning goal of the lesson with at least one question', () => {
    const goals = lessonGoals(slug);
    const unpractised = goals.filter((_goal, i) => !questions.some((q) => q.goal === i + 1));
    expect(unpractised).toEqual([]);
  });
});
