import { formatEuro, formatPercent } from '../values/format';
import { BRIDGE_TOLERANCE, type RevenueBridge } from './bridge';
import * as say from './messages/bridge';

/**
 * The build-up of the revenue target as a table and the sentences under it, written out: the one
 * text the worksheet, the lesson, the example page (and the PDF and the Word document) show.
 */

export interface BridgeRow {
  key: string;
  /** What the row is: "Omzet 2026", "Groei van de bestaande omzet", an opportunity's name, … */
  label: string;
  /** How the amount is computed, in words and figures. */
  how: string;
  /** The amount, written: a step with its sign ("+ € 10.650"), a total without. */
  amount: string;
  /** `step`: added to what came before; `total`, `base`, `target`: an amount on its own; `gap`: target minus expected. */
  kind: 'base' | 'step' | 'total' | 'target' | 'gap';
}

export interface BridgeText {
  year: number;
  rows: BridgeRow[];
  /** How the target relates to the expected revenue (null without a target). */
  verdict: string | null;
  /** What the budget yields, as parts with the figures at the odd places (null without costs). */
  budget: string[] | null;
  /** What the largest opportunity is worth to the plan, as parts (null when no opportunity brings anything). */
  sensitivity: string[] | null;
}

/** "+ € 10.650", "− € 3.000", "€ 0" */
export const signedEuro = (n: number) => (n > 0 ? `+ ${formatEuro(n)}` : n < 0 ? `− ${formatEuro(-n)}` : formatEuro(0));

/** The table and sentences of a build-up, or null when there is no plan year or nothing to build on. */
export function bridgeText(b: RevenueBridge): BridgeText | null {
  if (b.year === null || (!b.base && !b.opportunities.length)) return null;
  const year = b.year;
  const rows: BridgeRow[] = [];
  rows.push(
    b.base
      ? { key: 'base', label: say.baseRow(b.base.year, b.base.forecast), how: say.baseHow, amount: formatEuro(b.base.revenue), kind: 'base' }
      : { key: 'base', label: say.noBase, how: say.noBaseHow, amount: formatEuro(0), kind: 'base' },
  );
  rows.push({
    key: 'growth',
    label: say.growthRow,
    how: b.growthPercent === null ? say.growthMissing : say.growthHow(formatPercent(b.growthPercent), formatEuro(b.base?.revenue ?? 0)),
    amount: signedEuro(b.growth),
    kind: 'step',
  });
  b.opportunities.forEach((o, i) => {
    const how = o.lost
      ? say.opportunityLost
      : !o.expected
        ? say.opportunityNoDate
        : o.months === 0 && Number(o.expected.slice(0, 4)) >= year
          ? say.opportunityAfterYear(year)
          : say.opportunityHow(formatEuro(o.value), o.replaces ? formatEuro(o.replaces) : null, o.months, formatPercent(o.probability));
    rows.push({ key: o.id, label: o.name || say.unnamedOpportunity(i), how, amount: signedEuro(o.contribution), kind: 'step' });
  });
  rows.push({ key: 'expected', label: say.expectedRow(year), how: say.expectedHow, amount: formatEuro(b.expected), kind: 'total' });
  rows.push({
    key: 'target',
    label: say.targetRow(year),
    how: b.target === null ? say.noTarget(year) : say.targetHow,
    amount: b.target === null ? '' : formatEuro(b.target),
    kind: 'target',
  });
  if (b.gap !== null)
    rows.push({
      key: 'gap',
      label: say.gapRow,
      how: b.gapPercent === null ? '' : say.gapHow(formatPercent(b.gapPercent)),
      amount: signedEuro(b.gap),
      kind: 'gap',
    });

  const tolerance = formatPercent(BRIDGE_TOLERANCE);
  const verdict =
    b.gap === null || b.gapPercent === null
      ? null
      : b.gap < 0
        ? say.belowBridge(formatEuro(-b.gap))
        : b.backed
          ? say.backed(formatPercent(b.gapPercent), tolerance)
          : say.notBacked(formatPercent(b.gapPercent), tolerance);
  const m = b.budget;
  const budget =
    m.cost <= 0
      ? null
      : m.returns === null || m.balance === null || b.margin === null
        ? [say.budgetNoMargin]
        : say.budgetReturn(year, formatEuro(m.newBusiness), formatPercent(b.margin), formatEuro(m.returns), formatEuro(m.cost), formatEuro(m.balance));
  const s = b.sensitivity;
  const sensitivity =
    s &&
    say.sensitivity(
      s.opportunity.name || say.unnamedOpportunity(b.opportunities.indexOf(s.opportunity)),
      formatEuro(s.expected),
      s.gap === null ? null : formatEuro(Math.abs(s.gap)),
      (s.gap ?? 0) > 0,
      m.cost > 0 && s.balance !== null ? formatEuro(s.balance) : null,
    );
  return { year, rows, verdict, budget, sensitivity };
}
