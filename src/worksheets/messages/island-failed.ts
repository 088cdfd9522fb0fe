/**
 * The words shown instead of a part of a page that failed (IslandFailed.tsx). The message is in
 * the shared worksheet code: it must show also when nothing more can be loaded.
 */

export const partFailed = 'Dit deel van de pagina kon niet worden getoond. Wat je opsloeg, staat nog in deze browser. Download het voor de zekerheid.';
export const notLoaded = 'Dit deel kon niet laden: er is geen internetverbinding. Wat je typte, is bewaard. Probeer het opnieuw als je weer online bent.';
export const stillOffline = 'Er is nog steeds geen verbinding.';
export const downloadData = 'Download je gegevens (JSON)';
export const retry = 'Probeer opnieuw';
