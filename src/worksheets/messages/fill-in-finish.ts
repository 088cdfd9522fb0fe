/** The words of fill-in mode's last screen (fill-in/FinishScreen.tsx), loaded with it. */

export const finishGoal = 'Vul het voorblad in en schrijf als laatste de managementsamenvatting: de kern van je plan. Download daarna je plan als PDF.';
export const pdfTitle = 'Je plan als PDF';
export const pdfIntro =
  'De PDF bevat het hele plan: voorblad, inhoudsopgave, samenvatting, de negen stappen en de open punten. Kies de examenindeling voor een PDF in de hoofdstukken van het examenplan.';
export const wordIntro = 'Wil je verder schrijven in Word? Het Word-document staat in de hoofdstukken van het examenplan.';
/** "Een reservekopie, … maak je in het [werkboek]." */
export const workbookPointerBefore = 'Een reservekopie, versies en een leeslink voor je trainer maak je in het';
export const workbookPointerLink = 'werkboek';
export const workbookPointerAfter = '.';
