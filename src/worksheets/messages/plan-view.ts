/** The words of a plan shown as a page (PlanView.tsx: the example page and a shared plan). */

export const notFilled = 'Niet ingevuld.';
export const readLesson = 'Lees de les over deze stap';
/** Amounts already written. */
export const budgetTotal = (hours: string, cost: string, extraRevenue: string, returns: string, balance: string) =>
  `Totaal ${hours} uur · kosten ${cost} · extra omzet ${extraRevenue} · extra brutomarge ${returns} · saldo (extra brutomarge min kosten) ${balance}`;
export const pipelineTotal = (total: string, weighted: string) => `Totale verwachte omzet ${total} · gewogen met de waarschijnlijkheid ${weighted}`;
export const reviewDates = (dates: string) => `Evaluatiemomenten: ${dates}`;
