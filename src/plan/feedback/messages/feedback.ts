/** The words of a trainer's feedback as data (feedback.ts): its limits, reading it, and which plan it is for. */

const nl = (n: number) => n.toLocaleString('nl-NL');

export const trainerNameTooLong = (length: number, max: number) => `Je naam is te lang: ${nl(length)} tekens; hooguit ${nl(max)}.`;
export const overallTooLong = (length: number, max: number) => `De algemene opmerking is te lang: ${nl(length)} tekens; hooguit ${nl(max)}. Maak haar korter.`;
export const commentTooLong = (where: string, length: number, max: number) =>
  `De opmerking bij ${where} is te lang: ${nl(length)} tekens; hooguit ${nl(max)}. Maak haar korter of verdeel haar.`;
/** "Feedback van Marieke Bos" or "Feedback van je trainer". */
export const feedbackFrom = (trainer: string) => (trainer ? `Feedback van ${trainer}` : 'Feedback van je trainer');
export const notFeedback = 'Dit is geen feedback op een accountplan.';
export const feedbackFromNewerSite = 'Deze feedback is gemaakt met een nieuwere versie van de site. Laad de pagina opnieuw en probeer het nog eens.';
export const feedbackWithoutPlan = `${notFeedback} Het plan waar ze bij hoort, ontbreekt.`;
export const tooManyComments = (max: number) => `Deze feedback heeft meer dan ${max} opmerkingen; dat kan niet kloppen.`;
/** `thousands` and `max` in thousands of characters. */
export const feedbackTooLongForLink = (thousands: number, max: number) =>
  `Deze feedback is te lang voor een link (${thousands}.000 tekens; hooguit ${max}.000). Stuur de student het JSON-bestand: dat kan hij openen in zijn werkboek.`;
export const brokenFeedbackLink =
  'Deze feedbacklink is beschadigd of onvolledig: de feedback kan niet gelezen worden. Vraag je trainer om de link opnieuw te kopiëren, of om het feedbackbestand (JSON) te sturen.';
export const unreadableFeedbackFile = 'Dit bestand is geen leesbare feedback: de inhoud is geen JSON. Misschien is het beschadigd.';
export const feedbackFileTooBig = 'Dit bestand is te groot voor feedback op een plan.';
export const feedbackForOtherPlan = (plan: string) =>
  `Deze feedback hoort bij een ander plan: ${plan}. Dat plan staat niet in dit werkboek, dus de feedback is niet bewaard en er is niets veranderd. Open de link in de browser waarin dat plan staat. Ben je de trainer? Stuur de link dan naar de student.`;
