import type { FieldKey } from '../model/paths';
import type { SectionId } from '../model/schema';

/**
 * The written plan in the order an examiner reads it (NIMA Sales B, accountmanager, part B2).
 * What a training provider's description of the exam states: 10 to 25 pages plus at most 5 pages
 * of appendices; the first four chapters are the management summary, the own organisation, the
 * account team, and the market and account. The order after that is not stated there; it is the
 * usual order of Dutch account-plan texts. The official exam requirements decide.
 *
 * One definition for the exam-ordered PDF, the Word document, the page estimate of the workbook
 * and the page /examenplan/: every field of the plan is on the cover or in exactly one chapter or
 * appendix (a test checks this), so nothing the reader typed is left out.
 */

/** Fields of one section, in print order (each a field of that section: a misspelt key does not compile). */
export type ExamPart = {
  [S in SectionId]: {
    section: S;
    fields: readonly FieldKey<S>[];
    /** A sub-heading over the part (none: the fields follow the chapter heading). */
    title?: string;
  };
}[SectionId];

export interface ExamChapter {
  id: string;
  /** The chapter's heading in the plan. */
  title: string;
  /** `exam`: named in the exam description; `usual`: the usual order of account plans. */
  source: 'exam' | 'usual';
  /** What the examiner looks for here, in one sentence (the page /examenplan/). */
  purpose: string;
  /** What the student writes around the worksheet content (the Word document's writing prompts). */
  write: string;
  parts: readonly ExamPart[];
}

export interface ExamAppendix {
  id: string;
  /** "Bijlage A" … */
  letter: string;
  title: string;
  parts: readonly ExamPart[];
}

/** The exam's limits on length, in pages. */
export const EXAM_PAGES = { min: 10, max: 25, appendixMax: 5 } as const;

/** The fields printed on the cover page (title page), not in a chapter. */
export const EXAM_COVER: ExamPart = { section: 'cover', fields: ['title', 'account', 'author', 'organisation', 'periodFrom', 'periodTo', 'purpose'] };

export const EXAM_CHAPTERS: readonly ExamChapter[] = [
  {
    id: 'samenvatting',
    title: 'Managementsamenvatting',
    source: 'exam',
    purpose: 'Het hele plan op een halve tot één pagina: de klant, je ambitie, de doelen, de strategie en wat het kost en oplevert.',
    write: 'Schrijf dit als laatste. Iemand die alleen deze pagina leest, moet weten wat je wilt bereiken, hoe, en wat het oplevert.',
    parts: [{ section: 'cover', fields: ['summary'] }],
  },
  {
    id: 'organisatie',
    title: 'Eigen organisatie',
    source: 'exam',
    purpose: 'Je organisatie of business unit, haar kernactiviteiten en de strategische uitgangspunten, ook die van het salesplan.',
    write: 'Leid het hoofdstuk in met één alinea over je eigen rol. Sluit af met wat de uitgangspunten betekenen voor dit account.',
    parts: [{ section: 'envision', fields: ['organisationProfile', 'coreBusiness', 'strategicPoints', 'salesPlanPoints'] }],
  },
  {
    id: 'team',
    title: 'Accountteam',
    source: 'exam',
    purpose: 'Wie aan het account werkt, met taken en verantwoordelijkheden, hoe jullie communiceren en wanneer jullie overleggen.',
    write: 'Leg uit waarom het team zo is samengesteld. De taakverdeling per doel staat in de bijlage: verwijs ernaar.',
    parts: [
      { section: 'align', fields: ['team', 'meetings', 'progressSharing', 'progressNote', 'agreement'] },
      { section: 'envision', fields: ['readers'] },
    ],
  },
  {
    id: 'markt',
    title: 'Markt en account',
    source: 'exam',
    purpose: 'De klant in zijn markt: wie hij is, hoe hij inkoopt, wat jullie samen deden, hoe belangrijk hij is en wie er nog meer levert.',
    write: 'Begin met de markt van de klant en zijn plaats daarin. Trek na elk deel in één zin de conclusie voor je plan. De DMU staat in de bijlage.',
    parts: [
      { section: 'discover', title: 'De klant', fields: ['sector', 'employees', 'revenue', 'locations', 'strategy', 'orientation', 'goals'] },
      {
        section: 'discover',
        title: 'Hoe de klant inkoopt',
        fields: ['buyClass', 'purchasingProcess', 'purchasingPortfolio', 'purchasingPhases', 'buyingFromUs'],
      },
      {
        section: 'envision',
        title: 'De relatie tot nu toe',
        fields: ['history', 'attitude', 'attitudeNote', 'customerGoals', 'willingness', 'willingnessNote'],
      },
      { section: 'discover', fields: ['currentSales', 'ourShare', 'ourStrengths'] },
      { section: 'envision', title: 'Classificatie van het account', fields: ['classification', 'classificationReason'] },
      { section: 'discover', title: 'Concurrentie en omgeving', fields: ['competitors', 'trends'] },
    ],
  },
  {
    id: 'analyse',
    title: 'Analyse',
    source: 'usual',
    purpose: 'De SWOT van de klant, de confrontatie en de kernvragen die eruit volgen, getoetst in een gesprek met de klant.',
    write: 'Leg uit hoe je van de SWOT tot de kernvragen kwam. De volledige confrontatiematrix staat in de bijlage.',
    parts: [
      {
        section: 'klantplan',
        fields: [
          'strengths',
          'weaknesses',
          'opportunities',
          'threats',
          'ourPosition',
          'keyQuestions',
          'conversationQuestions',
          'conversationDate',
          'conversationOutcome',
          'sharedGoals',
        ],
      },
      { section: 'develop', fields: ['socialInsights'] },
    ],
  },
  {
    id: 'doelen',
    title: 'Doelstellingen',
    source: 'usual',
    purpose: 'Je ambitie, de eerste doelen en de SMART-doelen, elk terug te voeren op een kernvraag.',
    write: 'Laat zien hoe elk SMART-doel uit de analyse volgt. Noem per doel in één zin waarom de streefwaarde haalbaar is.',
    parts: [
      { section: 'envision', fields: ['ambition', 'firstGoals'] },
      { section: 'develop', fields: ['objectives'] },
    ],
  },
  {
    id: 'strategie',
    title: 'Accountstrategie',
    source: 'usual',
    purpose: 'Waar de groei vandaan komt, wat je de klant biedt, langs welke sporen je de doelen haalt, en hoe je de klant meeneemt.',
    write: 'Verbind doel, strategie en actie: welke strategie dient welk doel, en waarom deze keuze en geen andere?',
    parts: [
      { section: 'develop', fields: ['growthDirection', 'growthNote', 'valueProposition', 'strategies'] },
      { section: 'inspire', title: 'De klant meenemen', fields: ['vision', 'fit', 'messages', 'relationships'] },
    ],
  },
  {
    id: 'actieplan',
    title: 'Actieplan',
    source: 'usual',
    purpose: 'Wat er gebeurt, door wie, wanneer en met welke middelen, en welke verkoopkansen het oplevert.',
    write: 'Zet de acties in de tijd en laat zien dat de middelen passen bij het budget.',
    parts: [
      { section: 'actie', fields: ['actions'] },
      { section: 'develop', fields: ['opportunities'] },
    ],
  },
  {
    id: 'financien',
    title: 'Budget en financiën',
    source: 'usual',
    purpose: 'Wat het plan kost, uren inbegrepen, en wat het oplevert: omzet en brutomarge per jaar en per kwartaal.',
    write: 'Onderbouw de cijfers: waar komt de groei vandaan, en waarom is het de investering waard?',
    parts: [{ section: 'develop', fields: ['budget', 'planYears', 'quarters', 'baseGrowth', 'baseGrowthNote', 'financeNote'] }],
  },
  {
    id: 'evaluatie',
    title: 'Evaluatie en borging',
    source: 'usual',
    purpose: 'Hoe lang het plan geldt, wanneer je het meet en bijstuurt, welke risico\u2019s je ziet en hoe het plan in je bedrijf blijft leven.',
    write: 'Beschrijf wat je doet als een KPI achterblijft. Sluit af met wie het plan bewaakt.',
    parts: [
      { section: 'schedule', fields: ['validFrom', 'validUntil', 'reviewRhythm'] },
      { section: 'actie', fields: ['evaluation', 'embedding'] },
      { section: 'adapt', fields: ['kpiChecks', 'signals', 'risks'] },
    ],
  },
];

export const EXAM_APPENDICES: readonly ExamAppendix[] = [
  { id: 'dmu', letter: 'A', title: 'DMU', parts: [{ section: 'discover', fields: ['dmu'] }] },
  { id: 'matrix', letter: 'B', title: 'Confrontatiematrix', parts: [{ section: 'klantplan', fields: ['matrix'] }] },
  { id: 'raci', letter: 'C', title: 'Taakverdeling', parts: [{ section: 'align', fields: ['raci'] }] },
  {
    id: 'werktabellen',
    letter: 'D',
    title: 'Planning en onderzoek',
    parts: [
      { section: 'schedule', fields: ['hoursNeeded', 'readyBy', 'milestones'] },
      { section: 'discover', fields: ['missingInfo'] },
    ],
  },
  { id: 'bronnen', letter: 'E', title: 'Bronnen', parts: [{ section: 'discover', fields: ['sources'] }] },
];

/** "Bijlage A · DMU" */
export const appendixTitle = (a: Pick<ExamAppendix, 'letter' | 'title'>) => `Bijlage ${a.letter} · ${a.title}`;
