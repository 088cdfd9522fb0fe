/** The words of the slides' list on /presentatie/ (PresentationSlides.tsx, PresentationEditor.tsx). */

export const slideHeading = (number: number, name: string) => `Dia ${number}: ${name}`;
export const slideOff = (name: string) => `${name} (uitgezet)`;
export const slideInternal = (name: string) => `${name} (intern: niet in de versie voor de klant)`;
export const showSlide = 'Deze dia doet mee';
export const titleLabel = 'Titel van de dia';
export const titleHint = 'Zeg in één zin wat de dia laat zien. Leeg: de titel die uit je plan volgt.';
export const notesLabel = 'Sprekersnotities';
export const notesHint = 'Wat je bij deze dia vertelt. Leeg: de notities die uit je plan volgen.';
export const generatedTitle = (title: string) => `Uit je plan: ${title}`;
export const useGenerated = 'Gebruik weer de tekst uit je plan';
export const useGeneratedTitle = (name: string) => `Gebruik weer de titel uit je plan voor ${name}`;
export const useGeneratedNotes = (name: string) => `Gebruik weer de notities uit je plan voor ${name}`;
export const shortenedNote = 'Op de dia ingekort; in de notities staat de hele tekst.';
export const slidePicture = (number: number, total: number, title: string) => `Dia ${number} van ${total}: ${title}`;
export const slideCount = (shown: number, total: number) => (shown === total ? `${total} dia's` : `${shown} van de ${total} dia's doen mee`);
