import type { SectionId } from '../model/schema';

/**
 * The rubric trainers score a plan with, on NIMA's scale of 1 to 5 (3 is "voldoende", the level
 * the exam asks for): the competences of the NIMA Sales B exam for account managers, as far as
 * their names could be checked, each with the parts of the plan where it shows and what a 1, a 3
 * and a 5 look like there (a 2 or a 4 lies between). The trainers' page prints it and says where
 * each name comes from; the feedback a trainer gives on a shared plan scores the same competences,
 * so a student reads the same words in both.
 *
 * Kept small on purpose: the workbook and the shared page load it with a trainer's feedback. The
 * interview questions per competence are page text on /examenplan/.
 */
export interface Competence {
  /** Stable id, stored in feedback: never rename, never reuse for another competence. */
  id: string;
  /** The competence as the exam requirements name it (or, for `source: 'eigen'`, as this site does). */
  name: string;
  /** Where the name comes from. */
  source: CompetenceSource;
  /** What the trainer looks at, as a question. */
  question: string;
  /** The parts of the plan where it shows: sections, and which fields there, in the reader's words. */
  parts: ReadonlyArray<{ section: SectionId; what: string }>;
  /** What a score of 1 (onvoldoende), 3 (voldoende) and 5 (zeer goed) looks like. */
  levels: { readonly 1: string; readonly 3: string; readonly 5: string };
}

export const RUBRIC_SCORES = [1, 2, 3, 4, 5] as const;
export type RubricScore = (typeof RUBRIC_SCORES)[number];

/** NIMA's words for the scores. */
export const RUBRIC_SCALE: Readonly<Record<RubricScore, string>> = { 1: 'onvoldoende', 2: 'matig', 3: 'voldoende', 4: 'goed', 5: 'zeer goed' };

/** The lowest score that is "voldoende": the level the exam asks for. */
export const PASS_SCORE: RubricScore = 3;

/**
 * Where a competence's name comes from: the NIMA/SMA Sales B exam requirements of 2014 (as
 * third-party copies give them), the NIMA B2 Accountmanager requirements (as other sites quote
 * them), or this site itself. The trainers' page says so in words (src/components/Rubric.astro);
 * the current official requirements of NIMA decide.
 */
export const COMPETENCE_SOURCES = ['sales-b-2014', 'b2-accountmanager', 'eigen'] as const;
export type CompetenceSource = (typeof COMPETENCE_SOURCES)[number];

export const COMPETENCES: readonly Competence[] = [
  {
    id: 'analyse',
    name: 'Analyse en oordeelsvorming',
    source: 'sales-b-2014',
    question: 'Verzamelt de student de juiste feiten, en trekt hij er kloppende conclusies uit?',
    parts: [
      { section: 'envision', what: 'omzet, marge en aandeel van de laatste jaren' },
      { section: 'discover', what: 'de drie C’s, de DMU, de inkoop, de concurrenten, DESTEP en de bronnen' },
      { section: 'klantplan', what: 'de SWOT en de confrontatiematrix' },
    ],
    levels: {
      1: 'Losse feiten zonder bron. Conclusies volgen niet uit de gegevens, of ontbreken.',
      3: 'De belangrijke feiten staan er, met bron, en de SWOT en de matrix volgen eruit. Na elke analyse staat een conclusie die klopt, ook als die voor de hand ligt.',
      5: 'Volledige, actuele feiten met bron. Elke conclusie is terug te voeren op de analyse; de student weegt wat zwaar telt, zegt waarom, en noemt wat hij nog niet weet.',
    },
  },
  {
    id: 'strategie',
    name: 'Strategisch inzicht',
    source: 'sales-b-2014',
    question: 'Kiest de student een richting die past bij de doelen van de klant en van zijn eigen bedrijf?',
    parts: [
      { section: 'envision', what: 'de uitgangspunten, de ambitie en de eerste doelen' },
      { section: 'klantplan', what: 'de kernvragen ("Hoe kunnen we…")' },
      { section: 'develop', what: 'de groeirichting, de waardepropositie en de strategieën' },
      { section: 'inspire', what: 'de visie op de klant' },
    ],
    levels: {
      1: 'Geen duidelijke keuze: het plan is een lijst acties, of gaat alleen over de eigen omzet.',
      3: 'Een herkenbare richting: de groeirichting en de waardepropositie volgen uit de kernvragen en passen bij het verkoopplan. Niet elke keuze is even goed onderbouwd.',
      5: 'Eén heldere richting vanuit het belang van de klant. Ambitie, kernvragen, strategie, doelen en visie vertellen hetzelfde verhaal, en de student zegt waarom hij een andere richting niet koos.',
    },
  },
  {
    id: 'probleem',
    name: 'Probleemoplossing',
    source: 'sales-b-2014',
    question: 'Ziet de student wat het plan kan laten mislukken, en weegt hij oplossingen tegen elkaar af?',
    parts: [
      { section: 'klantplan', what: 'de kernvragen bij de zwaktes en bedreigingen' },
      { section: 'develop', what: 'de strategieën en de verkoopkansen' },
      { section: 'adapt', what: 'de signalen, de KPI-metingen, de risico’s en de aanpassingen' },
    ],
    levels: {
      1: 'Risico’s ontbreken of hebben geen antwoord. Een KPI die achterblijft, wordt niet besproken.',
      3: 'De belangrijkste risico’s hebben een maatregel en een eigenaar. Bij een KPI die achterblijft, zegt de student wat hij aanpast en waarom.',
      5: 'De student weegt oplossingen met hun voor- en nadelen, zegt wat er gebeurt als een verkoopkans of een aanname tegenvalt, en past het plan aantoonbaar aan op signalen.',
    },
  },
  {
    id: 'financieel',
    name: 'Waardebepaling',
    source: 'sales-b-2014',
    question: 'Kloppen de cijfers, en laat de student zien wat het plan kost en oplevert, voor zijn bedrijf en voor de klant?',
    parts: [
      { section: 'envision', what: 'de omzetgeschiedenis en de marge' },
      { section: 'develop', what: 'de SMART-doelen met nulmeting en streefwaarde, de verkoopkansen, het budget en de doorrekening' },
    ],
    levels: {
      1: 'Bedragen ontbreken of kloppen niet. Er is geen budget, of de opbrengst is niet te volgen.',
      3: 'Doelen met getallen, een budget met uren en tarieven, en de extra brutomarge tegenover de kosten. Het omzetdoel is te volgen, ook al staan niet alle aannames erbij.',
      5: 'Nulmeting, streefwaarde, gewogen verkoopkansen en budget sluiten op elkaar aan. De student laat zien waar het omzetdoel vandaan komt, noemt zijn aannames en wat een tegenvaller kost, en maakt de waarde voor de klant concreet.',
    },
  },
  {
    id: 'plannen',
    name: 'Doelgericht/planmatig handelen',
    source: 'b2-accountmanager',
    question: 'Hangen doelen, strategie en acties aan elkaar, en is duidelijk wie wat wanneer doet?',
    parts: [
      { section: 'schedule', what: 'de tijd, de mijlpalen, de looptijd en het ritme van de evaluatie' },
      { section: 'develop', what: 'elk SMART-doel bij een kernvraag en een strategie' },
      { section: 'align', what: 'het team, de taakverdeling (RACI) en het overleg' },
      { section: 'actie', what: 'de acties met eigenaar en datum, en de evaluatie' },
    ],
    levels: {
      1: 'Acties zonder doel, eigenaar of datum. Niemand weet wanneer het plan af is of besproken wordt.',
      3: 'Elk SMART-doel heeft minstens één actie met eigenaar en datum, en de taakverdeling is rond. De planning van het plan en de evaluaties staan erin.',
      5: 'Van kernvraag via doel en strategie naar actie is elke stap te volgen. Uren en data zijn haalbaar naast het gewone werk, en de evaluaties staan vast.',
    },
  },
  {
    id: 'commercieel',
    name: 'Commercieel handelen',
    source: 'b2-accountmanager',
    question: 'Ziet de student kansen bij de klant, legt hij ze vast in het CRM, en bouwt hij aan relaties in de hele DMU?',
    parts: [
      { section: 'discover', what: 'de DMU met contact en eigenaar per persoon, en hoe de klant bij jou koopt' },
      { section: 'develop', what: 'de verkoopkansen in het CRM en wat social media vertellen' },
      { section: 'adapt', what: 'het logboek van signalen' },
      { section: 'inspire', what: 'de relatie per contactpersoon' },
    ],
    levels: {
      1: 'Verkoopkansen zonder waarde of waarschijnlijkheid. De DMU is één naam, en signalen bij de klant ontbreken.',
      3: 'Verkoopkansen staan in het CRM met waarde, waarschijnlijkheid en datum. De DMU is in kaart, met wie het contact houdt, en signalen worden genoteerd.',
      5: 'De student ziet groei vroeg, uit signalen, social media en de DMU, maakt er gewogen verkoopkansen van, en bouwt bewust aan relaties in de hele DMU, met een actie per persoon.',
    },
  },
  {
    id: 'klantgericht',
    name: 'Klantgerichtheid',
    source: 'eigen',
    question: 'Kijkt de student door de ogen van de klant?',
    parts: [
      { section: 'envision', what: 'de doelen van de klant, in zijn woorden' },
      { section: 'klantplan', what: 'het klantgesprek, wat de klant zei, en de gedeelde doelen' },
      { section: 'inspire', what: 'de boodschap per rol in de DMU' },
    ],
    levels: {
      1: 'Het plan gaat over het eigen aanbod. De klant komt er alleen in voor als koper.',
      3: 'De doelen van de klant staan erin en zijn in een gesprek getoetst. De belangrijkste rollen in de DMU krijgen een eigen boodschap.',
      5: 'Doelen van de klant in zijn eigen woorden, getoetst in een gesprek dat het plan veranderde. Gedeelde doelen hebben bewijs, en elke rol in de DMU krijgt een boodschap die bij haar belang past.',
    },
  },
  {
    id: 'samenwerken',
    name: 'Samenwerken en overtuigen',
    source: 'eigen',
    question: 'Krijgt de student zijn eigen organisatie mee, en overtuigt hij een lezer?',
    parts: [
      { section: 'align', what: 'het team, de taakverdeling en het akkoord' },
      { section: 'actie', what: 'de borging in het bedrijf' },
      { section: 'cover', what: 'de managementsamenvatting' },
    ],
    levels: {
      1: 'Het plan is van de student alleen. Geen akkoord, en de samenvatting ontbreekt of herhaalt het plan.',
      3: 'Team en leidinggevende gaven akkoord, en dat staat erin. De samenvatting zegt wat het plan wil, wat het kost en wat het oplevert.',
      5: 'De student regisseert zijn accountteam: iedereen kent zijn rol en zijn uren, en het plan is geborgd. Een manager snapt het plan uit de samenvatting alleen.',
    },
  },
];

/** A competence by id (ids come from feedback files, so they may be unknown). */
export function competence(id: string): Competence | undefined {
  return COMPETENCES.find((c) => c.id === id);
}
