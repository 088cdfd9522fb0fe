/** The words of the Word button (WordButton.tsx). */

export const wordBusy = 'Word-document wordt gemaakt…';
export const downloadWord = 'Download Word (.docx)';
/** `replaced`: control characters Word cannot hold. */
export const wordSaved = (fileName: string, replaced: number) =>
  `Word-document gedownload: ${fileName}.` +
  (replaced ? ` ${replaced === 1 ? 'Eén teken kon' : `${replaced} tekens konden`} niet in Word worden opgenomen (een stuurteken); daar staat nu een �.` : '');
export const wordFailed = 'Het Word-document kon niet gemaakt worden. Probeer het opnieuw; lukt het niet, download dan de PDF of exporteer je plan als JSON.';
