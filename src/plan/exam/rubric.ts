import type { SectionId } from '../model/schema';

/**
 * The rubric trainers score a plan with, on a scale of 1 to 5: the competences an account-manager
 * exam names, each with the parts of the plan where it shows and what a 1, a 3 and a 5 look like
 * there (a 2 or a 4 lies between). The trainers' page prints it; the feedback a trainer gives on
 * a shared plan scores the same competences, so a student reads the same words in both.
 */
export interface Competence {
  /** Stable id, stored in feedback: never rename. */
  id: string;
  /** The competence as the exam names it. */
  name: string;
  /** What the trainer looks at, as a question. */
  question: string;
  /** The parts of the plan where it shows: sections, and which fields there, in the reader's words. */
  parts: ReadonlyArray<{ section: SectionId; what: string }>;
  /** What a score of 1, 3 and 5 looks like. */
  levels: { readonly 1: string; readonly 3: string; readonly 5: string };
}

export const RUBRIC_SCORES = [1, 2, 3, 4, 5] as const;
export type RubricScore = (typeof RUBRIC_SCORES)[number];

export const COMPETENCES: readonly Competence[] = [
  {
    id: 'analyse',
    name: 'Analyse en oordeelsvorming',
    question: 'Verzamelt de student de juiste feiten, en trekt hij er kloppende conclusies uit?',
    parts: [
      { section: 'envision', what: 'omzet, marge en aandeel van de laatste jaren' },
      { section: 'discover', what: 'de drie C’s, de DMU, de concurrenten, DESTEP en de bronnen' },
      { section: 'klantplan', what: 'de SWOT en de confrontatiematrix' },
    ],
    levels: {
      1: 'Losse feiten zonder bron. Conclusies volgen niet uit de gegevens, of ontbreken.',
      3: 'De belangrijkste feiten staan er, met bron. De SWOT klopt, maar de matrix en de conclusies blijven algemeen.',
      5: 'Volledige, actuele feiten met bron. Elke conclusie is terug te voeren op de analyse; de student weegt wat zwaar telt en zegt waarom.',
    },
  },
  {
    id: 'strategie',
    name: 'Strategisch inzicht',
    question: 'Kiest de student een richting die past bij de doelen van de klant en van zijn eigen bedrijf?',
    parts: [
      { section: 'envision', what: 'de ambitie en de eerste doelen' },
      { section: 'klantplan', what: 'de kernvragen ("Hoe kunnen we…")' },
      { section: 'inspire', what: 'de visie op de klant' },
    ],
    levels: {
      1: 'Geen duidelijke keuze: het plan is een lijst acties, of gaat alleen over de eigen omzet.',
      3: 'Een herkenbare ambitie en kernvragen, maar de samenhang met de doelen van de klant is niet overal zichtbaar.',
      5: 'Eén heldere richting vanuit het belang van de klant. Ambitie, kernvragen, doelen en visie vertellen hetzelfde verhaal.',
    },
  },
  {
    id: 'financieel',
    name: 'Financiële onderbouwing',
    question: 'Kloppen de cijfers, en laat de student zien dat het plan meer oplevert dan het kost?',
    parts: [
      { section: 'envision', what: 'de omzetgeschiedenis' },
      { section: 'develop', what: 'de SMART-doelen met nulmeting en streefwaarde, de verkoopkansen en het budget' },
    ],
    levels: {
      1: 'Bedragen ontbreken of kloppen niet. Er is geen budget, of de opbrengst is niet te volgen.',
      3: 'Doelen met getallen en een budget, maar de opbrengst is grof geschat of niet gewogen met de waarschijnlijkheid.',
      5: 'Nulmeting, streefwaarde, gewogen verkoopkansen en budget sluiten op elkaar aan. Het saldo is verklaard, en de aannames staan erbij.',
    },
  },
  {
    id: 'plannen',
    name: 'Plannen en organiseren',
    question: 'Is duidelijk wie wat wanneer doet, en is het haalbaar?',
    parts: [
      { section: 'schedule', what: 'de tijd, de mijlpalen en de geldigheid' },
      { section: 'align', what: 'het team, de taakverdeling (RACI) en het overleg' },
      { section: 'actie', what: 'de acties met eigenaar en datum, de borging en de evaluatie' },
    ],
    levels: {
      1: 'Acties zonder eigenaar of datum. Niemand weet wanneer het plan af is of besproken wordt.',
      3: 'Acties hebben een eigenaar en een datum, maar de taakverdeling of de planning van het plan zelf is onvolledig.',
      5: 'Elke actie hoort bij een doel en heeft een eigenaar en een datum. Team, overleg en evaluatie zijn vastgelegd, en de planning is haalbaar.',
    },
  },
  {
    id: 'klantgericht',
    name: 'Klantgerichtheid',
    question: 'Kijkt de student door de ogen van de klant?',
    parts: [
      { section: 'envision', what: 'de doelen van de klant, in hun woorden' },
      { section: 'klantplan', what: 'het klantgesprek en wat de klant zei' },
      { section: 'inspire', what: 'de boodschap per rol in de DMU en de relatie per contact' },
    ],
    levels: {
      1: 'Het plan gaat over het eigen aanbod. De klant komt er alleen in voor als koper.',
      3: 'De doelen van de klant staan erin, maar de boodschap is voor iedereen in de DMU dezelfde.',
      5: 'Doelen van de klant in hun eigen woorden, getoetst in een gesprek. Elke rol in de DMU krijgt een boodschap die bij haar belang past.',
    },
  },
  {
    id: 'samenwerken',
    name: 'Samenwerken en overtuigen',
    question: 'Krijgt de student zijn eigen organisatie mee, en overtuigt het plan een lezer?',
    parts: [
      { section: 'align', what: 'de gedeelde doelen en het akkoord' },
      { section: 'actie', what: 'de borging in het bedrijf' },
      { section: 'cover', what: 'de managementsamenvatting' },
    ],
    levels: {
      1: 'Het plan is van de student alleen. Geen akkoord, en de samenvatting ontbreekt of herhaalt het plan.',
      3: 'Het team is genoemd en er is een samenvatting, maar wie akkoord gaf en hoe het plan levend blijft, is vaag.',
      5: 'Team en leidinggevende zijn het eens en dat staat erin. Een manager snapt het plan uit de samenvatting alleen.',
    },
  },
];

/** A competence by id (ids come from feedback files, so they may be unknown). */
export function competence(id: string): Competence | undefined {
  return COMPETENCES.find((c) => c.id === id);
}
