import { formatDateNl } from '../values/dates';
import { displayValue } from '../values/display';
import { examplePlan } from './example-plan';
import { columnEntries, type FieldInfo } from '../model/fields';
import { cellValue, printColumns } from '../model/derived-columns';
import { sectionFields } from '../model/field-entries';
import { meaningOf } from '../meaning';
import { formatEuro, formatNumber, formatPercent, parseNumber } from '../values/format';
import { reviewDates } from '../method/reviews';
import { SECTION_IDS, type Plan, type SectionId } from '../model/schema';
import { budgetTotals, grossMargin, lineCost, pipelineTotals, quarterTotals } from '../finance/totals';
import { BRIDGE_TOLERANCE, budgetPayback, revenueBridge } from '../finance/bridge';

/**
 * The running case as the lessons quote it. Every name and figure a lesson's example uses comes
 * from the example plan through these functions, formatted exactly as the worksheet and the PDF
 * format it, so the story cannot drift from the plan (a test checks the lessons use nothing else).
 *
 * In MDX: `{ex('develop.budget.bu1.cost')}` → "€ 4.500", `{fig('bridgeExpected')}` → the revenue the plan can expect.
 */

let cached: Plan | undefined;
const plan = () => (cached ??= examplePlan());

/** The action of step 9 whose resources pay for each budget line (the line's cost is in the plan: hours × rate + other costs). */
export const EXAMPLE_BUDGET_ACTIONS: Record<string, string> = { bu1: 'a2', bu2: 'a4', bu3: 'a6', bu4: 'a5', bu5: 'a8' };

/** Moments in the story that must come after others: `later` waits for `earlier` (both paths to dates). */
export const EXAMPLE_WAITS_FOR: ReadonlyArray<{ later: string; earlier: string; why: string }> = [
  { later: 'develop.opportunities.op1.expected', earlier: 'actie.actions.a2.due', why: 'the order for the whole line waits for the pilot' },
  { later: 'actie.actions.a7.start', earlier: 'actie.actions.a2.due', why: 'the board hears the result of the pilot' },
  { later: 'actie.actions.a5.start', earlier: 'develop.opportunities.op2.expected', why: 'the roll-out follows the dispenser order' },
  { later: 'actie.actions.a4.start', earlier: 'develop.opportunities.op3.expected', why: 'the e-learning is set up once the licence is sold' },
];

interface Resolved {
  info: FieldInfo;
  value: unknown;
}

/** The field and value a path points to: `section.field`, `section.list.itemId` or `section.table.rowId.column`. */
function resolve(path: string): Resolved {
  const [section, field, rowId, column, ...rest] = path.split('.');
  const fail = () => new Error(`The example plan has no value at "${path}"`);
  if (!section || !(SECTION_IDS as string[]).includes(section) || !field || rest.length) throw fail();
  const entry = sectionFields(section as SectionId).find((f) => f.key === field);
  if (!entry) throw fail();
  const info = entry.info;
  const value = (plan()[section as SectionId] as Record<string, unknown>)[field];
  if (rowId === undefined) return { info, value };
  if (!Array.isArray(value)) throw fail();
  const row = (value as Array<Record<string, unknown>>).find((r) => r['id'] === rowId);
  if (!row) throw fail();
  if (info.kind === 'list' && column === undefined) return { info: { ...info, kind: 'text' }, value: row['text'] };
  const columnInfo = columnEntries(entry.def, meaningOf(entry.section).fields[field]!).find((c) => c.key === column)?.info;
  if (!columnInfo) throw fail();
  return { info: columnInfo, value: row[column!] };
}

/** The raw value at a path (ISO dates, numbers), for tests. */
export function exampleRaw(path: string): unknown {
  return resolve(path).value;
}

/**
 * A value of the example plan as a lesson quotes it. `kort` leaves the year off a date
 * ("15 december"); `klein` starts the text with a lower-case letter ("manager facilitaire dienst").
 */
export function ex(path: string, style?: 'kort' | 'klein'): string {
  const { info, value } = resolve(path);
  let text = displayValue(plan(), info, value);
  if (!text) throw new Error(`The example plan's value at "${path}" is empty`);
  if (style === 'kort') text = text.replace(/ \d{4}$/, '');
  if (style === 'klein') text = text.charAt(0).toLowerCase() + text.slice(1);
  return text;
}

/** A figure the example must have (its sums are complete): a missing one is a broken example. */
function need(value: number | null | undefined, name: string): number {
  if (value === null || value === undefined || !Number.isFinite(value)) throw new Error(`The example plan has no figure "${name}"`);
  return value;
}
const bridge = () => revenueBridge(plan());
const sensitivity = () =>
  bridge().sensitivity ??
  (() => {
    throw new Error('The example plan has no opportunity that brings anything');
  })();
const nextYear = () =>
  budgetPayback(plan())[1] ??
  (() => {
    throw new Error('The example plan has no year after the plan year');
  })();

const EURO_FIGURES = {
  /** Total cost of the budget, hours included. */
  budgetCost: () => budgetTotals(plan()).cost,
  /** What the budget yields in the plan year: the new business of the opportunities it serves, its gross margin, and margin minus cost. */
  budgetExtraRevenue: () => budgetTotals(plan()).extraRevenue,
  budgetExtraMargin: () => need(budgetTotals(plan()).returns, 'budgetExtraMargin'),
  budgetBalance: () => need(budgetTotals(plan()).balance, 'budgetBalance'),
  /** The same opportunities a year later, a whole year long; and the balance after that year. */
  nextYearMargin: () => need(nextYear().returns, 'nextYearMargin'),
  nextYearBalance: () => need(nextYear().balance, 'nextYearBalance'),
  pipelineTotal: () => pipelineTotals(plan()).total,
  pipelineWeighted: () => pipelineTotals(plan()).weighted,
  /** Revenue target of objective o1 minus the revenue of the last year in the history. */
  revenueGrowth: () => revenueTarget() - need(lastYear().revenue, 'revenueGrowth'),
  /** The build-up of the revenue target (bridge.ts). */
  bridgeBase: () => need(bridge().base?.revenue, 'bridgeBase'),
  bridgeGrowth: () => bridge().growth,
  bridgeExisting: () => bridge().existing,
  bridgeNewBusiness: () => bridge().newBusiness,
  bridgeExpected: () => bridge().expected,
  bridgeTarget: () => need(bridge().target, 'bridgeTarget'),
  bridgeGap: () => need(bridge().gap, 'bridgeGap'),
  /** Without the opportunity that brings the most: the expected revenue, how far under the target, and the budget's balance. */
  sensitivityExpected: () => sensitivity().expected,
  sensitivityGap: () => Math.abs(need(sensitivity().gap, 'sensitivityGap')),
  sensitivityBalance: () => need(sensitivity().balance, 'sensitivityBalance'),
  adviserRate: () => need(budgetLine('bu1').rate, 'adviserRate'),
  crewRate: () => need(budgetLine('bu4').rate, 'crewRate'),
  pilotMaterials: () => need(budgetLine('bu1').otherCost, 'pilotMaterials'),
  eventOther: () => need(budgetLine('bu5').otherCost, 'eventOther'),
  elearningAgency: () => need(budgetLine('bu2').otherCost, 'elearningAgency'),
  /** The cost of the pilot: its hours at the adviser's rate plus its materials. */
  pilotCost: () => need(lineCost(budgetLine('bu1')), 'pilotCost'),
  /** What the hours of the whole budget cost. */
  budgetHoursCost: () => budgetTotals(plan()).hoursCost,
  /** Gross margin of the last year of the history and of the plan year. */
  lastGrossMargin: () => need(grossMargin(lastYear().revenue, lastYear().margin), 'lastGrossMargin'),
  planGrossMargin: () => quarterTotals(plan()).grossMargin,
  /** The quarters of the plan year added up. */
  quartersRevenue: () => quarterTotals(plan()).revenue,
  /** The weighted value of the dispenser opportunity (value × probability, for a year). */
  dispensersWeighted: () => {
    const op = plan().develop.opportunities.find((o) => o.id === 'op2')!;
    return Math.round((need(op.value, 'dispensersWeighted') * need(op.probability, 'dispensersWeighted')) / 100);
  },
} as const;

const OTHER_FIGURES = {
  budgetHours: () => `${formatNumber(budgetTotals(plan()).hours)} uur`,
  /** The balance as a percentage of the cost. */
  budgetReturnOnCost: () => formatPercent(budgetTotals(plan()).returnOnCost),
  /** The growth of the existing revenue the plan expects: "3%". */
  baseGrowth: () => formatPercent(bridge().growthPercent),
  /** The gap as a share of the expected revenue, and the most a target may be above the build-up (what the lesson teaches). */
  bridgeGapPercent: () => formatPercent(bridge().gapPercent),
  bridgeTolerance: () => formatPercent(BRIDGE_TOLERANCE),
  /** The year after the plan year, in which the plan earns itself back. */
  nextYear: () => String(nextYear().year),
  /** The review dates that follow from step 2: "1 april, 1 juli en 1 oktober 2027". */
  reviewDates: () => {
    const dates = reviewDates(plan().schedule).map(formatDateNl);
    const sameYear = dates.every((d) => d.slice(-4) === dates[0]!.slice(-4));
    const shown = sameYear ? dates.map((d, i) => (i < dates.length - 1 ? d.slice(0, -5) : d)) : dates;
    return shown.length < 2 ? shown.join('') : `${shown.slice(0, -1).join(', ')} en ${shown.at(-1)}`;
  },
  /** The day Sanne starts the plan. */
  startDate: () => formatDateNl(plan().createdAt.slice(0, 10)),
} as const;

export type FigureName = keyof typeof EURO_FIGURES | keyof typeof OTHER_FIGURES;

function budgetLine(id: string) {
  return plan().develop.budget.find((b) => b.id === id)!;
}

function lastYear() {
  const history = plan().envision.history;
  return history.reduce((a, b) => ((b.year ?? 0) > (a.year ?? 0) ? b : a));
}

/** The revenue target of the case (objective o1), as a number. */
export function revenueTarget(): number {
  const target = parseNumber(plan().develop.objectives.find((o) => o.id === 'o1')!.target, 'money');
  if (!target.ok || target.value === null) throw new Error('Objective o1 of the example has no numeric target');
  return target.value;
}

/** The figures in euro. */
export type EuroFigureName = keyof typeof EURO_FIGURES;

/** The raw number behind a euro figure, for tests. */
export function figureValue(name: EuroFigureName): number {
  return EURO_FIGURES[name]();
}

/** A figure derived from the example plan (totals, rates), formatted as the lessons print it. */
export function fig(name: FigureName): string {
  if (name in EURO_FIGURES) return formatEuro(EURO_FIGURES[name as keyof typeof EURO_FIGURES]());
  if (name in OTHER_FIGURES) return OTHER_FIGURES[name as keyof typeof OTHER_FIGURES]();
  throw new Error(`Unknown example figure "${name}"`);
}

export interface ExampleTable {
  /** The label of the table field in the schema. */
  label: string;
  headers: string[];
  rows: string[][];
  /** Per column: numbers are right-aligned. */
  numeric: boolean[];
}

const NUMERIC = new Set<FieldInfo['kind']>(['money', 'number', 'percent']);

/**
 * Some columns of a table of the example plan, with the labels of the schema as headers; with
 * `totals`, a last row sums the amounts and counts (the budget's "Totaal").
 */
export function exampleTable(path: string, columns: string[], options: { rows?: string[]; totals?: boolean } = {}): ExampleTable {
  const [section, field] = path.split('.');
  const entry = sectionFields(section as SectionId).find((f) => f.key === field);
  if (!entry || entry.info.kind !== 'table') throw new Error(`"${path}" is not a table of the example plan`);
  // Computed columns (a budget line's cost, a year's gross margin) can be shown like stored ones.
  const all = printColumns(entry);
  const chosen = columns.map((c) => {
    const column = all.find((col) => col.key === c);
    if (!column) throw new Error(`The table "${path}" has no column "${c}"`);
    return column;
  });
  let data = (plan()[section as SectionId] as Record<string, Array<Record<string, unknown>>>)[field!]!;
  if (options.rows)
    data = options.rows.map(
      (id) =>
        data.find((r) => r['id'] === id) ??
        (() => {
          throw new Error(`No row "${id}" in "${path}"`);
        })(),
    );
  const rows = data.map((row) => chosen.map((c) => displayValue(plan(), c.info, cellValue(c, row))));
  if (options.totals) {
    rows.push(
      chosen.map((c, i) => {
        if (i === 0) return 'Totaal';
        if (c.info.kind !== 'money' && c.info.kind !== 'number') return '';
        // A rate is a price, not an amount: adding rates up means nothing.
        if (c.key === 'rate') return '';
        const sum = Math.round(data.reduce((n, row) => n + ((cellValue(c, row) as number | null) ?? 0), 0) * 100) / 100;
        return displayValue(plan(), c.info, sum);
      }),
    );
  }
  return { label: entry.info.label, headers: chosen.map((c) => c.info.label), rows, numeric: chosen.map((c) => NUMERIC.has(c.info.kind)) };
}

/** The items of a list field of the example plan. */
export function exampleList(path: string): string[] {
  const { info, value } = resolve(path);
  if (info.kind !== 'list' || !Array.isArray(value)) throw new Error(`"${path}" is not a list of the example plan`);
  return (value as Array<{ text: string }>).map((i) => i.text.trim()).filter(Boolean);
}
