/** The words of feedback kept beside the reader's plans (feedback.ts). */

export const feedbackUnreadable = 'Opgeslagen feedback van een trainer was (deels) onleesbaar.';
export const feedbackNotSaved =
  'De feedback kon niet bewaard worden: de opslag van je browser is vol. Exporteer je plannen als JSON, of verwijder een plan dat je niet meer nodig hebt, en open de feedback daarna opnieuw.';
/** `from` is "Feedback van …", `plan` the plan's label. */
export const feedbackReceived = (from: string, plan: string, count: number, overall: boolean, again: boolean) =>
  `${from} op ${plan} staat nu bij dat plan: ${count === 1 ? 'één opmerking' : `${count} opmerkingen`}${overall ? ' en een algemene opmerking' : ''}.` +
  (again ? ' Je had deze feedback al; wat je als verwerkt had aangevinkt, blijft aangevinkt.' : '') +
  ' Je plan zelf is niet veranderd.';
export const draftUnreadable = 'Feedback die je aan het schrijven was, kon niet gelezen worden.';
export const draftChangedElsewhere =
  'Je schreef in twee tabbladen aan dezelfde feedback, en een opmerking is in beide gewijzigd. Hier staat de tekst van dit tabblad; de tekst uit het andere tabblad is apart bewaard.';
