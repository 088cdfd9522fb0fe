/**
 * The words both documents of a plan write, the PDF (src/pdf/) and the Word document (src/docx/):
 * the cover, the contents, the layouts of the fields both draw as tables, the exam order's empty
 * chapters, and their file names (src/pdf/file-name.ts). Words only one of them writes are in
 * src/pdf/messages.ts and src/docx/messages.ts; the chapters and appendices of the exam order are
 * in ../exam.ts.
 */

// ---------- the plan as a document ----------

/** The site's name: the documents' creator. */
export const creator = 'Accountplan in 9 stappen';
/** A plan's title when there is no title and no account; the PDF's cover also writes it above a title without it. */
export const accountPlan = 'Accountplan';
/** The subject in the document's properties: "Accountplan voor Zorggroep Lindenhof". */
export const accountPlanFor = (account: string) => `Accountplan voor ${account}`;

// ---------- the cover ----------

export const accountLabel = 'Account';
export const authorLabel = 'Auteur';
export const organisationLabel = 'Organisatie';
export const periodLabel = 'Periode';
export const purposeLabel = 'Doel van het plan';
/** The date the document was made. */
export const dateLabel = 'Datum';
/** The plan's period, dates already written: "1 januari 2026 – 31 december 2026". */
export const periodFromTo = (from: string, to: string) => `${from} – ${to}`;
export const periodFrom = (from: string) => `vanaf ${from}`;
export const periodTo = (to: string) => `tot en met ${to}`;

// ---------- contents, empty chapters ----------

/** The table of contents. */
export const contents = 'Inhoud';
export const chapterNotFilled = 'Dit hoofdstuk is nog niet ingevuld.';
export const appendixNotFilled = 'Deze bijlage is nog niet ingevuld.';

// ---------- fields with a layout of their own ----------

export const swotTitle = 'SWOT van de klant';
/** The first column of the confrontation matrix. */
export const strengthOrWeakness = 'Sterkte of zwakte';
/** The RACI chart's first column, and the name of a goal without text in it. */
export const goal = 'Doel';
/** A team member without a name in the RACI chart. */
export const teamMember = 'Teamlid';
export const raciLegend = 'R = voert uit · A = eindverantwoordelijk · C = denkt mee · I = wordt geïnformeerd';
/** The objectives' second table: their references to steps 1 and 4 and the strategies. */
export const objectivesOrigin = 'Waar de doelen vandaan komen';
/** The first cell of a totals row. */
export const total = 'Totaal';
export const weightedTotal = 'Gewogen met de waarschijnlijkheid';
export const budgetBalance = 'Saldo (extra brutomarge min kosten)';
/** After the budget's total hours: "120 uur". */
export const hoursUnit = 'uur';
/** Under the budget, the amount already written. */
export const ofWhichHours = (amount: string) => `Waarvan uren: ${amount}.`;
/** Under the budget, the percentage already written. */
export const balanceOfCost = (percent: string) => `Het saldo is ${percent} van de kosten.`;
/** Under the quarters when they do not add up to the plan year's revenue; amounts already written. */
export const quartersDiffer = (revenue: string, year: number, target: string) => `Let op: de kwartalen tellen op tot ${revenue}, maar voor ${year} plan je ${target}.`;
/** The review dates that follow from the period and the rhythm (step 2). */
export const reviewMoments = 'Evaluatiemomenten';

// ---------- the financial years ----------

/** The table of the years, and the Word document's chart. */
export const financeTitle = 'Omzet en brutomarge per jaar';
export const yearColumn = 'Jaar';
export const revenueColumn = 'Omzet';
export const marginColumn = 'Marge';
export const grossMarginColumn = 'Brutomarge';
/** A year of the plan, against one that has been. */
export const planYear = 'plan';
export const realisedYear = 'gerealiseerd';

// ---------- the sources ----------

export const sourceNumberColumn = 'Nr.';
export const sourceColumn = 'Bron';
export const consultedColumn = 'Geraadpleegd op';

// ---------- file names ----------

/** The name of a plan's file without its extension, `account` and `date` as written in file names. */
export const planFileStem = (account: string, date: string) => `accountplan-${account}-${date}`;
/** What stands for the account in the file name of a plan without one. */
export const noAccountInFileName = 'plan';
