/**
 * Type tests (checked by `npm run check`, not run): links between parts of the code that name a
 * field, a table or a column do not compile when the name is misspelt. Each `@ts-expect-error`
 * fails the check if the line below it compiles, so each line proves a typo is caught.
 */
import type { ExamPart } from '../../src/plan/exam/exam';
import type { DerivedColumn, PrintKey } from '../../src/plan/model/derived-columns';
import type { ByPath, ColumnKey, FieldKey, FieldPath, PathColumn, RefTarget, UnknownReferences } from '../../src/plan/model/paths';
import type { PLAN_STRUCTURE } from '../../src/plan/model/schema';

// ---------- references (RefTarget: a reference()'s section, field and label column) ----------

export const reference: RefTarget = { section: 'envision', field: 'firstGoals', labelColumn: 'goal' };
export const matrixCell: RefTarget = { matrix: true };
// @ts-expect-error: 'gaol' is no column of envision.firstGoals
export const misspeltLabel: RefTarget = { section: 'envision', field: 'firstGoals', labelColumn: 'gaol' };
// @ts-expect-error: a date cannot name a row; the label column must hold text
export const dateAsLabel: RefTarget = { section: 'schedule', field: 'milestones', labelColumn: 'date' };
// @ts-expect-error: 'firstGoal' is no table of envision
export const misspeltTable: RefTarget = { section: 'envision', field: 'firstGoal', labelColumn: 'goal' };
// @ts-expect-error: 'ambition' is a text, not rows to point to
export const notATable: RefTarget = { section: 'envision', field: 'ambition', labelColumn: 'text' };
export const listItem: RefTarget = { section: 'envision', field: 'customerGoals', labelColumn: 'text' };

/** The check on PLAN_STRUCTURE itself (REFERENCES_RESOLVE in paths.ts) finds a misspelt label column in a structure. */
type Misspelt = {
  develop: { objectives: { kind: 'table'; columns: { goal: { kind: 'reference'; ref: { section: 'envision'; field: 'firstGoals'; labelColumn: 'gaol' } } } } };
};
export const misspeltIsFound: [UnknownReferences<Misspelt>] extends [never] ? false : true = true;
export const planResolves: [UnknownReferences<typeof PLAN_STRUCTURE>] extends [never] ? true : false = true;

// ---------- exam parts ----------

export const part: ExamPart = { section: 'discover', fields: ['dmu', 'sources'] };
// @ts-expect-error: 'dmuu' is no field of discover
export const misspeltPart: ExamPart = { section: 'discover', fields: ['dmuu'] };
// @ts-expect-error: 'ambition' is a field of envision, not of discover
export const fieldOfAnotherSection: ExamPart = { section: 'discover', fields: ['ambition'] };

// ---------- layout keys and field paths (document/layouts.ts, exam-pages.ts, checks) ----------

export const path: FieldPath = 'klantplan.strengths';
// @ts-expect-error: 'strenghts' is no field of klantplan
export const misspeltPath: FieldPath = 'klantplan.strenghts';
// @ts-expect-error: a path names its section first
export const noSection: FieldPath = 'strengths';
export const layouts: ByPath<number> = { 'develop.budget': 1 };
// @ts-expect-error: a layout for a field that does not exist
export const misspeltLayout: ByPath<number> = { 'develop.budgett': 1 };
export const key: FieldKey<'align'> = 'raci';
// @ts-expect-error: 'raci' is a field of align, not of develop
export const keyOfAnotherSection: FieldKey<'develop'> = 'raci';

// ---------- columns, typed against their table ----------

export const column: ColumnKey<'develop', 'objectives'> = 'kpi';
// @ts-expect-error: 'kpii' is no column of develop.objectives
export const misspeltColumn: ColumnKey<'develop', 'objectives'> = 'kpii';
// @ts-expect-error: 'hours' is a column of develop.budget, not of develop.objectives
export const columnOfAnotherTable: PathColumn<'develop.objectives'> = 'hours';
export const computed: PrintKey<'develop.budget'> = 'cost';
export const derived: DerivedColumn<PathColumn<'develop.budget'>> = {
  key: 'cost',
  after: 'otherCost',
  info: { kind: 'money', label: '', hint: '' },
  value: () => null,
};
export const derivedAfterTypo: DerivedColumn<PathColumn<'develop.budget'>> = {
  key: 'cost',
  // @ts-expect-error: a computed column placed after a column its table does not have
  after: 'otherCosts',
  info: { kind: 'money', label: '', hint: '' },
  value: () => null,
};
