/**
 * The words of the values that follow from what the reader typed (derived.tsx): review dates,
 * budget, quarter and pipeline totals (the finance table's are in finance-overview.ts). A sentence with figures in bold is the list of its
 * parts, the figures (already written) at the odd places; the comment above each shows the whole sentence.
 */

export const reviewDates = (dates: string) => `Evaluatiemomenten: ${dates}.`;
export const reviewDatesWait = 'Vul de geldigheidsperiode en het ritme in; dan verschijnen hier de evaluatiemomenten.';

/** "Kosten per post (uren × uurtarief + overige kosten): Training € 1.200 · post 2 € 300" */
export const costPerLine = 'Kosten per post (uren × uurtarief + overige kosten):';
/** A budget line without a name. */
export const unnamedLine = (index: number) => `post ${index + 1}`;
/**
 * "Totaal: **12 uur** (samen € 1.200) · kosten **€ 3.400** · nieuwe omzet van de verkoopkansen die
 * het budget dient **€ 9.000** · extra brutomarge **€ 2.565** · saldo (extra brutomarge min kosten) **€ -835**"
 */
export const budgetTotal = (hours: string, hoursCost: string, cost: string, extraRevenue: string, returns: string, balance: string) => [
  'Totaal: ',
  `${hours} uur`,
  ` (samen ${hoursCost}) · kosten `,
  cost,
  ' · nieuwe omzet van de verkoopkansen die het budget dient, in het planjaar ',
  extraRevenue,
  ' · extra brutomarge ',
  returns,
  ' · saldo (extra brutomarge min kosten) ',
  balance,
];
/** When the plan year has no margin yet: the cost only. */
export const budgetCostOnly = (hours: string, hoursCost: string, cost: string) => ['Totaal: ', `${hours} uur`, ` (samen ${hoursCost}) · kosten `, cost];
/** After the budget's total: " · het saldo is **-25%** van de kosten" */
export const returnOnCost = (percent: string) => [' · het saldo is ', percent, ' van de kosten'];

/** "Totaal van de kwartalen: omzet **€ …** · brutomarge **€ …**", then how it compares with the plan year. */
export const quarterTotal = (revenue: string, grossMargin: string) => ['Totaal van de kwartalen: omzet ', revenue, ' · brutomarge ', grossMargin];
export const quartersMatch = (year: number) => ` · gelijk aan de omzet die je voor ${year} plant.`;
/** `difference` already written; `short`: the quarters add up to less than planned. */
export const quartersDiffer = (year: number, target: string, short: boolean, difference: string) =>
  ` · voor ${year} plan je ${target}: ${short ? 'er ontbreekt' : 'het is'} ${difference}${short ? '' : ' te veel'}.`;

/** "Totale verwachte omzet: **€ …** · gewogen met de waarschijnlijkheid: **€ …**" */
export const pipelineTotal = (total: string, weighted: string) => ['Totale verwachte omzet: ', total, ' · gewogen met de waarschijnlijkheid: ', weighted];
