/** The words of a feedback link opened by the student (ReceiveFeedback.tsx). */

export const skipped = (n: number) =>
  ` ${n === 1 ? 'Eén opmerking gaat' : `${n} opmerkingen gaan`} over een veld dat deze versie van de site niet kent; die is weggelaten.`;
/** "Je ziet de opmerkingen ook … in je [werkboek]. Vink …" */
export const alsoInBefore = 'Je ziet de opmerkingen ook bij de velden in de werkbladen en in je';
export const alsoInLink = 'werkboek';
export const alsoInAfter = '. Vink een opmerking aan als je haar hebt verwerkt.';
