/**
 * The words of the presentation page as it opens (Presentation.tsx, PresentationDownloads.tsx:
 * /presentatie/). The slides' list and editors have theirs in presentation-slides.ts, presenting
 * in presentation-show.ts; the slides' own words (titles, notes) are in src/deck/messages/.
 */

// ---------- the page ----------

export const loading = 'Je plan wordt geladen…';
export const slidesHeading = "De dia's";
export const planOf = (name: string) => `Presentatie van het plan ${name}`;
export const slideCount = (shown: number, total: number) => (shown === total ? `${total} dia's` : `${shown} van de ${total} dia's doen mee`);
export const minutesLabel = 'Lengte van de presentatie (minuten)';
export const minutesHint = (defaultMinutes: number) =>
  `Leeg: ${defaultMinutes} minuten. Dat is de grens bij een verwant B2-examen; kijk in het reglement van je eigen examen hoeveel tijd je hebt.`;
export const minutesInvalid = 'Vul een heel aantal minuten in, van 1 tot 600.';
export const perSlideHint = (time: string) => `Dat is ongeveer ${time} per dia.`;
export const forCustomerLabel = 'Versie voor de klant (stap 8)';
export const forCustomerHint =
  "Laat weg wat intern is: de cijfers en de opbouw van je omzetdoel, de risico's, je eigen budget en uren, marges en omzetdoelen, de relatiekaart van de DMU (die toont ieders houding), en in je notities de houding van de DMU, je groeirichting en je boodschap per rol.";
export const present = 'Presenteer';
export const presentHint =
  'Volledig scherm. Volgende dia: pijl naar rechts, spatie of Page Down (zo werkt ook een clicker). Terug: pijl naar links of Page Up. Stoppen: Esc.';
export const presenterView = 'Sprekersweergave';
export const presenterWindow = 'Sprekersweergave in een nieuw venster';
export const presenterWindowHint = 'Zet dit venster op je eigen scherm en presenteer in het andere venster op de beamer: ze volgen elkaar.';

// ---------- downloads ----------

export const downloadPptx = 'Download PowerPoint (.pptx)';
export const downloadSlidesPdf = "Download dia's (PDF)";
export const busy = 'Bezig…';
export const saved = (fileName: string) => `${fileName} is gedownload.`;
export const savedWithReplaced = (fileName: string, count: number) =>
  `${fileName} is gedownload. ${count === 1 ? 'Eén teken kon' : `${count} tekens konden`} niet in het lettertype van de PDF en ${count === 1 ? 'staat' : 'staan'} er als �.`;
export const failed = 'Downloaden is niet gelukt. Probeer het opnieuw.';
export const noSlides = 'Er doet geen dia mee: zet er minstens één aan.';
export const popupBlocked = 'Het nieuwe venster werd geblokkeerd. Sta pop-ups toe voor deze site, of gebruik de sprekersweergave in dit venster.';
