/**
 * The words of the presentation page (Presentation*.tsx: /presentatie/). The slides' own words
 * (titles, notes, what a slide shows) are in src/deck/messages/deck.ts.
 */

// ---------- the page ----------

export const loading = 'Je plan wordt geladen…';
export const planOf = (name: string) => `Presentatie van het plan ${name}`;
export const slideCount = (shown: number, total: number) => (shown === total ? `${total} dia's` : `${shown} van de ${total} dia's doen mee`);
export const minutesLabel = 'Lengte van de presentatie (minuten)';
export const minutesHint = (defaultMinutes: number) =>
  `Leeg: ${defaultMinutes} minuten. Dat is de grens bij een verwant B2-examen; kijk in het reglement van je eigen examen hoeveel tijd je hebt.`;
export const minutesInvalid = 'Vul een heel aantal minuten in, van 1 tot 600.';
export const perSlideHint = (time: string) => `Dat is ongeveer ${time} per dia.`;
export const forCustomerLabel = 'Versie voor de klant (stap 8)';
export const forCustomerHint = "Laat weg wat intern is: de cijfers, de risico's, je eigen budget en uren, marges en omzetdoelen, en de houding van de DMU in je notities.";
export const present = 'Presenteer';
export const presentHint = 'Volledig scherm. Volgende dia: pijl naar rechts, spatie of Page Down (zo werkt ook een clicker). Terug: pijl naar links of Page Up. Stoppen: Esc.';
export const presenterView = 'Sprekersweergave';
export const presenterWindow = 'Sprekersweergave in een nieuw venster';
export const presenterWindowHint = 'Zet dit venster op je eigen scherm en presenteer in het andere venster op de beamer: ze volgen elkaar.';
export const practiseInterview = 'Oefen het interview';
export const practiseInterviewHint = 'Vragen per competentie, gemaakt van je eigen plan, met een timer en je aantekeningen.';

// ---------- downloads ----------

export const downloadPptx = 'Download PowerPoint (.pptx)';
export const downloadSlidesPdf = "Download dia's (PDF)";
export const busy = 'Bezig…';
export const saved = (fileName: string) => `${fileName} is gedownload.`;
export const savedWithReplaced = (fileName: string, count: number) =>
  `${fileName} is gedownload. ${count === 1 ? 'Eén teken kon' : `${count} tekens konden`} niet in het lettertype van de PDF en ${count === 1 ? 'staat' : 'staan'} er als �.`;
export const failed = 'Downloaden is niet gelukt. Probeer het opnieuw.';
export const noSlides = "Er doet geen dia mee: zet er minstens één aan.";

// ---------- one slide ----------

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

// ---------- presenting ----------

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
export const popupBlocked = 'Het nieuwe venster werd geblokkeerd. Sta pop-ups toe voor deze site, of gebruik de sprekersweergave in dit venster.';
