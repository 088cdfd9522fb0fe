import {
  choice,
  date,
  list,
  longText,
  matrix,
  money,
  number,
  percent,
  reference,
  score,
  table,
  text,
  yesNo,
  type SectionDef,
  type SectionValue,
} from './kinds';

/**
 * The plan as stored: the cover and one section per step, every field with its kind. This is the
 * one declaration the store, validation, merging, the PDF and the worksheets work from; what the
 * reader sees of each field (label, hint, unit) is in `src/plan/meaning/`, one module per section.
 * Sections and objects are loose: fields this version does not know (from a newer version, or
 * added by hand) are kept, never dropped.
 *
 * Changing it: see README, "Change the plan schema". A change that alters the meaning or shape of
 * stored data raises PLAN_SCHEMA_VERSION and adds a migration in migrations.ts. Section ids
 * (`klantplan`, `actie`, …) and choice codes are stored data: never rename them.
 */
export const PLAN_SCHEMA_VERSION = 4;

/** The roles in a decision-making unit (their meaning: meaning/discover.ts). */
export const DMU_ROLES = ['initiator', 'gebruiker', 'beïnvloeder', 'beslisser', 'inkoper', 'poortwachter'] as const;
export const ATTITUDES = ['voorstander', 'positief', 'neutraal', 'kritisch', 'tegenstander'] as const;
export const LEVELS = ['hoog', 'midden', 'laag'] as const;
export const MATRIX_SCORES = ['++', '+', '0', '-', '--'] as const;
export const RACI = ['R', 'A', 'C', 'I'] as const;
/**
 * Kinds of SMART objective. Omzet, marge, aandeel (in their purchasing) and kwantitatief have a
 * number as baseline and target; relatie and kwalitatief are qualitative: the target is a state
 * you check, not a number. Stored values are never renamed, so 'kwantitatief' was added rather
 * than reusing an old value.
 */
export const OBJECTIVE_TYPES = ['omzet', 'marge', 'aandeel', 'kwantitatief', 'relatie', 'kwalitatief'] as const;
/** The objective types whose baseline and target are numbers. */
export const QUANTITATIVE_TYPES: ReadonlyArray<(typeof OBJECTIVE_TYPES)[number]> = ['omzet', 'marge', 'aandeel', 'kwantitatief'];
/**
 * How important an account is to the own organisation, as a portfolio: how attractive the
 * customer is (size, potential, fit with the sales plan) against how strong our position is.
 */
export const ACCOUNT_CLASSES = ['strategisch', 'ontwikkelen', 'onderhouden', 'beperkt'] as const;
/** The buying situation of the customer (new task, modified rebuy, straight rebuy). */
export const BUY_CLASSES = ['nieuw', 'aangepast', 'herhaling'] as const;
/** The six factors of a DESTEP analysis; every factor should have a trend. */
export const DESTEP_FACTORS = ['demografisch', 'economisch', 'sociaal-cultureel', 'technologisch', 'ecologisch', 'politiek-juridisch'] as const;
/** Where growth with this account comes from: Ansoff's four directions, applied to one customer. */
export const GROWTH_DIRECTIONS = ['penetratie', 'productontwikkeling', 'marktontwikkeling', 'diversificatie'] as const;
export const QUARTERS = ['Q1', 'Q2', 'Q3', 'Q4'] as const;
/**
 * Where what we sell sits in the customer's purchasing portfolio (Kraljic): how much the customer
 * spends on it against how hard it is to buy (supply risk). It explains how purchasing treats us.
 */
export const PURCHASING_PORTFOLIO = ['routine', 'hefboom', 'knelpunt', 'strategisch'] as const;
/** The phases of the customer's purchasing process (Van Weele), from need to follow-up. */
export const PURCHASING_PHASES = ['specificeren', 'selecteren', 'contracteren', 'bestellen', 'bewaken', 'nazorg'] as const;

const cover = {
  title: text(),
  account: text(),
  author: text(),
  organisation: text(),
  periodFrom: date(),
  periodTo: date(),
  purpose: choice(['opleiding/examen', 'praktijk']),
  summary: longText(),
} as const satisfies SectionDef;

const envision = {
  /** The own organisation or business unit in a few sentences: what it sells, to whom, how big. (v2) */
  organisationProfile: longText(),
  /** What the own organisation does best and earns its money with. (v2) */
  coreBusiness: longText(),
  /** The strategic starting points of the own organisation that the plan must serve. (v2) */
  strategicPoints: list(),
  /** The starting points of the sales plan the account plan belongs to (targets, focus). (v2) */
  salesPlanPoints: list(),
  ambition: longText(),
  /** `forecast`: the year is not over yet, the figures are what is expected (v3). */
  history: table({ year: number({ whole: true }), revenue: money(), margin: percent(), share: percent(), shareEstimate: yesNo(), forecast: yesNo() }),
  attitude: choice(ATTITUDES),
  attitudeNote: longText(),
  customerGoals: list(),
  willingness: score(),
  willingnessNote: longText(),
  /** The account's place in the portfolio of the own organisation, and why. (v2) */
  classification: choice(ACCOUNT_CLASSES),
  classificationReason: longText(),
  firstGoals: table({ goal: text(), unit: text(), why: text() }),
  readers: list(),
} as const satisfies SectionDef;

const schedule = {
  hoursNeeded: number({ whole: true }),
  readyBy: date(),
  validFrom: date(),
  validUntil: date(),
  reviewRhythm: choice(['maand', 'kwartaal', 'halfjaar']),
  milestones: table({ milestone: text(), date: date(), done: yesNo() }),
} as const satisfies SectionDef;

const discover = {
  missingInfo: table({
    question: text(),
    source: choice(['CRM', 'gesprek', 'jaarverslag', 'website', 'social media', 'collega', 'anders']),
    who: text(),
    status: choice(['open', 'bezig', 'gevonden']),
  }),
  sector: text(),
  employees: number({ whole: true }),
  revenue: money(),
  locations: text(),
  strategy: longText(),
  orientation: choice(['kwaliteit', 'groei', 'kosten']),
  goals: list(),
  dmu: table({
    name: text(),
    position: text(),
    role: choice(DMU_ROLES),
    influence: choice(LEVELS),
    attitude: choice(ATTITUDES),
    lastContact: date(),
    owner: text(),
    reportsTo: reference({ section: 'discover', field: 'dmu', labelColumn: 'name' }),
  }),
  /** The buying situation, how the customer buys (steps, roles, contracts, budget cycle), and how it buys from us. (v2) */
  buyClass: choice(BUY_CLASSES),
  purchasingProcess: longText(),
  /** Where our products sit in the customer's purchasing portfolio, and who does what in each phase of the purchase. (v3) */
  purchasingPortfolio: choice(PURCHASING_PORTFOLIO),
  purchasingPhases: table({ phase: choice(PURCHASING_PHASES), person: reference({ section: 'discover', field: 'dmu', labelColumn: 'name' }), task: text() }),
  buyingFromUs: longText(),
  competitors: table({ name: text(), share: percent(), strong: text(), weak: text(), threat: score() }),
  currentSales: longText(),
  ourShare: percent(),
  ourStrengths: list(),
  trends: table({
    factor: choice(DESTEP_FACTORS),
    development: text(),
    effect: choice(['kans', 'bedreiging']),
    /** What the trend means for this customer. (v3) */
    consequence: text(),
  }),
  sources: table({ source: text(), date: date() }),
} as const satisfies SectionDef;

const klantplan = {
  strengths: list(),
  weaknesses: list(),
  opportunities: list(),
  threats: list(),
  /** Our own strengths and weaknesses at this account, against the customer's opportunities and threats and the competitors. (v3) */
  ourPosition: longText(),
  matrix: matrix(MATRIX_SCORES),
  keyQuestions: table({ question: text(), cell: reference({ matrix: true }) }),
  conversationQuestions: list(),
  conversationDate: date(),
  conversationOutcome: longText(),
  sharedGoals: table({ customerGoal: text(), contribution: text(), proof: text() }),
} as const satisfies SectionDef;

const align = {
  team: table({ name: text(), role: text(), tasks: text(), hours: number({ whole: true }) }),
  raci: table({
    goal: reference({ section: 'envision', field: 'firstGoals', labelColumn: 'goal' }),
    member: reference({ section: 'align', field: 'team', labelColumn: 'name' }),
    role: choice(RACI),
  }),
  meetings: table({ meeting: text(), frequency: text(), participants: text(), purpose: text() }),
  progressSharing: choice(['teamoverleg', 'CRM-dashboard', 'e-mail', 'chatkanaal', 'anders']),
  progressNote: longText(),
  agreement: table({ name: text(), date: date() }),
} as const satisfies SectionDef;

const develop = {
  // The account strategy first: the worksheet shows it before the objectives that serve it.
  /** The account strategy: where growth comes from, what we offer this customer, and the lines of approach. (v2) */
  growthDirection: choice(GROWTH_DIRECTIONS),
  growthNote: longText(),
  valueProposition: longText(),
  strategies: table({ strategy: text(), approach: text() }),
  objectives: table({
    objective: text(),
    type: choice(OBJECTIVE_TYPES),
    kpi: text(),
    baseline: text(),
    target: text(),
    deadline: date(),
    question: reference({ section: 'klantplan', field: 'keyQuestions', labelColumn: 'question' }),
    goal: reference({ section: 'envision', field: 'firstGoals', labelColumn: 'goal' }),
    /** The strategy of this account the objective serves. (v2) */
    strategy: reference({ section: 'develop', field: 'strategies', labelColumn: 'strategy' }),
  }),
  /** `value` is revenue per year once the order is in; `replaces` the revenue per year we already have that it takes the place of (v3). */
  opportunities: table({
    opportunity: text(),
    value: money(),
    replaces: money(),
    probability: percent(),
    expected: date(),
    status: choice(['idee', 'verkend', 'voorstel', 'onderhandeling', 'gewonnen', 'verloren']),
    crm: text(),
  }),
  socialInsights: list(),
  /**
   * The cost of a line is computed: hours × rate + other costs (src/plan/finance/totals.ts). Until v1 the
   * reader typed one cost with the hours included; the migration keeps it as `otherCost`. Since v3 a
   * line names the sales opportunity it serves, or says why it serves none; what the budget yields is
   * computed from those opportunities (src/plan/finance/bridge.ts), no longer typed per line.
   */
  budget: table({
    item: text(),
    opportunity: reference({ section: 'develop', field: 'opportunities', labelColumn: 'opportunity' }),
    noOpportunity: text(),
    hours: number(),
    rate: money(),
    otherCost: money(),
  }),
  /** The financial chapter: revenue and gross margin (%) in the plan years; the past years are step 1's history. (v2) */
  planYears: table({ year: number({ whole: true }), revenue: money(), margin: percent() }),
  /** The first plan year per quarter. (v2) */
  quarters: table({ quarter: choice(QUARTERS), revenue: money(), margin: percent() }),
  /** How the revenue target is built up: the expected growth of the existing revenue (%), and why. (v3) */
  baseGrowth: percent(),
  baseGrowthNote: longText(),
  /** What the plan yields against what it costs, in the reader's words. (v2) */
  financeNote: longText(),
} as const satisfies SectionDef;

const adapt = {
  signals: table({ date: date(), change: text(), consequence: text(), adjustment: text() }),
  kpiChecks: table({ objective: reference({ section: 'develop', field: 'objectives', labelColumn: 'kpi' }), date: date(), value: text() }),
  risks: table({ risk: text(), likelihood: choice(LEVELS), impact: choice(LEVELS), measure: text(), owner: text() }),
} as const satisfies SectionDef;

const inspire = {
  vision: longText(),
  fit: longText(),
  messages: table({ role: choice(DMU_ROLES), message: text(), proof: text() }),
  relationships: table({ contact: reference({ section: 'discover', field: 'dmu', labelColumn: 'name' }), now: score(), target: score(), action: text() }),
} as const satisfies SectionDef;

const actie = {
  actions: table({
    action: text(),
    objective: reference({ section: 'develop', field: 'objectives', labelColumn: 'objective' }),
    owner: text(),
    start: date(),
    due: date(),
    resources: text(),
    status: choice(['gepland', 'bezig', 'klaar', 'vervallen']),
  }),
  embedding: list(),
  evaluation: table({ criterion: text(), moment: text(), method: text() }),
} as const satisfies SectionDef;

/**
 * The other two parts of the exam beside the written plan: presenting it and the criteria-based
 * interview (v3). Not a step and not part of the written plan: the PDF, the Word document and the
 * exam order leave it out (see WRITTEN_SECTION_IDS); /presentatie/ and /interview/ show it. A row
 * of `slides` or `answers` has the code of its slide or question as its id (src/deck/), so two
 * tabs merge per slide and per question.
 */
const presentatie = {
  /** How long the presentation may take, in minutes (empty: the default of src/deck/). */
  minutes: number({ whole: true }),
  /** Show the version for the customer (step 8): without budget, margins, RACI and the DMU's attitudes. */
  forCustomer: yesNo(),
  /** Per slide: the title and speaker notes the student wrote instead of the generated ones ('' keeps those), and whether it is switched off. */
  slides: table({ title: text(), notes: longText(), off: yesNo() }),
  /** Per interview question: the student's notes for an answer and their own score on the rubric's scale. */
  answers: table({ notes: longText(), score: score() }),
} as const satisfies SectionDef;

/** The sections of a plan that hold the reader's answers, in print order (cover first). */
export const PLAN_STRUCTURE = { cover, envision, schedule, discover, klantplan, align, develop, adapt, inspire, actie, presentatie } as const;

export type SectionId = keyof typeof PLAN_STRUCTURE;

/** Every section id, in print order. */
export const SECTION_IDS = Object.keys(PLAN_STRUCTURE) as SectionId[];

/**
 * The sections of the written plan: the cover and the nine steps. What the PDF, the Word document
 * and the exam order hold; the presentation and the interview (`presentatie`) are not in it.
 */
export const WRITTEN_SECTION_IDS = /* @__PURE__ */ SECTION_IDS.filter((s): s is Exclude<SectionId, 'presentatie'> => s !== 'presentatie');

/** The fields of a section, by key, in the order the worksheet shows them. */
export function sectionDef(section: SectionId): SectionDef {
  return PLAN_STRUCTURE[section];
}

/** Where a plan keeps what is not an answer of the reader. */
export interface PlanHeader {
  /** Version of the structure the plan was written with; see migrations.ts. */
  schemaVersion: number;
  /** Stable id; never shown, used as storage key (1 to 64 characters). */
  id: string;
  /** The name shown in the plan list (at most 200 characters). */
  name: string;
  /** ISO timestamps. */
  createdAt: string;
  updatedAt: string;
}

/** A plan as stored: header, the cover and one section per step, and whatever a newer version added. */
export type Plan = PlanHeader & { -readonly [S in SectionId]: SectionValue<(typeof PLAN_STRUCTURE)[S]> } & { [extra: string]: unknown };
export type Section<S extends SectionId> = Plan[S];
export type { ListItem } from './kinds';
