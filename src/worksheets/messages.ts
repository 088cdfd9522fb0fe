/**
 * The words of the worksheets that every worksheet page loads (this module is in the shared
 * `werkblad` chunk): the worksheet's head, the editors, the save status, the PDF button, and a few
 * words that several parts share (the checks' counts, step titles). Parts loaded on demand keep
 * their words in `./messages/<part>.ts`, loaded only with that part: notices, island-failed,
 * matrix-editor, derived, example-content, fill-in, workbook (with the versions, calendar, sharing,
 * exam estimate and quiz progress), pdf-options, word-button, plan-view, shared-plan,
 * feedback-form, feedback-list, receive-feedback, workbook-feedback; the words of copying a link
 * are in `./messages/copy-link.ts` (the lessons' section links use them without a worksheet).
 *
 * Plain texts are constants, texts that take values are functions. Keep every export small and
 * named: a lesson page carries only what its worksheet shows.
 */
import { ellipsize } from '../plan/values/text';

const capitalize = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

// ---------- the worksheet (Worksheet.tsx, FieldGroup.tsx) ----------

export const noScript = 'Zet JavaScript aan om dit werkblad in te vullen. De les hierboven kun je gewoon lezen.';
export const copyFieldLinkLabel = (label: string) => `Kopieer link naar oefening: ${label}`;
export const copyFieldLinkTitle = 'Kopieer de link naar deze oefening';
/** What an item of a list is called when its meaning has no word for it. */
export const itemWord = 'regel';
/** What a row of a table is called when its meaning has no word for it. */
export const rowWord = 'rij';
export const matrixLoading = 'Matrix laden…';

// ---------- which plan, and the save status (PlanSwitcher.tsx, StatusBar.tsx) ----------

export const planLabel = 'Plan';
export const loading = 'Laden…';
export const newPlanButton = 'Nieuw plan';
export const saveState = { saved: 'Opgeslagen', pending: 'Opslaan…', failed: 'Niet opgeslagen' } as const;
export const worksheetLoading = 'Werkblad laden…';
export const memoryOnlyStatus = 'Niet opgeslagen: alleen in dit tabblad';

// ---------- editors (fields/) ----------

/** "+ Sterkte toevoegen" */
export const addItem = (item: string) => `+ ${capitalize(item)} toevoegen`;
/** A row or item by number: "sterkte 2". */
export const numbered = (item: string, index: number) => `${item} ${index + 1}`;
export const moveUpLabel = (name: string) => `Zet ${name} hoger`;
export const moveUpTitle = 'Omhoog';
export const moveDownLabel = (name: string) => `Zet ${name} lager`;
export const moveDownTitle = 'Omlaag';
export const removeLabel = (name: string) => `Verwijder ${name}`;
export const removeTitle = 'Verwijderen';
export const nothingYet = 'Nog niets ingevuld.';
export const choose = '— kies —';
/** The choices of a score field, by score (index 0 unused). */
export const scoreWords = ['', '1 – heel laag', '2 – laag', '3 – gemiddeld', '4 – hoog', '5 – heel hoog'] as const;
/** A reference to a row that was removed since. */
export const removedChoice = '(verwijderd)';
/** A typed number or date that was refused; `typed` is what the reader typed (may be empty). */
export const notSaved = (reason: string, typed: string) => `${reason} Wat je typte${typed ? ` ("${ellipsize(typed, 40)}")` : ''} is niet opgeslagen.`;

// ---------- "Toon voorbeeld" (ExampleValue.tsx) ----------

export const showExample = 'Toon voorbeeld';
export const hideExample = 'Verberg voorbeeld';
export const exampleFailed = 'Het voorbeeld kon niet geladen worden. Probeer het opnieuw als je weer verbinding hebt.';

// ---------- the PDF button (PdfButton.tsx) ----------

/** "1 pagina", "12 pagina's" */
export const pages = (n: number) => `${n} ${n === 1 ? 'pagina' : "pagina's"}`;
export const pdfBusy = 'PDF wordt gemaakt…';
export const downloadPdf = 'Download PDF';
/** `examPages`: the page counts of the exam-ordered PDF; `replaced`: characters the font could not draw. */
export const pdfSaved = (fileName: string, examPages: { body: number; appendices: number } | null, replaced: number) =>
  `PDF gedownload: ${fileName}.` +
  (examPages
    ? ` De hoofdstukken beslaan ${pages(examPages.body)} (het examen vraagt 10 tot 25), de bijlagen ${pages(examPages.appendices)} (hoogstens 5).`
    : '') +
  (replaced
    ? ` ${replaced === 1 ? 'Eén teken kon' : `${replaced} tekens konden`} niet in het PDF-lettertype worden getoond (bijvoorbeeld emoji of een ander schrift); in de PDF staat daar een �.`
    : '');
/** Under a PDF button without options, when the reader chose the exam order in the workbook: "… [Kies in het werkboek]". */
export const inExamOrder = 'Je PDF komt in de examenindeling.';
export const changeOrder = 'Wijzig dat in het werkboek';
export const pdfFailed = 'De PDF kon niet gemaakt worden. Probeer het opnieuw; lukt het niet, exporteer dan je plan als JSON.';

// ---------- shared by fill-in mode, the workbook and the plan view ----------

/** "Stap 3: Discover" */
export const stepTitle = (number: number, name: string) => `Stap ${number}: ${name}`;
export const coverAndSummary = 'Voorblad en samenvatting';
/** "1 punt", "3 punten" */
export const points = (n: number) => `${n} ${n === 1 ? 'punt' : 'punten'}`;
/** "3 open punten", "1 open punt" */
export const openPoints = (n: number) => `${n} open ${n === 1 ? 'punt' : 'punten'}`;
export const checksLoading = 'Controles laden…';
/** After a check's title, for screen readers. */
export const checkOk = ': in orde';
export const checkNotOk = ': nog niet in orde';
export const selfChecks = 'Zelf nagaan';
export const cancel = 'Annuleer';
export const exportAllPlans = 'Exporteer alle plannen (JSON)';
export const feedbackOpening = 'Feedback openen…';
