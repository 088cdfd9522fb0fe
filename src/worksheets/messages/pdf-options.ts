/** The words of the PDF's options (PdfOptions.tsx). */

export const showEmptyFields = 'Lege velden tonen als "nog niet ingevuld"';
export const examOrder = 'Examenindeling: hoofdstukken van het examenplan, met bijlagen';
export const examOrderHint =
  'Met de examenindeling begint de PDF met de managementsamenvatting en je eigen organisatie; de DMU, de matrix en de taakverdeling staan in de bijlagen. De open punten staan er dan niet in.';
export const feedbackAppendix = 'Feedback van je trainer als bijlage';
export const legend = 'Opties voor de PDF';
export const remembered = 'Je keuzes blijven bewaard in deze browser en gelden ook voor de PDF-knoppen bij de lessen.';
