/** The words of the finance chart (finance-chart.ts): its legend and its text for screen readers. */

/** Under a plan year's bars. */
export const planYear = 'plan';
export const legendRevenue = 'Omzet';
export const legendPlanRevenue = 'Omzet (plan)';
export const legendGrossMargin = 'Brutomarge';
/** One year for screen readers; amounts already written. */
export const yearDescription = (year: number, plan: boolean, revenue: string, grossMargin: string | null) =>
  `${year}${plan ? ' (plan)' : ''}: omzet ${revenue}${grossMargin !== null ? `, brutomarge ${grossMargin}` : ''}`;
export const chartDescription = (years: string) => `Omzet en brutomarge per jaar. ${years}.`;
