/** The words of presenting (PresentationShow.tsx): the show and the presenter view. */

export const showLabel = 'Presentatie';
export const presenterLabel = 'Sprekersweergave';
export const previous = 'Vorige dia';
export const next = 'Volgende dia';
export const close = 'Stop';
export const position = (number: number, total: number) => `Dia ${number} van ${total}`;
export const nextSlide = 'Volgende dia';
export const lastSlide = 'Dit is de laatste dia.';
export const notesHeading = 'Notities';
export const noNotes = 'Geen notities bij deze dia.';
export const timerHeading = 'Tijd';
export const elapsedOf = (elapsed: string, length: string) => `${elapsed} van ${length}`;
export const timeLeft = (left: string) => `Nog ${left}`;
export const timeOver = (over: string) => `${over} over de tijd`;
export const timeNear = 'Bijna op tijd: rond af.';
export const pause = 'Pauzeer de tijd';
export const resume = 'Laat de tijd weer lopen';
export const restart = 'Begin de tijd opnieuw';
export const fullscreenRefused = 'Volledig scherm lukt niet in deze browser; de presentatie vult het venster.';
