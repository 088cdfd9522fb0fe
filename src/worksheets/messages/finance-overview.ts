/** The words of the finance table and chart (finance-overview.tsx): on step 6's worksheet and in the workbook. */

export const financeWait = 'Vul de geschiedenis in stap 1 en de planjaren hier in; dan verschijnen hier de omzet en brutomarge per jaar, met een grafiek.';
export const financeTitle = 'Omzet en brutomarge per jaar';
export const yearColumn = 'Jaar';
export const revenueColumn = 'Omzet';
export const marginColumn = 'Marge';
export const grossMarginColumn = 'Brutomarge';
export const kindColumn = 'Soort';
export const yearKind = (plan: boolean) => (plan ? 'plan' : 'gerealiseerd');
