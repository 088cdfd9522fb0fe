import { KEY_QUESTION_SCORES, matrixAxes, swotCodes, type MatrixScore, type SwotItem } from '../plan/method/swot';
import { revenueBridge } from '../plan/finance/bridge';
import { QUANTITATIVE_TYPES, type Plan } from '../plan/model/schema';
import { oneLine } from './clean';

/**
 * What a presentation picks from a plan: the strongest combination of the analysis, the most
 * important objectives, the open decisions, the main risks. Pure rules, each stated here once, so
 * the slides and the interview questions agree.
 */

const filled = (s: string | undefined | null): s is string => typeof s === 'string' && oneLine(s) !== '';
const has = (n: number | null | undefined): n is number => typeof n === 'number' && Number.isFinite(n);

/** The strongest cell of the confrontation matrix and the key question it leads to. */
export interface StrongestCell {
  row: SwotItem;
  column: SwotItem;
  score: MatrixScore;
  /** The quadrant by its letters: "S:K", "Z:B". */
  quadrant: string;
  /** The key question that points at this cell ('' when none does). */
  question: string;
  questionId: string;
}

/**
 * The cell a key question points at that most SMART objectives follow from (through that key
 * question); on a tie the first key question. Without key questions on a cell: the first cell
 * scored ++ or --, in matrix order. Null when no cell is scored ++ or --.
 */
export function strongestCell(plan: Plan): StrongestCell | null {
  const codes = swotCodes(plan);
  const matrix = plan.klantplan.matrix;
  const cellOf = (key: string) => {
    const [rowId = '', columnId = ''] = key.split(':');
    const row = codes.get(rowId);
    const column = codes.get(columnId);
    const score = matrix[key];
    if (!row || !column || !score || !KEY_QUESTION_SCORES.includes(score)) return null;
    return { row, column, score, quadrant: `${row.code[0]}:${column.code[0]}` };
  };
  const following = (id: string) => plan.develop.objectives.filter((o) => o.question === id).length;
  let best: StrongestCell | null = null;
  let bestCount = -1;
  for (const q of plan.klantplan.keyQuestions) {
    const cell = filled(q.question) ? cellOf(q.cell) : null;
    if (!cell) continue;
    const count = following(q.id);
    if (count > bestCount) {
      best = { ...cell, question: oneLine(q.question), questionId: q.id };
      bestCount = count;
    }
  }
  if (best) return best;
  const { rows, columns } = matrixAxes(plan);
  for (const r of rows) {
    for (const c of columns) {
      const cell = cellOf(`${r.id}:${c.id}`);
      if (cell) return { ...cell, question: '', questionId: '' };
    }
  }
  return null;
}

type Objective = Plan['develop']['objectives'][number];

/** Objective types that are about our own revenue, margin or share: internal. */
export const isInternalObjective = (o: Pick<Objective, 'type'>) => o.type !== '' && QUANTITATIVE_TYPES.includes(o.type) && o.type !== 'kwantitatief';

/**
 * The most important objectives: the first ones in the student's own order of step 6 (the worksheet
 * can move a row up), those with a text; for the customer without revenue, margin and share.
 */
export function mainObjectives(plan: Plan, forCustomer: boolean, count = 3): Objective[] {
  return plan.develop.objectives.filter((o) => filled(o.objective) && !(forCustomer && isInternalObjective(o))).slice(0, count);
}

type Action = Plan['actie']['actions'][number];

/** The actions that still count (not "vervallen"), by due date; actions without a date last, in their order. */
export function plannedActions(plan: Plan): Action[] {
  const rows = plan.actie.actions.filter((a) => filled(a.action) && a.status !== 'vervallen');
  return rows
    .map((a, i) => ({ a, i }))
    .sort((x, y) => (x.a.due || '9999').localeCompare(y.a.due || '9999') || x.i - y.i)
    .map((x) => x.a);
}

/** The first action that is not done yet, in date order. */
export function nextAction(plan: Plan): Action | null {
  return plannedActions(plan).find((a) => a.status !== 'klaar') ?? null;
}

type Opportunity = Plan['develop']['opportunities'][number];

/** Sales opportunities waiting for the customer's decision (explored, proposed, negotiating), by expected date. */
export function openDecisions(plan: Plan): Opportunity[] {
  return plan.develop.opportunities
    .filter((o) => filled(o.opportunity) && (o.status === 'verkend' || o.status === 'voorstel' || o.status === 'onderhandeling'))
    .map((o, i) => ({ o, i }))
    .sort((x, y) => (x.o.expected || '9999').localeCompare(y.o.expected || '9999') || x.i - y.i)
    .map((x) => x.o);
}

/**
 * The opportunity the plan year leans on most: the one whose loss costs the revenue bridge the most
 * (its largest contribution in the plan year). Without a bridge (no plan year yet), the open
 * opportunity with the largest weighted value (value × probability). Null when there is none.
 */
export function keyOpportunity(plan: Plan): Opportunity | null {
  const largest = revenueBridge(plan).sensitivity?.opportunity;
  const inBridge = largest ? plan.develop.opportunities.find((o) => o.id === largest.id) : undefined;
  return inBridge ?? weightiestOpportunity(plan);
}

/** The open opportunity with the largest weighted value (value × probability), or null. */
export function weightiestOpportunity(plan: Plan): Opportunity | null {
  const open = plan.develop.opportunities.filter((o) => filled(o.opportunity) && o.status !== 'gewonnen' && o.status !== 'verloren');
  let best: Opportunity | null = null;
  let weight = -1;
  for (const o of open) {
    const w = (has(o.value) ? o.value : 0) * (has(o.probability) ? o.probability : 0);
    if (w > weight) {
      best = o;
      weight = w;
    }
  }
  return best;
}

type Risk = Plan['adapt']['risks'][number];
const LEVEL = { hoog: 3, midden: 2, laag: 1, '': 0 } as const;

/** The risks with a text, the largest first: likelihood × impact (hoog 3, midden 2, laag 1); a tie keeps their order. */
export function mainRisks(plan: Plan, count = 3): Risk[] {
  return plan.adapt.risks
    .filter((r) => filled(r.risk))
    .map((r, i) => ({ r, i, size: LEVEL[r.likelihood] * LEVEL[r.impact] }))
    .sort((x, y) => y.size - x.size || x.i - y.i)
    .slice(0, count)
    .map((x) => x.r);
}

type Person = Plan['discover']['dmu'][number];

/** The first person of the DMU in this role (with a name), or null. */
export function dmuInRole(plan: Plan, role: Person['role']): Person | null {
  return plan.discover.dmu.find((p) => p.role === role && filled(p.name)) ?? null;
}

/** The person of the DMU with the latest contact (with a name), or null. */
export function lastContact(plan: Plan): Person | null {
  let best: Person | null = null;
  for (const p of plan.discover.dmu) if (filled(p.name) && (!best || p.lastContact > best.lastContact)) best = p;
  return best;
}

/** Texts of a list that hold something, cleaned to one line each. */
export function listTexts(items: ReadonlyArray<{ text: string }>): string[] {
  return items.map((i) => oneLine(i.text)).filter(Boolean);
}

export { filled, has };
