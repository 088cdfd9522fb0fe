import { examplePlan } from '../../plan/example/example-plan';
import { grossMargin } from '../../plan/finance/totals';
import { formatDateNl } from '../../plan/values/dates';
import { formatEuro, formatPercent } from '../../plan/values/format';

/**
 * The running case as the knowledge checks' case questions use it (one per lesson, marked
 * `fromCase`): names, texts and figures come from the example plan, so the questions follow the
 * case when it changes. Each question also rests on a fact about the case that its options take
 * for granted (a DMU role, a RACI letter, a matrix score); `caseHolds` checks that fact when the
 * module loads, so a change to the case that makes a question wrong fails the build and the unit
 * tests with the question's id, instead of teaching something false.
 */
const plan = examplePlan();

function caseHolds(question: string, fact: boolean, what: string): void {
  if (!fact)
    throw new Error(`Knowledge check "${question}": the example plan no longer fits the question (${what}). Rewrite the question in src/lessons/kennischeck/.`);
}

function row<T extends { id: string }>(rows: readonly T[], id: string, question: string): T {
  const found = rows.find((r) => r.id === id);
  caseHolds(question, found !== undefined, `no row "${id}"`);
  return found!;
}

const person = (id: string, question: string) => row(plan.discover.dmu, id, question);
const member = (id: string, question: string) => row(plan.align.team, id, question);
const raciLetter = (goal: string, memberId: string) => plan.align.raci.filter((r) => r.goal === goal && r.member === memberId).map((r) => r.role);

export const CASE = {
  account: plan.cover.account,
  author: plan.cover.author,
  supplier: plan.cover.organisation.split(/[ ,]/)[0]!,
};

/** Lesson 1: the gross margin of the first and the last year of the history. */
export const marginGrowth = (() => {
  const q = 'lindenhof-brutomarge';
  const years = [...plan.envision.history].sort((a, b) => (a.year ?? 0) - (b.year ?? 0));
  const first = years[0]!;
  const last = years.at(-1)!;
  const gmFirst = grossMargin(first.revenue, first.margin);
  const gmLast = grossMargin(last.revenue, last.margin);
  caseHolds(q, years.length >= 2 && gmFirst !== null && gmLast !== null, 'two years with revenue and margin');
  caseHolds(q, last.revenue! > first.revenue! && last.margin! > first.margin!, 'revenue and margin both grow');
  const revenueGrowth = last.revenue! - first.revenue!;
  const answers = {
    right: formatEuro(Math.round(gmLast! - gmFirst!)),
    revenueOnly: formatEuro(revenueGrowth),
    growthAtNewMargin: formatEuro(Math.round((revenueGrowth * last.margin!) / 100)),
    pointsOnly: formatEuro(Math.round(((last.margin! - first.margin!) * last.revenue!) / 100)),
  };
  caseHolds(q, new Set(Object.values(answers)).size === 4, 'four different amounts');
  return {
    firstYear: String(first.year),
    lastYear: String(last.year),
    firstRevenue: formatEuro(first.revenue),
    lastRevenue: formatEuro(last.revenue),
    firstMargin: formatPercent(first.margin),
    lastMargin: formatPercent(last.margin),
    firstGross: formatEuro(gmFirst),
    lastGross: formatEuro(gmLast),
    ...answers,
  };
})();

/** Lesson 2: when the customer fixes its budget, and when the plan starts. */
export const budgetRound = (() => {
  const q = 'lindenhof-begroting';
  caseHolds(q, /begroting[^.]*oktober/i.test(plan.discover.purchasingProcess), 'the customer fixes its budget in October');
  caseHolds(q, plan.createdAt.slice(5, 7) === '11', 'the plan is started in November');
  return { start: formatDateNl(plan.createdAt.slice(0, 10)), planYear: plan.schedule.validFrom.slice(0, 4) };
})();

/** Lesson 3: the biggest competitor, its share, and where it is weak. */
export const competitor = (() => {
  const q = 'lindenhof-concurrent';
  const c = row(plan.discover.competitors, 'c1', q);
  caseHolds(
    q,
    /prijs|prijzen/i.test(c.strong) && /advies/i.test(c.weak) && /accountmanager/i.test(c.weak),
    'strong on price, weak on advice and account managers',
  );
  return { name: c.name, share: formatPercent(c.share), strong: c.strong.toLowerCase(), weak: c.weak.toLowerCase() };
})();

/** Lesson 4: the weakness and the threat of one cell scored "--", its key question and one of another cell. */
export const matrixCell = (() => {
  const q = 'lindenhof-kernvraag';
  const weakness = row(plan.klantplan.weaknesses, 'z2', q);
  const threat = row(plan.klantplan.threats, 'b2', q);
  const own = row(plan.klantplan.keyQuestions, 'q4', q);
  const other = row(plan.klantplan.keyQuestions, 'q1', q);
  caseHolds(
    q,
    plan.klantplan.matrix['z2:b2'] === '--' && own.cell === 'z2:b2' && other.cell?.startsWith('s') === true,
    'z2:b2 scores -- and q4 comes from it, q1 from a strength',
  );
  return { weakness: weakness.text, threat: threat.text, question: own.question, otherQuestion: other.question };
})();

/** Lesson 5: who is consulted for the sustainable line. */
export const raciCase = (() => {
  const q = 'lindenhof-raci';
  const ruud = member('tm4', q);
  const leila = member('tm3', q);
  const sanne = member('tm1', q);
  const goal = row(plan.envision.firstGoals, 'fg2', q);
  caseHolds(
    q,
    raciLetter('fg2', 'tm4').join() === 'C' && raciLetter('fg2', 'tm1').join() === 'A' && raciLetter('fg2', 'tm3').join() === 'R',
    'for fg2, Ruud is C, Sanne A and Leila R',
  );
  return { ruud: ruud.name, ruudRole: ruud.role.toLowerCase(), leila: leila.name, sanne: sanne.name, goal: goal.goal.toLowerCase() };
})();

/** Lesson 6: the qualitative objective about the relationship with the board. */
export const relationObjective = (() => {
  const q = 'lindenhof-kwalitatief-doel';
  const o = row(plan.develop.objectives, 'o6', q);
  caseHolds(
    q,
    !/^\s*[€\d]/.test(o.target) && !/%\s*$/.test(o.target) && o.kpi.trim() !== '' && o.baseline.trim() !== '' && o.deadline !== '',
    'o6 has a state, not a number, as target, and a KPI, baseline and deadline',
  );
  return { objective: o.objective, kpi: o.kpi, baseline: o.baseline, target: o.target, deadline: formatDateNl(o.deadline) };
})();

/** Lesson 7: the competitor's price cut and the risk it touches. */
export const priceSignal = (() => {
  const q = 'lindenhof-signaal-risico';
  const signal = row(plan.adapt.signals, 'sig2', q);
  const risk = row(plan.adapt.risks, 'ri1', q);
  caseHolds(
    q,
    /prijs|prijzen/i.test(signal.change) && /prijs|prijzen/i.test(risk.risk) && risk.impact === 'hoog' && risk.likelihood !== 'hoog',
    'a price cut, and a price risk with high impact that is not yet likely',
  );
  return {
    change: signal.change,
    risk: risk.risk,
    likelihood: risk.likelihood,
    impact: risk.impact,
    measure: risk.measure.charAt(0).toLowerCase() + risk.measure.slice(1),
    buyer: person('d3', q).name,
  };
})();

/** Lesson 8: the purchaser and the messages of four roles. */
export const messages = (() => {
  const q = 'lindenhof-boodschap';
  const buyer = person('d3', q);
  caseHolds(q, buyer.role === 'inkoper', 'd3 is the purchaser');
  const of = (role: string) => {
    const m = plan.inspire.messages.find((r) => r.role === role);
    caseHolds(q, m !== undefined, `a message for the ${role}`);
    return m!.message;
  };
  caseHolds(q, /prijs/i.test(of('inkoper')) && /verbruik/i.test(of('inkoper')), 'the message for the purchaser weighs price against use');
  return { buyer: buyer.name, forBuyer: of('inkoper'), forDecider: of('beslisser'), forInitiator: of('initiator'), forInfluencer: of('beïnvloeder') };
})();

/** Lesson 9: an action whose owner would not be R or A of its goal. */
export const ownerCase = (() => {
  const q = 'lindenhof-eigenaar';
  const action = row(plan.actie.actions, 'a2', q);
  const objective = row(plan.develop.objectives, action.objective ?? '', q);
  const leila = member('tm3', q);
  const ruud = member('tm4', q);
  caseHolds(
    q,
    objective.goal === 'fg2' && action.owner === leila.name && raciLetter('fg2', 'tm4').join() === 'C' && raciLetter('fg2', 'tm1').join() === 'A',
    'a2 serves fg2, Leila owns it, Ruud is C and Sanne A there',
  );
  return { action: action.action, leila: leila.name, ruud: ruud.name, sanne: member('tm1', q).name };
})();
