/** The words of a plan someone shared by link (SharedPlan.tsx, /gedeeld/). */

export const opening = 'Gedeeld plan openen…';
/** "Je leest **"Accountplan …" van …**. Dit gedeelde plan …" */
export const readingBefore = 'Je leest';
export const readingAfter = '. Dit gedeelde plan staat niet in je eigen werkboek tot je het bewaart.';
/** The suffix of the reader's copy of a shared plan. */
export const sharedSuffix = ' (gedeeld)';
export const saveAsMine = 'Bewaar als mijn plan';
export const giveFeedback = 'Geef feedback';
/** 'Bewaard als "…" in je [werkboek].' */
export const savedBefore = (name: string) => `Bewaard als "${name}" in je`;
export const savedLink = 'werkboek';
export const savedAfter = '.';
export const boxesLoading = 'Feedbackvakken laden…';
