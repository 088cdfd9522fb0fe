import type { Plan } from '../model/schema';
import { fieldAnchor } from '../model/fields';
import { lessonPath, STEPS, type StepId } from '../model/steps';
import { ACTIE } from './actie';
import { ADAPT } from './adapt';
import { ALIGN } from './align';
import { DEVELOP } from './develop';
import { DISCOVER } from './discover';
import { ENVISION } from './envision';
import { INSPIRE } from './inspire';
import { KLANTPLAN } from './klantplan';
import { toStep, toWorkbook } from './messages';
import { SCHEDULE } from './schedule';
import type { CheckField, CheckResult, ChecklistItem, Finding, Problem, ProgramCheck, SelfCheck, StepItem } from './types';

export type { CheckField, CheckResult, ChecklistItem, Problem, ProgramCheck, SelfCheck } from './types';

/**
 * The checklists of the lessons, as data: one module per step (`./<step id>.ts`), like the words
 * of the fields in `src/plan/meaning/`. Every item is either a check the program runs (it has
 * `run`) or a self-check: judgement no program can make, which the reader does ("zelf nagaan").
 * The lessons render their checklist from this list, the workbook and the PDF run it, so what a
 * lesson asks and what the workbook checks cannot drift apart. This module puts them together and
 * reports; what a check says is in messages.ts.
 */
const BY_STEP: Readonly<Record<StepId, readonly StepItem[]>> = {
  envision: ENVISION,
  schedule: SCHEDULE,
  discover: DISCOVER,
  klantplan: KLANTPLAN,
  align: ALIGN,
  develop: DEVELOP,
  adapt: ADAPT,
  inspire: INSPIRE,
  actie: ACTIE,
};

export const isProgramCheck = (item: ChecklistItem): item is ProgramCheck => 'run' in item;

const STEP_BY_ID = new Map(STEPS.map((s) => [s.id, s] as const));

/** The step of an id (every StepId has one). */
export function stepOf(id: StepId) {
  return STEP_BY_ID.get(id)!;
}

/** The section of a field: a step's id, or `cover`. */
const sectionOf = (field: CheckField) => field.slice(0, field.indexOf('.')) as StepId | 'cover';

/**
 * Where to fix a field: its worksheet on the lesson page, or the workbook for the cover (where
 * the management summary is written).
 */
export function fieldHref(field: CheckField): string {
  const section = sectionOf(field);
  const page = section === 'cover' ? '/werkboek/' : lessonPath(stepOf(section));
  return `${page}#${fieldAnchor(field.slice(field.indexOf('.') + 1))}`;
}

/** The text of the link to a field: "Naar stap 6", or "Naar het werkboek" for the cover. */
export function fieldLinkText(field: CheckField): string {
  const section = sectionOf(field);
  return section === 'cover' ? toWorkbook : toStep(stepOf(section).number);
}

/** A finding of a step's check as a problem of that step, with its link. */
const toProblem = (step: StepId, f: Finding): Problem => ({ ...f, step, href: fieldHref(f.field), linkText: fieldLinkText(f.field) });

/** Where a lesson's checklist links a program check to: its field, on the worksheet or in the workbook. */
export function checklistHref(item: ProgramCheck): string {
  return fieldHref(item.field);
}

/** Every checklist item of every lesson, in step order and in the order the lesson lists them. */
export const CHECKLIST: readonly ChecklistItem[] = STEPS.flatMap((s) =>
  BY_STEP[s.id].map((item): ChecklistItem =>
    'run' in item ? { ...item, step: s.id, run: (plan: Plan) => item.run(plan).map((f) => toProblem(s.id, f)) } : { ...item, step: s.id },
  ),
);

/** The checklist of one lesson. */
export function checklist(step: StepId): ChecklistItem[] {
  return CHECKLIST.filter((item) => item.step === step);
}

/** The items the program checks, in workbook order. */
export const CHECKS: readonly ProgramCheck[] = CHECKLIST.filter(isProgramCheck);

/** Every self-check of every lesson, in step order. */
export const SELF_CHECKS: readonly SelfCheck[] = CHECKLIST.filter((i): i is SelfCheck => !isProgramCheck(i));

/** Runs every check on a plan. */
export function runChecks(plan: Plan): CheckResult[] {
  return CHECKS.map((check) => {
    const problems = check.run(plan);
    return { id: check.id, step: check.step, title: check.text, ok: problems.length === 0, problems };
  });
}

export interface StepCheckReport {
  step: StepId;
  checks: CheckResult[];
  /** How many checks of this step fail. */
  open: number;
  /** Self-checks of this step: always listed, the reader judges them. */
  selfChecks: SelfCheck[];
}

/** The checks and self-checks of every step: the workbook's "Controles" and the PDF's "Open punten". */
export function checkReport(plan: Plan): StepCheckReport[] {
  const results = runChecks(plan);
  return STEPS.map((s) => {
    const checks = results.filter((r) => r.step === s.id);
    return { step: s.id, checks, open: checks.filter((c) => !c.ok).length, selfChecks: SELF_CHECKS.filter((i) => i.step === s.id) };
  });
}

/** All problems of all checks. */
export function openPoints(plan: Plan): Problem[] {
  return runChecks(plan).flatMap((c) => c.problems);
}

/** What the PDF's "Open punten" lists: the problem of every failing check, and every self-check. */
export function pdfOpenPoints(plan: Plan) {
  return {
    openPoints: openPoints(plan).map((p) => ({ message: p.message, step: p.step })),
    selfChecks: SELF_CHECKS.map((c) => ({ text: c.text, step: c.step })),
  };
}
