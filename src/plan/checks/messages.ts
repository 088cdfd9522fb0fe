/**
 * The words of the checks: what a check says when it fails, the grammar its sentences are made
 * with ("a, b en c", "… mist nog: …", quoting a row's name) and the links to a field. The
 * checklist sentences themselves (what a lesson lists) are content, in the step's module
 * (src/plan/checks/<step>.ts); everything else a check says is here. Plain texts are constants,
 * texts with values are small functions.
 */
import { ellipsize } from '../values/text';

// ---------------------------------------------------------------------------------------------
// Grammar

/** "a, b en c" */
export const and = (parts: readonly string[]) => (parts.length < 2 ? parts.join('') : `${parts.slice(0, -1).join(', ')} en ${parts.at(-1)}`);
/** "Vraag "…" mist nog: een bron en een status." */
export const rowMissing = (name: string, parts: readonly string[]) => `${name} mist nog: ${and(parts)}.`;
/** A row's text in quotes (shortened), or `fallback` when it has none. */
export const quote = (text: string, fallback: string) => (text.trim() ? `"${ellipsize(text.trim(), 80)}"` : fallback);
/** "op regel 3": a row without a name. */
export const onLine = (index: number) => `op regel ${index + 1}`;
/** "geen", "één" or the number. */
export const count = (n: number) => (n === 0 ? 'geen' : n === 1 ? 'één' : n === 2 ? 'twee' : String(n));

/** The link to a field on a step's worksheet. */
export const toStep = (number: number) => `Naar stap ${number}`;
/** The link to a field of the cover, which is written in the workbook. */
export const toWorkbook = 'Naar het werkboek';

// ---------------------------------------------------------------------------------------------
// Step 1

export const ownOrganisationMissing = (parts: readonly string[]) => `Van je eigen organisatie ontbreekt nog: ${and(parts)}.`;
export const aShortDescription = 'een korte beschrijving';
export const theCoreBusiness = 'de kernactiviteiten';
export const theStrategicPoints = 'de strategische uitgangspunten';
export const theSalesPlanPoints = 'de uitgangspunten uit het salesplan';

export const historyNone = 'Vul omzet, marge en aandeel in voor minstens twee jaar.';
export const historyOneYear = 'Er staat nog maar één jaar in de geschiedenis: vul er minstens twee in.';
export const historyYear = (year: number) => `Het jaar ${year}`;
export const historyLine = (index: number) => `Regel ${index + 1} van de geschiedenis`;
export const wordYear = 'jaar';
export const wordRevenue = 'omzet';
export const wordMargin = 'marge';
export const wordShare = 'aandeel';

export const chooseAttitude = 'Kies hoe de klant tegenover jouw organisatie staat.';
export const explainAttitude = 'Licht de houding van de klant toe met iets wat echt gebeurde.';
export const scoreWillingness = 'Geef de bereidheid van de klant een score van 1 tot 5.';
export const explainWillingness = 'Licht de score voor de bereidheid toe.';
export const tooFewCustomerGoals = (n: number) => `Schrijf minstens twee doelen van de klant op; nu ${count(n)}.`;
export const tooManyCustomerGoals = (n: number) => `Je hebt ${n} doelen van de klant: houd de twee tot vier belangrijkste over.`;
export const writeAmbition = 'Schrijf je ambitie voor het account op.';
export const ambitionOneParagraph = 'Je ambitie beslaat meer dan één alinea: breng haar terug tot één.';
export const chooseClassification = 'Kies welke plaats dit account heeft tussen je andere klanten.';
export const explainClassification = 'Leg uit waarom het account deze classificatie krijgt.';
export const firstGoalsNone = 'Schrijf twee tot vier eerste doelen op.';
export const firstGoalsOne = 'Er staat nog maar één eerste doel: schrijf er twee tot vier op.';
export const firstGoalName = (name: string) => `Eerste doel ${name}`;
export const theGoalItself = 'het doel zelf';
export const forWhichUnit = 'voor welke klant of afdeling';
export const why = 'waarom';
export const tooManyFirstGoals = (n: number) => `Je hebt ${n} eerste doelen: kies er hoogstens vier.`;
export const writeReaders = 'Schrijf op wie het plan gaat lezen en gebruiken.';

// ---------------------------------------------------------------------------------------------
// Step 2

export const estimateHours = 'Schat hoeveel uur het schrijven van het plan kost.';
export const chooseReadyBy = 'Kies de datum waarop het plan af en goedgekeurd is.';
export const readyAfterStart = 'Het plan is pas klaar nadat het al geldt: kies een eerdere datum, met tijd voor de goedkeuring.';
export const fillValidity = 'Vul in van wanneer tot wanneer het plan geldt.';
export const endBeforeStart = 'De einddatum van het plan ligt vóór de begindatum.';
export const chooseRhythm = 'Kies hoe vaak je het plan evalueert.';
export const noReviewInPeriod = 'Binnen de geldigheidsperiode valt nog geen evaluatiemoment: maak de periode langer of het ritme korter.';
export const milestonesNone = 'Zet minstens drie mijlpalen op weg naar het plan.';
export const milestonesTooFew = (n: number) => `Er ${n === 1 ? 'staat één mijlpaal' : `staan ${n} mijlpalen`}: zet er minstens drie.`;
export const milestoneName = (name: string) => `Mijlpaal ${name}`;
export const aName = 'een naam';
export const aDate = 'een datum';

// ---------------------------------------------------------------------------------------------
// Step 3

export const missingInfoNone = 'Maak een lijst van wat je nog niet weet over de klant.';
export const questionName = (name: string) => `Vraag ${name}`;
export const theQuestionItself = 'de vraag zelf';
export const aSource = 'een bron';
export const whoFindsOut = 'wie het uitzoekt';
export const aStatus = 'een status';
export const customerMissing = (parts: readonly string[]) => `Van de klant ontbreekt nog: ${and(parts)}.`;
export const wordSector = 'sector';
export const wordEmployees = 'aantal medewerkers';
export const wordStrategy = 'missie en strategie';
export const wordOrientation = 'waar de klant op stuurt';
export const noDecider = 'Er staat nog geen beslisser in de DMU.';
export const noSupporterOnlyPositive =
  'Er staat nog geen voorstander in de DMU. Positief is niet genoeg: een voorstander pleit binnen de klant actief voor je.';
export const noSupporter = 'Er staat nog geen voorstander in de DMU: wie pleit binnen de klant voor je?';
export const dmuNone = 'Er staat nog niemand in de DMU.';
export const dmuPerson = (name: string) => `${name} in de DMU`;
export const personOnLine = (index: number) => `De persoon op regel ${index + 1}`;
export const aRole = 'een rol';
export const anAttitude = 'een houding';
export const anOwnerWithUs = 'een eigenaar bij jullie';
export const purchasingMissing = (parts: readonly string[]) => `Over de inkoop ontbreekt nog: ${and(parts)}.`;
export const theBuyClass = 'de soort aankoop';
export const howTheyBuy = 'hoe de klant inkoopt';
export const howTheyBuyFromUs = 'hoe de klant bij jou koopt';
export const thePortfolio = 'de plaats in zijn inkoopportfolio';
export const whoDoesWhatPerPhase = 'wie wat doet per inkoopfase';
export const competitorsNone = 'Noteer wie er nog meer aan de klant levert, elk met zijn aandeel.';
export const competitorName = (name: string) => `Concurrent ${name}`;
export const aShare = 'een aandeel';
export const whereStrong = 'waar hij sterk in is';
export const whereWeak = 'waar hij zwak in is';
export const aThreatScore = 'een score voor de dreiging';
export const ownCompanyMissing = (parts: readonly string[]) => `Over je eigen bedrijf ontbreekt nog: ${and(parts)}.`;
export const whatWeDeliver = 'wat je nu levert';
export const ourShareInTheirPurchasing = 'je aandeel in de inkoop van de klant';
export const ourStrengthsHere = 'je sterktes voor deze klant';
export const trendsNone = 'Beschrijf per DESTEP-factor een trend rond de klant.';
/** The DESTEP factors (their codes are the words) that have no trend yet. */
export const factorsWithoutTrend = (factors: readonly string[]) =>
  `Bij ${factors.length === 1 ? 'deze factor' : 'deze factoren'} staat nog geen trend: ${and(factors)}.`;
export const whatItMeans = 'wat het voor de klant betekent';
export const trendName = (name: string) => `Trend ${name}`;
export const aFactor = 'een factor';
export const theDevelopment = 'de ontwikkeling';
export const opportunityOrThreat = 'kans of bedreiging';
export const sourcesNone = 'Noteer de bronnen die je gebruikte.';
export const sourceName = (name: string) => `Bron ${name}`;

// ---------------------------------------------------------------------------------------------
// Step 4

/** The four lists of the SWOT, as a sentence names them. */
export const swotListNames = { strengths: 'sterktes', weaknesses: 'zwaktes', opportunities: 'kansen', threats: 'bedreigingen' } as const;
export const swotTooFew = (list: string, n: number) => `Noteer minstens twee ${list} van de klant; nu ${count(n)}.`;
export const swotTooMany = (list: string, n: number) => `Je hebt ${n} ${list}: houd de vijf belangrijkste over.`;
export const matrixEmpty = 'De matrix is nog leeg: vul eerst de sterktes, zwaktes, kansen en bedreigingen in.';
/** `cells` already written ("S1 × K2, Z1 × B3"), or empty when there are too many to name. */
export const matrixOpen = (open: number, total: number, cells: string) =>
  `${open} van de ${total} combinaties in de matrix ${open === 1 ? 'heeft' : 'hebben'} nog geen score${cells ? ` (${cells})` : ''}. Kies 0 als er geen verband is.`;
export const keyQuestionsTooFew = (n: number) => `Formuleer drie tot vijf kernvragen; nu ${count(n)}.`;
export const keyQuestionsTooMany = (n: number) => `Je hebt ${n} kernvragen: houd de vijf sterkste over.`;
export const keyQuestionNotHoeWe = (question: string) =>
  `Kernvraag ${question} is nog geen vraag met "hoe" en "we": begin bijvoorbeeld met "Hoe kunnen we" of "Hoe helpen we", en eindig met een vraagteken.`;
export const keyQuestionsNone = 'Er zijn nog geen kernvragen ("Hoe kunnen we …?").';
export const keyQuestionNoCell = (question: string) => `Kernvraag ${question} hangt nog niet aan een cel van de matrix.`;
/** `score` is null when the cell has none. */
export const keyQuestionWeakCell = (question: string, score: string | null) =>
  `Kernvraag ${question} komt uit een cel met ${score ? `score ${score}` : 'nog geen score'}: kies een cel met ++ of --.`;
export const writeOurPosition =
  'Beschrijf je eigen positie bij dit account: waar sta je sterk en zwak tegenover de concurrent, en bij welke kansen en bedreigingen van de klant kun je helpen?';
export const writeConversationQuestions = 'Schrijf de vragen op die je de klant wilt stellen.';
export const noteConversationDate = 'Noteer wanneer je de klant spreekt.';
export const noteConversationOutcome = 'Noteer na het gesprek wat de klant zei en wat klopte.';
export const sharedGoalsNone = 'Noteer minstens twee gedeelde doelen.';
export const sharedGoalsOne = 'Er staat nog maar één gedeeld doel: noteer er minstens twee.';
export const sharedGoalName = (name: string) => `Gedeeld doel ${name}`;
export const theCustomerGoal = 'het doel van de klant';
export const yourContribution = 'jouw bijdrage';
export const proof = 'bewijs';

// ---------------------------------------------------------------------------------------------
// Step 5

export const teamNone = 'Schrijf op wie er in je accountteam zit.';
export const teamMemberName = (name: string) => `Teamlid ${name}`;
export const tasks = 'taken';
export const hours = 'uren';
export const noFirstGoalsForRaci = 'Er zijn nog geen eerste doelen om de taken over te verdelen: schrijf ze op in stap 1.';
export const goalWithoutA = (goal: string) => `Doel ${goal} heeft nog geen A: wie is eindverantwoordelijk?`;
export const goalWithManyA = (goal: string, n: number) => `Doel ${goal} heeft ${n} keer een A: kies één eindverantwoordelijke.`;
export const goalWithoutR = (goal: string) => `Doel ${goal} heeft nog geen R: wie voert het uit?`;
export const meetingsNone = 'Spreek vaste overleggen af: een kort overleg voor de acties en een overleg per evaluatie.';
export const meetingsOne = 'Er staat één overleg: spreek ook een overleg af voor de evaluaties (of voor de acties).';
export const meetingName = (name: string) => `Overleg ${name}`;
export const aFrequency = 'een frequentie';
export const participants = 'deelnemers';
export const aPurpose = 'een doel';
export const chooseProgressPlace = 'Kies waar het team de voortgang ziet.';
export const writeProgressNote = 'Schrijf op wie wat deelt, en hoe vaak.';
export const agreementNone = 'Noteer wie akkoord gaf op de doelen, en wanneer.';
export const agreementName = (name: string) => `Akkoord ${name}`;

// ---------------------------------------------------------------------------------------------
// Step 6

export const objectivesNone = 'Er zijn nog geen SMART-doelen.';
export const objectiveName = (name: string) => `Doel ${name}`;
/** "Doel "…" mist: soort, KPI." (a list, as the lesson names the parts of a SMART objective) */
export const objectiveMissing = (name: string, parts: readonly string[]) => `${name} mist: ${parts.join(', ')}.`;
export const wordType = 'soort';
export const wordKpi = 'KPI';
export const wordBaseline = 'nulmeting';
export const wordTarget = 'streefwaarde';
export const wordDeadline = 'deadline';
export const objectiveNotANumber = (name: string, type: string) => `Doel ${name} is kwantitatief (${type}), maar nulmeting of streefwaarde is geen getal.`;
export const unnamed = 'zonder naam';
export const objectiveWithoutQuestion = (name: string) => `Doel ${name} is nog niet gekoppeld aan een kernvraag uit stap 4.`;
export const objectiveWithoutFirstGoal = (name: string) => `Doel ${name} hoort nog niet bij een eerste doel uit stap 1.`;
export const onlyRevenueObjectives =
  'Alle doelen gaan over omzet, marge of aandeel. Voeg een doel toe over bijvoorbeeld de relatie of de kwaliteit bij de klant.';
export const strategyMissing = (parts: readonly string[]) => `De accountstrategie mist nog: ${and(parts)}.`;
export const aGrowthDirection = 'een groeirichting';
export const whyThatDirection = 'waarom je die richting kiest';
export const aValueProposition = 'een waardepropositie';
export const strategiesTooFew = (n: number) => `Kies twee tot vier strategieën; nu ${count(n)}.`;
export const strategiesTooMany = (n: number) => `Je hebt ${n} strategieën: houd er hoogstens vier over.`;
export const strategyWithoutApproach = (strategy: string) => `Strategie ${strategy} heeft nog geen aanpak.`;
export const objectiveWithoutStrategy = (name: string) => `Doel ${name} dient nog geen strategie: kies er een in de kolom "Dient strategie".`;
export const strategyWithoutObjective = (strategy: string) => `Strategie ${strategy} heeft nog geen doel: welk doel brengt ze dichterbij?`;
export const opportunitiesNone = 'Leg je verkoopkansen vast, met verwachte omzet en waarschijnlijkheid.';
export const opportunityName = (name: string) => `Verkoopkans ${name}`;
export const expectedRevenue = 'verwachte omzet';
export const probability = 'waarschijnlijkheid';
export const aCrmNumber = 'een CRM-nummer';
export const writeSocialInsights = 'Schrijf op wat je op social media en in het nieuws over de klant leerde.';
export const budgetEmpty = 'Het budget is nog leeg.';
export const budgetLineName = (name: string) => `Post ${name}`;
export const costs = 'kosten (uren met uurtarief, of overige kosten)';
export const lineServesNoOpportunity = (name: string) => `${name} dient nog geen verkoopkans: kies er een, of schrijf waarom de post er geen dient.`;
export const lineServesRemovedOpportunity = (name: string) =>
  `${name} dient een verkoopkans die er niet meer is: kies een andere, of schrijf waarom de post er geen dient.`;
export const budgetWithoutHours = 'Er staan nog geen uren in het budget. Tel de uren van je team of een ploeg mee, met hun uurtarief.';
export const hoursWithoutRate = (name: string) =>
  `Post ${name} heeft uren maar nog geen uurtarief. Vul het tarief in, en tel de uren dan niet ook mee in de overige kosten.`;
export const planYearMissing = (name: string, parts: readonly string[]) => `${name} mist nog: ${and(parts)}.`;
export const planYearName = (year: number) => `Het planjaar ${year}`;
export const planYearLine = (index: number) => `Regel ${index + 1} van de planjaren`;
export const fillPlanYear = (year: number) => `Vul omzet en marge in voor het planjaar ${year}.`;
export const fillAPlanYear = 'Vul omzet en marge in voor het planjaar.';
export const planYearInHistory = (year: number) => `${year} staat al in de geschiedenis van stap 1: een planjaar komt daarna.`;
export const fourQuarters = 'Verdeel het planjaar over de vier kwartalen, elk kwartaal één keer.';
export const quarterFigures = 'Geef elk kwartaal een omzet en een marge.';
/** Amounts already written. */
export const quartersDoNotAddUp = (total: string, year: number, target: string) => `De kwartalen tellen op tot ${total}, maar voor ${year} plan je ${target}.`;
export const bridgeMissing = (parts: readonly string[]) => `De opbouw van je omzetdoel mist nog: ${and(parts)}.`;
export const theBaseGrowth = 'de groei van de bestaande omzet';
export const whyThatGrowth = 'waarom die groei';
/** Amounts and percentages already written. */
export const targetAboveBridge = (year: number, target: string, gap: string, expected: string, gapPercent: string, tolerance: string) =>
  `Je omzetdoel voor ${year} (${target}) ligt ${gap} boven de omzet die je kunt verwachten (${expected}): ${gapPercent}, meer dan ${tolerance}. Zoek meer verkoopkansen of stel je doel bij.`;
export const writeFinanceNote = 'Schrijf op wat het plan oplevert tegenover wat het kost, en waarom het de moeite waard is.';

// ---------------------------------------------------------------------------------------------
// Step 7

export const signalsNone = 'Het logboek met signalen is nog leeg.';
export const signalName = (name: string) => `Signaal ${name}`;
export const whatChanged = 'wat er veranderde';
export const theConsequence = 'het gevolg';
export const theAdjustment = 'de aanpassing';
export const noKpisToMeasure = "Er zijn nog geen KPI's in stap 6 om te meten.";
export const noKpiMeasurement = 'Er is nog geen KPI-meting. Noteer bij elke evaluatie de stand van elke KPI.';
/** `date` already written. */
export const measurementMissesKpi = (date: string, kpi: string) => `De meting van ${date} mist de KPI ${kpi}.`;
export const risksNone = "Benoem de risico's voor het plan.";
export const riskName = (name: string) => `Risico ${name}`;
export const aDescription = 'een omschrijving';
export const aLikelihood = 'een waarschijnlijkheid';
export const anImpact = 'een impact';
export const aMeasure = 'een maatregel';
export const anOwner = 'een eigenaar';

// ---------------------------------------------------------------------------------------------
// Step 8

export const writeVision = 'Schrijf je visie voor de klant op.';
export const explainFit = 'Leg uit hoe je visie past bij wat de klant zelf wil.';
export const fillDmuFirst = 'Vul eerst de DMU in: per rol die erin voorkomt, schrijf je hier een boodschap.';
export const roleWithoutMessage = (role: string) => `De rol ${role} staat in de DMU, maar heeft nog geen kernboodschap.`;
export const messageWithoutProof = (role: string) => `De boodschap voor de rol ${role} heeft nog geen bewijs.`;
export const relationshipsNone = 'Geef de belangrijkste contacten uit de DMU een score voor nu en een streefscore.';
export const contactOnLine = (index: number) => `Contact op regel ${index + 1}`;
export const aDmuPerson = 'een persoon uit de DMU';
export const aScoreNow = 'een score voor nu';
export const aTargetScore = 'een streefscore';
export const whatYouDo = 'wat je doet';

// ---------------------------------------------------------------------------------------------
// Step 9

export const objectiveWithoutAction = (name: string) => `Doel ${name} heeft nog geen actie.`;
export const actionPlanEmpty = 'Het actieplan is nog leeg.';
/** "Actie "…" heeft nog geen eigenaar en geen startdatum." */
export const actionMissing = (name: string, parts: readonly string[]) => `Actie ${name} heeft nog geen ${parts.join(' en geen ')}.`;
export const wordOwner = 'eigenaar';
export const wordStart = 'startdatum';
export const wordDue = 'datum waarop ze klaar is';
export const wordResources = 'middelen';
export const actionDoneBeforeStart = (name: string) => `Actie ${name} is klaar vóór ze begint: kijk de data na.`;
export const writeEmbedding = 'Schrijf op wie het plan krijgt, waar het staat en wanneer het besproken wordt.';
export const evaluationNone = 'Spreek af waaraan, wanneer en hoe je beoordeelt of het plan werkt.';
export const criterionName = (name: string) => `Criterium ${name}`;
export const aMoment = 'een moment';
export const aMethod = 'een methode';
export const writeSummary = 'Schrijf als laatste de managementsamenvatting, in het werkboek.';
