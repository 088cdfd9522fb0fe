/** The words of the checks under a step in fill-in mode (fill-in/StepChecks.tsx), loaded with them. */

export const noProgramChecks = 'Deze stap heeft geen controles die het programma uitvoert.';
export const allChecksOk = 'Alle controles van deze stap zijn in orde.';
/** `openPoints` already written ("3 open punten"): the same count as the workbook's. */
export const someChecksOpen = (openPoints: string, failing: number, total: number) => `Nog ${openPoints}, bij ${failing} van de ${total} controles.`;
export const toField = 'Naar het veld';
export const toCover = 'Naar het voorblad';
export const toStep = (step: number) => `Naar stap ${step}`;
