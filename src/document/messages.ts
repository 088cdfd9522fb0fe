/**
 * The words of the plan as a document (src/document/): what the PDF and the Word document both
 * write, from the cover to the appendices, the blank form included. Words only one of them writes
 * (the PDF's footer, Word's styles and prompts' label) are in src/pdf/messages.ts and
 * src/docx/messages.ts; the chapters and appendices of the exam order in src/plan/exam/exam.ts;
 * the plans' file names in src/plan/messages/document.ts.
 *
 * Plain texts are constants, texts that take values are functions; every export small and named.
 */

// ---------- the plan as a document ----------

/** The site's name: the documents' creator. */
export const creator = 'Accountplan in 9 stappen';
/** A plan's title when there is no title and no account; also written above a title without it. */
export const accountPlan = 'Accountplan';
/** The subject in the document's properties: "Accountplan voor Zorggroep Lindenhof". */
export const accountPlanFor = (account: string) => `Accountplan voor ${account}`;
/** The subject of a document in the order of the steps. */
export const subjectInSteps = 'Accountplan in negen stappen';
export const subjectInStepsFor = (account: string) => `Accountplan voor ${account}, in negen stappen`;
/** The first keyword in the properties, before the account. */
export const keyword = 'accountplan';

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
/** At the foot of the cover: "Opgesteld met Accountplan in 9 stappen". */
export const draftedWith = (name: string) => `Opgesteld met ${name}`;

// ---------- contents, chapters, empty fields ----------

/** The table of contents. */
export const contents = 'Inhoud';
/** Empty fields, when the reader shows them. */
export const notFilled = 'nog niet ingevuld';
export const stepNotFilled = 'Deze stap is nog niet ingevuld.';
export const chapterNotFilled = 'Dit hoofdstuk is nog niet ingevuld.';
export const appendixNotFilled = 'Deze bijlage is nog niet ingevuld.';
export const summaryTitle = 'Managementsamenvatting';
/** Above the summary on the blank form. */
export const writeLast = 'Schrijf deze als laatste';
/** Above a chapter of the exam order: "Hoofdstuk 3". */
export const chapterKicker = (number: string) => `Hoofdstuk ${number}`;
/** Above the first appendix of the exam order. */
export const appendicesKicker = 'Bijlagen';
/** Above an appendix in the order of the steps. */
export const appendixKicker = 'Bijlage';

// ---------- the open points ----------

export const openPointsTitle = 'Open punten';
export const openPointsKicker = 'Controles uit het werkboek';
export const allChecksPass = 'Alle controles die het werkboek kan doen, zijn in orde.';
export const openPointsIntro = (count: number) =>
  `${count === 1 ? 'Dit punt is' : `Deze ${count} punten zijn`} volgens de controles van het werkboek nog niet in orde. Werk ${count === 1 ? 'het' : 'ze'} bij voordat je het plan deelt.`;
/** Open points that belong to no step. */
export const general = 'Algemeen';
export const selfChecksTitle = 'Zelf nagaan';
export const selfChecksIntro = 'Deze punten uit de checklists van de lessen kan geen programma beoordelen. Loop ze zelf na voordat je het plan deelt.';

// ---------- the sources ----------

export const sourcesTitle = 'Bronnen';
export const sourcesIntro = 'De bronnen die voor dit plan zijn geraadpleegd (stap 3, Discover).';
/** In step 3, where the sources would be. */
export const sourcesInAppendix = 'De gebruikte bronnen staan in de bijlage Bronnen, achter in dit plan.';
export const sourceNumberColumn = 'Nr.';
export const sourceColumn = 'Bron';
export const consultedColumn = 'Geraadpleegd op';

// ---------- fields with a layout of their own ----------

export const swotTitle = 'SWOT van de klant';
/** The first column of the confrontation matrix. */
export const strengthOrWeakness = 'Sterkte of zwakte';
/** Under the confrontation matrix; `scores` is the legend of the scores. */
export const matrixLegend = (scores: string) => `${scores}. De codes S, Z, K en B verwijzen naar de SWOT.`;
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
/** After the budget's total hours: "120 uur". */
export const hoursUnit = 'uur';
/** Under the budget, the amount already written. */
export const ofWhichHours = (amount: string) => `Waarvan uren: ${amount}.`;
/** Under the budget, the percentage already written. */
export const balanceOfCost = (percent: string) => `Het saldo is ${percent} van de kosten.`;
/** Under the quarters when they add up to the plan year's revenue. */
export const quartersMatch = (year: number) => `De kwartalen tellen op tot de omzet die je voor ${year} plant.`;
/** Under the quarters when they do not add up to the plan year's revenue; amounts already written. */
export const quartersDiffer = (revenue: string, year: number, target: string) =>
  `Let op: de kwartalen tellen op tot ${revenue}, maar voor ${year} plan je ${target}.`;
/** The review dates that follow from the period and the rhythm (step 2). */
export const reviewMoments = 'Evaluatiemomenten';
/** A reference to a row without a name: "rij 2". */
export const rowNumber = (index: number) => `rij ${index + 1}`;

// ---------- the financial years ----------

/** The table of the years, and its chart. */
export const financeTitle = 'Omzet en brutomarge per jaar';
/** Over the relationship map under the DMU, and the timeline under the actions. */
export const mapTitle = 'Relatiekaart';
export const timelineTitle = 'Tijdlijn';
export const yearColumn = 'Jaar';
export const revenueColumn = 'Omzet';
export const marginColumn = 'Marge';
export const grossMarginColumn = 'Brutomarge';
/** The years' last column: plan or realised. */
export const yearKindColumn = 'Soort';
/** A year of the plan, against one that has been. */
export const planYear = 'plan';
export const realisedYear = 'gerealiseerd';

// ---------- the blank form ----------

/** The title of the blank form: cover, footers, document properties. */
export const formTitle = 'Werkbladen accountplan';
export const formIntro =
  'Alle werkbladen om op papier in te vullen, stap voor stap. Bij elk veld staat wat erin hoort. Werk je liever op de computer? Elke les op de site heeft hetzelfde werkblad, en het werkboek maakt er een PDF van.';
/** After the line of a date. */
export const dateRoom = 'dag – maand – jaar';
/** After the line of an amount. */
export const euroUnit = 'euro';
/** Under the empty confrontation matrix; `scores` is the legend of the scores. */
export const formMatrixLegend = (scores: string) => `Score per cel: ${scores}. S = sterkte, Z = zwakte, K = kans, B = bedreiging van de klant.`;

// ---------- the trainer's feedback ----------

export const feedbackTitle = 'Feedback van je trainer';
export const feedbackIntro =
  'De opmerkingen van je trainer, bij het veld of de stap waar ze over gaan. "Verwerkt" staat bij wat je als verwerkt hebt aangevinkt.';
/** The day already written. */
export const aboutPlanOn = (day: string) => `Over het plan zoals het was op ${day}.`;
/** After a comment the student marked done. */
export const doneMark = ' · verwerkt';
export const overallComment = 'Algemene opmerking';
export const scoresTitle = 'Beoordeling per competentie';
/** A comment on the cover. */
export const coverPlace = 'Voorblad';
/** Where a comment on the presentation or the interview practice is: their words are not part of the written plan. */
export const presentationPlace = 'Presentatie en interview';
/** A comment on a step as a whole; `step` as "Stap 3 · Discover". */
export const wholeStep = (step: string) => `${step} (de hele stap)`;
/** A comment on a field: "Stap 3 · Discover › Ambitie". */
export const fieldPlace = (step: string, label: string) => `${step} › ${label}`;
