import { budgetPayback, revenueBridge } from '../finance/bridge';
import { budgetTotals } from '../finance/totals';
import type { Plan } from '../model/schema';
import { formatEuro, formatNumber, formatPercent } from '../values/format';

/**
 * The two texts of the running case that state its financial logic: the management summary and
 * the note "Wat het plan oplevert". They are Sanne's words, but every figure in them is computed
 * from the plan (the build-up of the revenue target, the budget, what it yields from year to year),
 * so they say what the numbers say: a loss in the plan year is called a loss.
 */

function figures(plan: Plan) {
  const b = revenueBridge(plan);
  if (
    b.year === null ||
    !b.base ||
    b.target === null ||
    b.gap === null ||
    b.gapPercent === null ||
    b.margin === null ||
    b.budget.returns === null ||
    b.budget.balance === null ||
    !b.sensitivity
  ) {
    throw new Error('The example plan lacks a figure its summary needs');
  }
  const payback = budgetPayback(plan);
  const earnedBackIn = payback.find((p) => p.balance !== null && p.balance >= 0)?.year ?? null;
  const next = payback.find((p) => p.year === b.year! + 1);
  const objective = (id: string) => plan.develop.objectives.find((o) => o.id === id)!;
  const replacing = b.opportunities.filter((o) => o.replaces > 0).map((o) => o.name.charAt(0).toLowerCase() + o.name.slice(1));
  return {
    b,
    year: b.year,
    t: budgetTotals(plan),
    earnedBackIn,
    next,
    objective,
    replacing,
    share: plan.envision.history.find((h) => h.year === b.base!.year)?.share ?? null,
  };
}

/** The balance of the plan year in words: a loss, or what is left. */
const balanceSentence = (year: number, balance: number, earnedBackIn: number | null) =>
  balance < 0
    ? `In ${year} kost het plan dus ${formatEuro(-balance)} meer dan het oplevert${earnedBackIn ? `; in ${earnedBackIn} verdient het zich terug` : ', en binnen drie jaar verdient het zich niet terug'}.`
    : `In ${year} verdient het plan zich al terug: er blijft ${formatEuro(balance)} over.`;

/** "het doel ligt € 4.815 (1,3%) hoger" */
const gapWords = (gap: number, percent: number) =>
  gap >= 0 ? `het doel ligt ${formatEuro(gap)} (${formatPercent(percent)}) hoger` : `het doel ligt ${formatEuro(-gap)} lager`;

/** The management summary of the running case. */
export function exampleSummary(plan: Plan): string {
  const { b, year, t, earnedBackIn, objective, share } = figures(plan);
  const s = b.sensitivity!;
  return [
    `Zorggroep Lindenhof is met ${formatEuro(b.base!.revenue)} omzet in ${b.base!.year}${b.base!.forecast ? ' (verwachting)' : ''} onze grootste zorgklant in Oost-Nederland. We leveren ${formatPercent(share)} van zijn hygiëneproducten. Lindenhof staat voor twee opgaven: de inspectie vraagt strengere infectiepreventie, en de zorggroep wil in 2030 de helft minder milieubelasting.`,
    `Over drie jaar willen we de vaste hygiënepartner zijn van alle locaties. In ${year} leggen we de basis op de locaties die we nu beleveren, met een duurzame productlijn, één werkwijze voor handhygiëne, een korte training voor nieuwe schoonmakers en een auditchecklist met het team infectiepreventie.`,
    `Doelen: de omzet groeit naar ${formatEuro(b.target)}, het aandeel duurzame producten in zijn bestellingen bij ons stijgt van ${objective('o2').baseline} naar ${objective('o2').target} en de gemiddelde auditscore gaat van ${objective('o5').baseline} naar ${objective('o5').target}. Het omzetdoel is opgebouwd: de bestaande omzet groeit met ${formatPercent(b.growthPercent)} en de verkoopkansen brengen in ${year} ${formatEuro(b.newBusiness)}. Samen is dat ${formatEuro(b.expected)}; ${gapWords(b.gap!, b.gapPercent!)}.`,
    `Het budget is ${formatEuro(t.cost)}, inclusief ${formatNumber(t.hours)} uur extra werk. Als opbrengst tellen we alleen de nieuwe omzet van de verkoopkansen die het budget dient: ${formatEuro(b.budget.newBusiness)} in ${year}, bij ${formatPercent(b.margin)} marge ${formatEuro(b.budget.returns)} extra brutomarge. ${balanceSentence(year, b.budget.balance!, earnedBackIn)} Gaat de grootste verkoopkans niet door (${s.opportunity.name.charAt(0).toLowerCase()}${s.opportunity.name.slice(1)}), dan komt de omzet ${formatEuro(Math.abs(s.gap!))} ${s.gap! > 0 ? 'onder' : 'boven'} het doel uit.`,
    `Sanne, Karin en Leila bespreken de KPI's elk kwartaal. Halverwege en aan het eind van ${year} vragen we Marco Huisman en Els Kramer hoe tevreden ze zijn.`,
  ].join('\n\n');
}

/** The note "Wat het plan oplevert" of the running case. */
export function exampleFinanceNote(plan: Plan): string {
  const { b, year, t, earnedBackIn, next, replacing } = figures(plan);
  const s = b.sensitivity!;
  return [
    `Het omzetdoel voor ${year} is ${formatEuro(b.target)}. De bestaande omzet groeit met ${formatPercent(b.growthPercent)} naar ${formatEuro(b.existing)}.`,
    `De verkoopkansen brengen in ${year} samen ${formatEuro(b.newBusiness)}: gewogen met hun waarschijnlijkheid, alleen voor de maanden na de order${replacing.length ? `, en min de bestaande omzet die de ${replacing.join(' en de ')} vervangt` : ''}.`,
    `Samen is dat ${formatEuro(b.expected)}; ${gapWords(b.gap!, b.gapPercent!)}.`,
    `Het budget kost ${formatEuro(t.cost)}, inclusief ${formatNumber(t.hours)} uur extra werk. De opbrengst is de extra brutomarge op de nieuwe omzet van de verkoopkansen die het budget dient: ${formatEuro(b.budget.returns)} in ${year}.`,
    balanceSentence(year, b.budget.balance!, earnedBackIn),
    next && next.returns !== null
      ? `De proef, de aanpassing van de e-learning en de montage zijn eenmalig. In ${next.year} tellen dezelfde verkoopkansen een heel jaar mee: ${formatEuro(next.returns)} extra brutomarge.`
      : '',
    s.balance !== null ? `Gaat de grootste verkoopkans niet door, dan wordt het saldo in ${year} ${formatEuro(s.balance)}.` : '',
  ]
    .filter(Boolean)
    .join(' ');
}
