/**
 * The words only the Word document writes: its styles' names, the writing prompts' label, how to
 * update the contents, the chart's years and the footer. What the document says is in
 * ../document/messages.ts, the same for the PDF and the Word document.
 *
 * Plain texts are constants, texts that take values are functions; every export small and named.
 */
import { creator } from '../document/messages';

// ---------- the document ----------

/** In the document's properties. */
export const description = `Gemaakt met ${creator}, in de indeling van het examenplan.`;
export const descriptionInSteps = `Gemaakt met ${creator}, in de volgorde van de stappen.`;
/** The name of the style of the writing prompts, as Word lists it. */
export const promptStyleName = 'Schrijfaanwijzing';
/** Before each writing prompt. */
export const promptLabel = 'Schrijfaanwijzing: ';
/** The name of the style of the contents' heading, as Word lists it. */
export const contentsHeadingStyleName = 'Kop inhoudsopgave';
/** On the title page: what to do when the contents have no page numbers (a reader that does not update fields, or asks first). */
export const updateContents =
  'De inhoudsopgave krijgt haar paginanummers als je dit document opent. Vraagt je tekstverwerker of hij velden mag bijwerken, kies dan Ja. Staan er geen paginanummers? Klik met de rechtermuisknop op de inhoudsopgave en kies "Veld bijwerken" (Word) of "Index bijwerken" (LibreOffice). Doe dat ook als je hoofdstukken toevoegt.';
/** The footer before Word's page number: "Accountplan Lindenhof · pagina ". */
export const footerPage = (title: string) => `${title} · pagina `;
/** The footer between the page number and the number of pages. */
export const footerOf = ' van ';

// ---------- the chart ----------

/** A plan year in the chart: "2027 (plan)". */
export const chartPlanYear = (year: number) => `${year} (plan)`;

/** A part after the first of a picture taller than a page: "Tijdlijn van het actieplan … (vervolg)". */
export const pictureContinued = (title: string) => `${title} (vervolg)`;
