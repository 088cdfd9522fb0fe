/** The words of a trainer's feedback form on a shared plan (FeedbackForm.tsx). */

/** The student when the plan's cover names no author. */
const student = (author: string) => author || 'de student';

export const intro = (author: string) =>
  `Schrijf je opmerkingen in de vakken onder de velden en aan het eind van elke stap. Wat je typt, blijft in deze browser bewaard tot je de feedbacklink maakt; het plan van ${student(author)} verandert er niet door.`;
export const notKept =
  'Je feedback kon niet in deze browser bewaard worden (de opslag is vol of geblokkeerd). Maak de feedbacklink voordat je dit tabblad sluit.';
export const trainerName = 'Je naam (trainer)';
export const overallTitle = 'Algemene feedback en beoordeling';
export const wholePlan = 'het hele plan';
export const overallComment = 'Algemene opmerking';
/** The button that opens a comment box; screen readers hear the rest of the box's label after it. */
export const addComment = 'Opmerking';
/** Always in reach while the trainer reads the plan. */
export const toOverall = 'Naar algemene opmerking, scores en feedbacklink ↓';
/** "Opmerking bij Ambitie", or "Opmerking bij Stap 1 (Envision) (de hele stap)" at the end of a step. */
export const commentAt = (label: string, wholeStep: boolean) => `Opmerking bij ${label}${wholeStep ? ' (de hele stap)' : ''}`;
export const rubricLegend = 'Beoordeling per competentie (1 = onvoldoende, 3 = voldoende, 5 = uitstekend)';
/** "De omschrijving per score staat in de [rubric op de trainerspagina]. Laat …" */
export const rubricHintBefore = 'De omschrijving per score staat in de';
export const rubricHintLink = 'rubric op de trainerspagina';
export const rubricHintAfter = '. Laat een competentie open als je haar niet beoordeelt.';
export const scoreFor = (competence: string) => `Score voor ${competence}`;
export const noScore = 'geen score';
export const nothingToSend = 'Er is nog geen feedback: schrijf eerst een opmerking of geef een score.';
export const linkBelow = (author: string, plan: string) =>
  `De feedbacklink staat hieronder. Stuur hem naar ${student(author)}: wie hem opent in de browser met ${plan}, ziet je opmerkingen bij de velden.`;
export const makeLink = 'Maak feedbacklink';
export const fileSaved = (fileName: string, author: string) =>
  `Feedbackbestand gedownload: ${fileName}. ${author || 'De student'} opent het in het werkboek, bij "Feedback van je trainer".`;
export const downloadFeedback = 'Download feedback (JSON)';
export const linkLabel = 'Feedbacklink';
export const linkCopied = 'Feedbacklink gekopieerd.';
export const copyLink = 'Kopieer feedbacklink';
