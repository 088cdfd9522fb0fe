/**
 * The words of a trainer's feedback as the student sees it (FeedbackList.tsx, FeedbackNotes.tsx).
 * A step's heading ("Stap 1 · Envision") is in src/plan/messages.ts.
 */

export const cover = 'Voorblad';
export const done = 'Verwerkt';
/** After "Verwerkt", for screen readers. */
export const commentAbout = (about: string) => ` (opmerking bij ${about})`;
export const noFeedback = 'Er is nog geen feedback op dit plan.';
/** A comment's place: "Stap 3 · Discover › Ambitie", or a step as a whole. */
export const fieldPlace = (section: string, label: string) => `${section} › ${label}`;
export const stepPlace = (section: string) => `${section} (de hele stap)`;
export const doneCount = (done: number, total: number) => `${done} van ${total} verwerkt.`;
export const aboutPlanOf = (day: string) => ` De opmerkingen gaan over je plan zoals het was op ${day}; wat je daarna veranderde, zag je trainer niet.`;
export const wholePlan = 'het hele plan';
export const overallComment = 'Algemene opmerking';
export const scoresCaption = 'Beoordeling per competentie, op een schaal van 1 tot 5';
export const competence = 'Competentie';
export const score = 'Score (1–5)';
export const confirmRemove = 'Ja, verwijder deze feedback';
export const remove = 'Verwijder deze feedback';
/** The comments at a field or step (FeedbackNotes.tsx). */
export const notesLabel = (about: string) => `Feedback van je trainer bij ${about}`;
