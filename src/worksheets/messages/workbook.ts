/**
 * The words of the workbook (the Workbook*.tsx islands and what they show: PlanList, Backup,
 * Versions, VersionCompare, CalendarDownload, ShareWithTrainer, ExamEstimate, QuizProgress). Step titles, the checks' counts and "Annuleer" are in ../messages.ts.
 */

import { pages, points } from '../messages';

// ---------- plans ----------

export const yourPlans = 'Je plannen';
export const renameLabel = 'Naam van het actieve plan';
export const renameHint = 'Laat je dit leeg, dan heet het plan naar de klant op het voorblad: "Accountplan" en de naam van de klant.';
export const activeBadge = ' (actief)';
export const openPlanLabel = (name: string) => `Open plan ${name}`;
export const open = 'Open';
export const duplicatePlanLabel = (name: string) => `Dupliceer plan ${name}`;
export const duplicate = 'Dupliceer';
export const confirmDelete = (name: string) => `Ja, verwijder ${name}`;
export const deletePlanLabel = (name: string) => `Verwijder plan ${name}`;
export const remove = 'Verwijder';
export const plansLoading = 'Plannen laden…';
export const newPlan = 'Nieuw plan';
export const newFromExample = 'Nieuw plan op basis van het voorbeeld';
/** What an action on the list did, with the plan that is active after it. */
export const switched = (name: string) => `Je werkt nu in "${name}".`;
export const duplicated = (copy: string, active: string) => `Kopie "${copy}" gemaakt. Je werkt nog in "${active}".`;
export const openCopy = 'Open de kopie';
export const undoDuplicate = 'Maak het kopiëren ongedaan';
export const duplicateUndone = (copy: string) => `Kopie "${copy}" is weer weggehaald.`;
export const newPlanMade = (name: string) => `Nieuw plan "${name}" gemaakt. Je werkt nu in dat plan.`;
export const undoNewPlan = 'Haal het nieuwe plan weg';
export const newPlanUndone = (name: string) => `"${name}" is weer weggehaald. Je werkt weer in het plan van daarvoor.`;
export const renamed = (before: string, after: string) => `De naam "${before}" is nu "${after}".`;
export const undoRename = 'Zet de oude naam terug';
export const renameUndone = (name: string) => `De naam is weer "${name}".`;
/** The name of a plan made from the example: "Voorbeeld: Zorggroep Lindenhof". */
export const exampleCopyName = (account: string) => `Voorbeeld: ${account}`;

// ---------- cover ----------

export const cover = 'Voorblad';
export const coverIntro = 'Deze gegevens komen op het voorblad van je PDF.';
/** The summary's heading when its group has no title. */
export const summary = 'Samenvatting';
export const summaryIntro = 'Schrijf de samenvatting als de negen stappen af zijn. In de PDF staat ze vooraan.';

// ---------- progress and checks ----------

/** "2 punten zelf nagaan" */
export const selfLabel = (n: number) => `${points(n)} zelf nagaan`;
export const progressTitle = 'Voortgang per stap';
/** `completeness` already written ("40 van 120 velden ingevuld"); `openPoints` null when every check passes. */
export const wholePlan = (completeness: string, percent: number, openPoints: string | null) =>
  `Hele plan: ${completeness} (${percent}%). ${openPoints === null ? 'Alle controles zijn in orde.' : `Nog ${openPoints}.`}`;
export const progressLoading = 'Voortgang laden…';
export const fieldCount = (total: number) => `${total} velden`;
export const stillEmpty = 'Nog leeg:';
export const checksTitle = 'Controles';
export const allChecksOk = (checks: number, self: number) =>
  `Alle ${checks} controles zijn in orde. Ga nog ${points(self)} zelf na: die kan geen programma beoordelen.`;
/** `openPoints` already written ("9 open punten"): the same count as the progress above. */
export const someChecksOpen = (openPoints: string, failing: number, checks: number, self: number) =>
  `Nog ${openPoints}, bij ${failing} van de ${checks} controles. Daarnaast ga je ${points(self)} zelf na.`;
export const stepOk = 'in orde';

// ---------- output ----------

export const outputTitle = 'PDF, Word en reservekopie';
export const pdfIntro =
  'De PDF bevat het actieve plan: voorblad, inhoudsopgave, samenvatting, alle stappen en de open punten. Kies de examenindeling voor een PDF in de hoofdstukken van het examenplan.';
export const wordTitle = 'Verder schrijven in Word';
/** "… Lees op [Van werkboek naar examenplan] wat er in elk hoofdstuk hoort." */
export const wordIntroBefore =
  'Het Word-document staat in de hoofdstukken van het examenplan, met een inhoudsopgave, echte kopjes en tabellen. Per hoofdstuk staat een schrijfaanwijzing: vervang die door je eigen tekst. Lees op';
export const wordIntroLink = 'Van werkboek naar examenplan';
export const wordIntroAfter = 'wat er in elk hoofdstuk hoort.';

// ---------- the plan in pictures ----------

export const mapTitle = 'Relatiekaart van de DMU';
export const mapIntro =
  'Wie er bij de klant beslist, hoe ze tegenover jullie staan en wie van jullie team het contact houdt. Dezelfde kaart staat bij stap 3, 5 en 8 en in de PDF.';
export const timelineTitle = 'Planning in één beeld';
export const timelineIntro =
  'Je acties van stap 9 op een tijdlijn, met de mijlpalen en de evaluatiemomenten van stap 2. Die evaluatiemomenten zet je hieronder in je agenda.';
export const pictureLoading = 'Afbeelding laden…';

// ---------- finance ----------

export const financeTitle = 'Financieel overzicht';
/** "De omzet en brutomarge per jaar: de geschiedenis uit [stap 1] en de planjaren uit [stap 6]. Dezelfde grafiek staat in de PDF." */
export const financeIntroBefore = 'De omzet en brutomarge per jaar: de geschiedenis uit';
export const financeIntroHistory = 'stap 1';
export const financeIntroBetween = 'en de planjaren uit';
export const financeIntroPlan = 'stap 6';
export const financeIntroAfter = '. Dezelfde grafiek staat in de PDF.';
export const bridgeTitle = 'Opbouw van het omzetdoel';
export const bridgeIntro =
  'Van de omzet van vorig jaar, via de groei en je verkoopkansen, naar de omzet die je kunt verwachten, naast je doel voor het planjaar. Uit stap 1 en stap 6.';
export const overviewLoading = 'Overzicht laden…';

// ---------- the living plan: headings ----------

export const versionsTitle = 'Versies';
export const calendarTitle = 'Agenda';
export const shareTitle = 'Delen met je trainer';

// ---------- backup ----------

export const backupSaved = (fileName: string) => `Reservekopie gedownload: ${fileName}.`;
export const backupTitle = 'Reservekopie (JSON)';
export const backupIntro = 'Je plannen staan alleen in deze browser. Bewaar af en toe een reservekopie, of zet je plan zo over naar een andere computer.';
export const exportPlan = 'Exporteer dit plan (JSON)';
export const importLabel = 'Importeer een reservekopie (JSON)';
export const fileUnreadable = 'Dit bestand kon niet gelezen worden.';
export const importHint = 'Een ingelezen plan komt erbij als nieuw plan; je bestaande plannen blijven zoals ze zijn.';

// ---------- versions (LivingPlan.tsx) ----------

export const unknownDate = 'datum onbekend';
export const versionsIntro = 'Bewaar een versie na elke belangrijke stap, met een korte notitie. Later zie je precies wat er sindsdien veranderde.';
export const noteLabel = 'Wat is er veranderd?';
export const notePlaceholder = 'Bijvoorbeeld: na klantgesprek 12 maart';
export const saveVersion = 'Bewaar versie';
export const restoreVersionLabel = (note: string) => `Zet versie ${note} terug als nieuw plan`;
export const restoreVersion = 'Terugzetten als nieuw plan';
export const deleteVersionLabel = (note: string) => `Verwijder versie ${note}`;
export const compareLoading = 'Vergelijking laden…';
export const noVersions = 'Nog geen versies bewaard.';

// ---------- calendar (LivingPlan.tsx) ----------

export const calendarIntro = 'Zet de evaluatiemomenten (stap 2), de mijlpalen en de deadlines van je acties (stap 9) in je agenda: Outlook, Google of Apple.';
/** Dates left out of the calendar; `fields` already listed. */
export const datesLeftOut = (fields: string) =>
  ` Niet in de agenda, want de datum bestaat niet of ligt niet tussen 1900 en 2100: ${fields}. Verbeter die datum in het werkblad.`;
export const noUsableDate = (leftOut: string) => `Er staat geen bruikbare datum in het plan.${leftOut}`;
export const noDates = 'Er staan nog geen datums in het plan: vul de geldigheidsperiode en het ritme (stap 2) of de data van acties (stap 9) in.';
export const calendarSaved = (fileName: string, count: number, leftOut: string) =>
  `Agenda gedownload: ${fileName} (${count} ${count === 1 ? 'afspraak' : 'afspraken'}). Open het bestand om de afspraken in je agenda te zetten.${leftOut}`;
export const calendarFailed = 'De agenda kon niet worden gemaakt. Controleer de datums in stap 2 en stap 9, en probeer het opnieuw.';
export const downloadCalendar = 'Download agenda (.ics)';

// ---------- sharing (LivingPlan.tsx) ----------

export const shareIntro =
  'Je trainer kan je plan lezen zonder account: de link bevat het hele plan. Het plan staat achter het #-teken, en dat deel van een link stuurt een browser nooit naar een server. Iedereen die de link heeft, kan het plan lezen: stuur hem alleen naar je trainer.';
export const linkBelow = 'De link staat hieronder. Kopieer hem en stuur hem naar je trainer.';
export const shareButton = 'Deel met trainer';
export const shareLinkLabel = 'Link naar je plan';
export const linkLength = (characters: string) => `De link is ${characters} tekens lang, want je hele plan zit erin.`;
export const longLinkAdvice =
  "Sommige chat-apps en e-mailprogramma's knippen zo'n lange link af. Stuur hem per e-mail, en controleer of je trainer het plan kan openen. Lukt dat niet, stuur dan een reservekopie (JSON) als bijlage: je trainer leest die in het werkboek in.";
export const mailLink = 'Stuur per e-mail';
export const mailSubject = (plan: string) => `Mijn accountplan: ${plan}`;
export const mailBody = (link: string) => `Hallo,\n\nHier is de link naar mijn accountplan. Open hem in je browser om het plan te lezen:\n\n${link}\n\nGroet,`;

// ---------- size as an exam plan (ExamEstimate.tsx) ----------

export const examTooShort = (min: number) =>
  `Dat is nog minder dan de ${min} pagina's die het examen vraagt. Vul de werkbladen verder in en schrijf per hoofdstuk je eigen inleiding en conclusie.`;
export const examTooLong = (max: number) =>
  `Dat is meer dan de ${max} pagina's die het examen toestaat. Vat lange teksten samen of zet grote tabellen in een bijlage.`;
export const examFits = (min: number, max: number) =>
  `Dat past binnen de ${min} tot ${max} pagina's van het examen. Houd ruimte voor je eigen inleidingen en conclusies.`;
export const appendicesTooLong = (max: number) =>
  ` De bijlagen zijn langer dan de ${max} pagina's die mogen: houd alleen de tabellen over die je in de tekst nodig hebt.`;
export const examSizeTitle = 'Omvang als examenplan';
export const examEstimate = (body: number, appendices: number, advice: string) =>
  `Je werkbladen vullen in de examenindeling ongeveer ${pages(body)} hoofdtekst en ${pages(appendices)} bijlagen (zonder voorblad en inhoudsopgave). ${advice}`;
export const examSizeLoading = 'Omvang berekenen…';

// ---------- knowledge check (QuizProgress.tsx) ----------

export const quiz = 'Kennischeck';
export const quizNotDone = 'nog niet gemaakt';

/** Added to a refused import: unless the message says so already, that nothing changed. */
export const nothingChanged = (message: string) => (/ niets (bewaard|veranderd)/.test(message) ? message : `${message} Er is niets veranderd.`);
