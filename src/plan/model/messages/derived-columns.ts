/** The words of the computed columns (derived-columns.ts): their labels and how they are computed. */

export const grossMarginLabel = 'Brutomarge';
export const grossMarginHint = 'Omzet × marge.';
export const costLabel = 'Kosten';
export const costHint = 'Uren × uurtarief + overige kosten.';
