import type { Plan, SectionId } from '../model/schema';
import type { StepId } from '../model/steps';

/**
 * A field of the plan as `section.key` ("develop.budget", "cover.summary"): where a checklist item
 * links to and where a problem is fixed. A plain string, so the precise field-path type of
 * src/plan/model/ replaces this alias in one line.
 */
export type CheckField = `${SectionId}.${string}`;

/** What a step's check finds: the field to fix and what is wrong there. */
export interface Finding {
  field: CheckField;
  message: string;
}

/** One thing that still needs work, with a link to the field where to fix it. */
export interface Problem extends Finding {
  /** The step whose checklist holds the check (the cover's summary counts as step 9's). */
  step: StepId;
  /** Derived from `field`: the field's anchor on its worksheet, or in the workbook for the cover. */
  href: string;
  /** The text of the link to the field: "Naar stap 6" or "Naar het werkboek". */
  linkText: string;
}

interface ItemBase {
  /** Stable id (used by the workbook's markup and by tests). */
  id: string;
  /** The lesson whose checklist holds the item. */
  step: StepId;
  /** The checklist sentence, in Dutch, as the lesson and the workbook show it. */
  text: string;
}

/** A checklist item the program checks; `field` is what the lesson's checklist links to. */
export interface ProgramCheck extends ItemBase {
  field: CheckField;
  run: (plan: Plan) => Problem[];
}

/** A checklist item only the reader can judge. */
export interface SelfCheck extends ItemBase {
  self: true;
}

export type ChecklistItem = ProgramCheck | SelfCheck;

export interface CheckResult {
  id: string;
  step: StepId;
  /** What must be true, as a Dutch sentence. */
  title: string;
  ok: boolean;
  problems: Problem[];
}

/** A program check as a step's module declares it: its step comes from the module, its problems are findings. */
export interface StepCheck {
  id: string;
  field: CheckField;
  text: string;
  run: (plan: Plan) => Finding[];
}

/** A self-check as a step's module declares it. */
export interface StepSelfCheck {
  id: string;
  text: string;
  self: true;
}

/** One item of a step's checklist, in the order the lesson lists them. */
export type StepItem = StepCheck | StepSelfCheck;
