import { fieldAnchor } from '../plan/model/fields';
import type { Plan, SectionId } from '../plan/model/schema';
import { lessonPath, STEPS } from '../plan/model/steps';
import { oneLine } from './clean';
import { inStep, inWorkbook, theCustomer } from './messages/places';
import type { Missing } from './model';

/**
 * What building slides and questions needs besides the plan: the field words (made at build time
 * by labels.ts and passed in), and what is said about empty fields.
 */
export interface DeckLabels {
  /** The label of every field, by section and key. */
  fields: Record<string, Record<string, string>>;
  /** The short label of every choice the deck names, by `section.key`: the words before its explanation in brackets. */
  options: Record<string, Record<string, string>>;
  /** The names of the matrix's quadrants by their letters ("S:K": "Groeien"; src/plan/method/swot.ts). */
  quadrants: Record<string, string>;
}

/** The word for a choice: its short label, else the stored code. */
export function optionWord(labels: DeckLabels, section: string, key: string, code: string): string {
  return labels.options[`${section}.${key}`]?.[code] ?? code;
}

/**
 * Where to fill in a field: its anchor on the step's worksheet (the same anchors the workbook's
 * checks link to), the workbook for the cover. The presentation section has no worksheet.
 */
export function fieldLink(section: SectionId, key: string): { href: string; where: string } {
  const step = STEPS.find((s) => s.id === section);
  if (step) return { href: `${lessonPath(step)}#${fieldAnchor(key)}`, where: inStep(step.number) };
  return { href: `/werkboek/#${fieldAnchor(key)}`, where: inWorkbook };
}

/** An empty field, as a slide or question names it. */
export function missingField(labels: DeckLabels, section: SectionId, key: string): Missing {
  return { section, key, label: labels.fields[section]?.[key] ?? key, ...fieldLink(section, key) };
}

/** The customer's name as the slides write it. */
export function accountName(plan: Plan): string {
  return oneLine(plan.cover.account) || theCustomer;
}
