/** The words shown instead of a part of a page that failed (IslandFailed.tsx). */

export const partFailed = 'Dit deel van de pagina kon niet worden getoond. Wat je opsloeg, staat nog in deze browser. Download het voor de zekerheid.';
export const downloadData = 'Download je gegevens (JSON)';
export const retry = 'Probeer opnieuw';
