/**
 * The words of the values that follow from what the reader typed (derived.tsx): review dates,
 * budget and pipeline totals, the finance table. Sentences with figures in bold are split where
 * the figures go; the comment above each shows the whole sentence.
 */

export const reviewDates = (dates: string) => `Evaluatiemomenten: ${dates}.`;
export const reviewDatesWait = 'Vul de geldigheidsperiode en het ritme in; dan verschijnen hier de evaluatiemomenten.';

/** "Kosten per post (uren × uurtarief + overige kosten): Training € 1.200 · post 2 € 300" */
export const costPerLine = 'Kosten per post (uren × uurtarief + overige kosten):';
/** A budget line without a name. */
export const unnamedLine = (index: number) => `post ${index + 1}`;
/**
 * "Totaal: **12 uur** (samen € 1.200) · kosten **€ 3.400** · extra omzet **€ 9.000** · extra
 * brutomarge **€ 2.565** · saldo (extra brutomarge min kosten) **€ -835**[ · het saldo is **-25%** van de kosten]"
 */
export const budgetTotal = {
  total: 'Totaal:',
  hours: (hours: string) => `${hours} uur`,
  together: (amount: string) => `(samen ${amount}) · kosten`,
  extraRevenue: '· extra omzet',
  returns: '· extra brutomarge',
  balance: '· saldo (extra brutomarge min kosten)',
  returnOnCost: '· het saldo is',
  ofCost: 'van de kosten',
};

export const financeWait = 'Vul de geschiedenis in stap 1 en de planjaren hier in; dan verschijnen hier de omzet en brutomarge per jaar, met een grafiek.';
export const financeTitle = 'Omzet en brutomarge per jaar';
export const financeColumns = { year: 'Jaar', revenue: 'Omzet', margin: 'Marge', grossMargin: 'Brutomarge', kind: 'Soort' };
export const yearKind = (plan: boolean) => (plan ? 'plan' : 'gerealiseerd');

/** "Totaal van de kwartalen: omzet **€ …** · brutomarge **€ …**" and how it compares with the plan year. */
export const quarterTotal = { revenue: 'Totaal van de kwartalen: omzet', grossMargin: '· brutomarge' };
export const quartersMatch = (year: number) => ` · gelijk aan de omzet die je voor ${year} plant.`;
/** `difference` already written; `short`: the quarters add up to less than planned. */
export const quartersDiffer = (year: number, target: string, short: boolean, difference: string) =>
  ` · voor ${year} plan je ${target}: ${short ? 'er ontbreekt' : 'het is'} ${difference}${short ? '' : ' te veel'}.`;

/** "Totale verwachte omzet: **€ …** · gewogen met de waarschijnlijkheid: **€ …**" */
export const pipelineTotal = { total: 'Totale verwachte omzet:', weighted: '· gewogen met de waarschijnlijkheid:' };
