import { bridgeText } from '../plan/finance/bridge-table';
import { financeChart } from '../plan/finance/finance-chart';
import { legendGrossMargin, legendRevenue, planYear } from '../plan/finance/messages/finance-chart';
import { budgetTotals, financeYears, pipelineTotals } from '../plan/finance/totals';
import { formatDateNl, parseIsoDate } from '../plan/values/dates';
import { formatEuro, formatNumber, formatPercent, shownLike } from '../plan/values/format';
import { firstSentence, oneLine, paragraphs } from './clean';
import * as say from './messages/deck';
import type { Block } from './model';
import { filled, has, mainRisks, nextAction, openDecisions, plannedActions } from './pick';
import { slideBridge } from './slides-bridge';
import type { Draft, DraftContext } from './slides-story';

/**
 * The last five slides: actions and planning, the figures, what you ask, the risks, questions.
 * See slides-story.ts for what a draft is.
 */

const date = (iso: string) => (iso ? formatDateNl(iso) : '');
let shortDate: Intl.DateTimeFormat | undefined;
/** "15 dec 2027": a date in a narrow column. */
function short(iso: string): string {
  const p = parseIsoDate(iso);
  if (!p) return '';
  shortDate ??= new Intl.DateTimeFormat('nl-NL', { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' });
  return shortDate.format(new Date(Date.UTC(p.y, p.m - 1, p.d))).replace('.', '');
}
/** "december 2027" */
const month = (iso: string) => date(iso).replace(/^\d+ /, '');

/** How many actions the slide's table shows; the notes list them all. */
const ACTION_ROWS = 6;

export function actionsSlide({ plan, forCustomer, today }: DraftContext): Draft {
  const actions = plannedActions(plan);
  if (!actions.length) return { title: say.actionsTitleEmpty, notes: [], blocks: [], needs: [['actie', 'actions']] };
  const last =
    actions
      .map((a) => a.due)
      .filter(Boolean)
      .sort()
      .at(-1) ?? '';
  const next = nextAction(plan);
  // The open actions first (the next one on top), then what is done, each in date order.
  const shown = [...actions.filter((a) => a.status !== 'klaar'), ...actions.filter((a) => a.status === 'klaar')].slice(0, ACTION_ROWS);
  const notes = [
    say.notesAllActions,
    ...actions.map((a) =>
      say.notesAction(
        oneLine(a.action),
        [oneLine(a.owner), a.due && say.notesReady(date(a.due)), a.status, forCustomer ? '' : oneLine(a.resources)].filter(Boolean),
      ),
    ),
  ];
  const table: Block = {
    kind: 'table',
    columns: [...say.actionColumns],
    rows: shown.map((a) => [oneLine(a.action), oneLine(a.owner), short(a.due), a.status]),
  };
  // The timeline of these actions, in the plan's period with its review dates; the milestones of
  // writing the plan (step 2) lie before it and are left out. Where it cannot be read on the
  // slide (too many actions), the table stands instead.
  const timeline: Block = {
    kind: 'picture',
    picture: 'timeline',
    today,
    // Only what the timeline shows: one group of actions (no objectives, which may be internal), no resources.
    source: {
      cover: { periodFrom: plan.cover.periodFrom, periodTo: plan.cover.periodTo },
      schedule: { validFrom: plan.schedule.validFrom, validUntil: plan.schedule.validUntil, reviewRhythm: plan.schedule.reviewRhythm, milestones: [] },
      develop: { objectives: [] },
      actie: { actions: actions.map((a) => ({ ...a, action: oneLine(a.action), owner: oneLine(a.owner), objective: '', resources: '' })) },
    },
    fallback: table,
  };
  return {
    title: say.actionsTitle(actions.length, month(last), next ? oneLine(next.action) : ''),
    notes,
    blocks: [actions.some((a) => parseIsoDate(a.start) || parseIsoDate(a.due)) ? timeline : table],
    needs: [],
  };
}

/**
 * The figures: revenue and gross margin per year (the finance chart, as a native chart in
 * PowerPoint) and what the plan costs and yields; the notes say what the build-up of the target
 * expects (its own slide, `opbouw`, shows it). All of it is internal.
 */
export function figuresSlide({ plan }: DraftContext): Draft {
  // A gross margin in whole euros beside revenues in whole euros, on the chart and in its data.
  const years = financeYears(plan).map((y) => ({ ...y, grossMargin: shownLike(y.grossMargin, y.revenue) }));
  const chart = financeChart(years);
  const needs: Draft['needs'] = [];
  if (!chart) needs.push(['envision', 'history'], ['develop', 'planYears']);
  const totals = budgetTotals(plan);
  const pipeline = pipelineTotals(plan);
  const hasBudget = plan.develop.budget.some((r) => filled(r.item) || has(r.otherCost) || has(r.hours));
  if (!hasBudget) needs.push(['develop', 'budget']);
  const blocks: Block[] = [];
  if (chart) blocks.push({ kind: 'chart', years, chart, labels: { revenue: legendRevenue, grossMargin: legendGrossMargin, plan: planYear } });
  if (hasBudget) {
    blocks.push({
      kind: 'figures',
      items: [
        { value: formatEuro(totals.cost), label: totals.hours ? `${say.budget}, ${say.budgetHours(formatNumber(totals.hours))}` : say.budget },
        { value: formatEuro(totals.returns), label: say.extraMargin },
        { value: formatEuro(totals.balance), label: say.balance },
      ],
    });
  }
  const realised = years.filter((y) => y.kind === 'realised' && has(y.revenue)).at(-1);
  const planned = years.find((y) => y.kind === 'plan' && has(y.revenue) && (!realised || y.year > realised.year));
  // A year of step 1 that is not over yet holds what the student expects: the title says so.
  const forecast = !!realised && plan.envision.history.some((h) => h.year === realised.year && h.forecast);
  let title = say.figuresTitleEmpty;
  if (realised && planned)
    title = say.figuresTitle(
      realised.year,
      formatEuro(realised.revenue),
      planned.year,
      formatEuro(planned.revenue),
      planned.revenue! >= realised.revenue!,
      forecast,
    );
  else if (planned) title = say.figuresTitlePlanOnly(planned.year, formatEuro(planned.revenue));
  const notes = [paragraphs(plan.develop.financeNote)];
  if (realised && forecast) notes.push(say.notesForecast(realised.year, formatEuro(realised.revenue)));
  // What the build-up expects against the target, the difference, and what the largest opportunity is worth.
  const bridge = slideBridge(plan);
  const built = bridgeText(bridge);
  // (Not again where the student's own note already names the expected revenue.)
  const expected = formatEuro(bridge.expected);
  if (built && bridge.year !== null && bridge.target !== null && !notes[0]!.includes(expected))
    notes.push([say.notesBridge(bridge.year, formatEuro(bridge.target), expected), built.verdict].filter(Boolean).join(' '));
  if (built?.sensitivity) notes.push(built.sensitivity.join(''));
  if (hasBudget)
    notes.push(
      say.notesBudget(formatEuro(totals.cost), totals.hours ? formatNumber(totals.hours) : '', formatEuro(totals.returns), formatEuro(totals.balance)),
    );
  if (pipeline.total) notes.push(say.notesPipeline(formatEuro(pipeline.total), formatEuro(pipeline.weighted)));
  return { title, notes: notes.filter(Boolean), blocks, needs, arrangement: 'columns' };
}

export function askSlide({ plan, forCustomer, account, today }: DraftContext): Draft {
  const decisions = openDecisions(plan);
  const totals = budgetTotals(plan);
  const organisation = oneLine(plan.cover.organisation) || say.ourOrganisation;
  const needs: Draft['needs'] = [];
  if (!decisions.length) needs.push(['develop', 'opportunities']);
  const blocks: Block[] = [];
  if (decisions.length) {
    blocks.push({
      kind: 'list',
      heading: say.askOfCustomer(account),
      items: decisions
        .slice(0, 3)
        .map((o) => ({ text: say.decisionOn(oneLine(o.opportunity)), ...(o.expected ? { detail: say.decisionWhen(date(o.expected)) } : {}) })),
    });
  }
  const cost = totals.cost > 0 ? formatEuro(totals.cost) : '';
  if (!forCustomer) {
    if (!cost) needs.push(['develop', 'budget']);
    const items = [
      ...(cost ? [{ text: say.askBudget(cost), ...(totals.hours ? { detail: say.budgetHours(formatNumber(totals.hours)) } : {}) }] : []),
      ...plan.align.team
        .filter((m) => filled(m.name) && has(m.hours) && m.hours > 0)
        .slice(0, 3)
        .map((m) => ({ text: say.askHours(oneLine(m.name), formatNumber(m.hours)) })),
    ];
    if (items.length) blocks.push({ kind: 'list', heading: say.askOfOrganisation(organisation), items });
  }
  const notes: string[] = [];
  if (!forCustomer) {
    for (const o of decisions) notes.push(say.notesDecision(oneLine(o.opportunity), formatEuro(o.value), formatPercent(o.probability)));
    const approvals = plan.align.agreement.filter((a) => filled(a.name)).map((a) => oneLine(a.name));
    if (approvals.length) notes.push(say.askApproval(approvals));
  }
  // How we mean to win over each role in their DMU is ours, not the customer's.
  const messages = forCustomer ? [] : plan.inspire.messages.filter((m) => filled(m.message));
  if (messages.length) notes.push(say.notesMessages, ...messages.map((m) => say.notesMessage(m.role, oneLine(m.message), oneLine(m.proof))));
  const decision = decisions[0] ? oneLine(decisions[0].opportunity) : '';
  const title = decision || (!forCustomer && cost) ? say.askTitle(account, decision, forCustomer ? '' : cost) : say.askTitleEmpty;
  // Who decides: the relationship map of the DMU beside what we ask. Not for the customer: it
  // shows how each of their people stands towards us.
  const dmu = plan.discover.dmu.filter((p) => filled(p.name));
  if (!forCustomer && dmu.length && blocks.length) {
    const source = {
      discover: { dmu: dmu.map((p) => ({ ...p, name: oneLine(p.name), position: oneLine(p.position) })) },
      schedule: { reviewRhythm: plan.schedule.reviewRhythm },
      inspire: { relationships: plan.inspire.relationships },
      align: { team: plan.align.team },
    };
    blocks.push({ kind: 'picture', picture: 'map', today, source });
    return { title, notes, blocks, needs, arrangement: 'aside' };
  }
  return { title, notes, blocks, needs, arrangement: 'columns' };
}

export function risksSlide({ plan }: DraftContext): Draft {
  const risks = mainRisks(plan);
  if (!risks.length) return { title: say.risksTitleEmpty, notes: [], blocks: [], needs: [['adapt', 'risks']] };
  const detail = (r: (typeof risks)[number]) => say.riskDetail(r.likelihood, r.impact, oneLine(r.measure), oneLine(r.owner));
  const all = plan.adapt.risks.filter((r) => filled(r.risk));
  const signals = plan.adapt.signals
    .filter((s) => filled(s.change))
    .map((s) => [date(s.date), oneLine(s.change), oneLine(s.adjustment)].filter(Boolean).join(': '));
  return {
    title: say.risksTitle(oneLine(risks[0]!.risk).replace(/[.!]$/, ''), oneLine(risks[0]!.measure)),
    notes: [...all.map((r) => say.notesRisk(oneLine(r.risk), detail(r))), ...(signals.length ? [say.notesSignals(signals)] : [])],
    blocks: [{ kind: 'list', heading: '', items: risks.map((r) => ({ text: oneLine(r.risk), detail: detail(r) })) }],
    needs: [],
  };
}

export function questionsSlide({ plan }: DraftContext): Draft {
  const vision = paragraphs(plan.inspire.vision);
  const fit = paragraphs(plan.inspire.fit);
  const blocks: Block[] = [];
  if (vision) blocks.push({ kind: 'statement', text: firstSentence(vision) });
  const by = say.byline([oneLine(plan.cover.author), oneLine(plan.cover.organisation)]);
  if (by) blocks.push({ kind: 'subtitle', text: by });
  return {
    title: say.questionsTitle,
    notes: [vision && say.notesVision(vision), fit && say.notesFit(fit), say.notesPractise].filter(Boolean),
    blocks,
    needs: vision ? [] : [['inspire', 'vision']],
  };
}
