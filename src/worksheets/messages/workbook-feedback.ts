/** The words of the workbook's feedback part (WorkbookFeedback.tsx). */

export const title = 'Feedback van je trainer';
export const intro =
  'Heeft je trainer je plan gelezen via de link van "Deel met trainer", dan krijg je een feedbacklink of een feedbackbestand terug. Open de link in deze browser, of open het bestand hieronder. De opmerkingen komen naast je plan te staan, niet erin: je tekst verandert niet.';
export const noFeedback = 'Er is nog geen feedback op dit plan.';
export const loading = 'Feedback laden…';
export const openFile = 'Open een feedbackbestand (JSON)';

/** Added to a refused feedback file: unless the message says so already, that nothing changed. */
export const nothingChanged = (message: string) => (/ niets (bewaard|veranderd)/.test(message) ? message : `${message} Er is niets veranderd.`);
