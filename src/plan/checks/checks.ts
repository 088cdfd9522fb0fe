import { reviewDates } from '../method/reviews';
import { DMU_ROLES, QUANTITATIVE_TYPES, type Plan } from '../model/schema';
import { lessonPath, STEPS, type StepId } from '../model/steps';
import { KEY_QUESTION_SCORES, matrixAxes } from '../method/swot';
import { fieldAnchor, isFilled } from '../model/fields';
import { planYear, quarterTotals } from '../finance/totals';
import { formatEuro } from '../values/format';

/**
 * The checklists of the nine lessons, as data. Every item is either a check the program runs
 * (it has `run`) or a self-check: judgement no program can make, which the reader does ("zelf
 * nagaan"). The lessons render their checklist from this list, the workbook and the PDF run it,
 * so what a lesson asks and what the workbook checks cannot drift apart.
 */

/** One thing that still needs work, with a link to the field where to fix it. */
export interface Problem {
  message: string;
  /** The step whose worksheet holds the field (the cover's summary counts as step 9's). */
  step: StepId;
  href: string;
  /** The text of the link to the field: "Naar stap 6" or "Naar het werkboek". */
  linkText: string;
}

interface ItemBase {
  /** Stable id (used by the workbook's markup and by tests). */
  id: string;
  /** The lesson whose checklist holds the item. */
  step: StepId;
  /** The checklist sentence, in Dutch, as the lesson and the workbook show it. */
  text: string;
}

/** A checklist item the program checks; `field` is what the lesson's checklist links to. */
export interface ProgramCheck extends ItemBase {
  field: string;
  /** Set when the field is on the cover (in the workbook) rather than on the step's worksheet. */
  onCover?: true;
  run: (plan: Plan) => Problem[];
}

/** A checklist item only the reader can judge. */
export interface SelfCheck extends ItemBase {
  self: true;
}

export type ChecklistItem = ProgramCheck | SelfCheck;

export const isProgramCheck = (item: ChecklistItem): item is ProgramCheck => 'run' in item;

export interface CheckResult {
  id: string;
  step: StepId;
  /** What must be true, as a Dutch sentence. */
  title: string;
  ok: boolean;
  problems: Problem[];
}

// ---------------------------------------------------------------------------------------------
// Helpers

const STEP_BY_ID = new Map(STEPS.map((s) => [s.id, s] as const));

/** The step of an id (every StepId has one). */
export function stepOf(id: StepId) {
  return STEP_BY_ID.get(id)!;
}

/**
 * Where to fix a field: its worksheet on the lesson page, or the workbook for the cover (where
 * the management summary is written).
 */
export function fieldHref(step: StepId | 'cover', field: string): string {
  const page = step === 'cover' ? '/werkboek/' : lessonPath(stepOf(step));
  return `${page}#${fieldAnchor(field)}`;
}

const problem = (step: StepId, field: string, message: string, at: StepId | 'cover' = step): Problem => ({
  message,
  step,
  href: fieldHref(at, field),
  linkText: at === 'cover' ? 'Naar het werkboek' : `Naar stap ${stepOf(at).number}`,
});
const filled = (s: string | undefined | null) => typeof s === 'string' && s.trim() !== '';
const has = (n: number | null | undefined) => typeof n === 'number' && Number.isFinite(n);
const quote = (s: string, fallback: string) => (filled(s) ? `"${s.trim().slice(0, 80)}"` : fallback);
/** Rows the reader typed something in (an added but empty row is not a row yet). */
const rows = <T extends { id: string }>(list: T[]) => list.filter((row) => isFilled(row));
const texts = (list: Array<{ text: string }>) => list.filter((i) => filled(i.text));
/** "a, b en c" */
const and = (parts: string[]) => (parts.length < 2 ? parts.join('') : `${parts.slice(0, -1).join(', ')} en ${parts.at(-1)}`);
const digit = /\d/;

function objectives(plan: Plan) {
  return plan.develop.objectives.filter((o) => filled(o.objective) || filled(o.kpi) || filled(o.target));
}

function actions(plan: Plan) {
  return plan.actie.actions.filter((a) => filled(a.action) || filled(a.owner) || filled(a.objective));
}

function firstGoals(plan: Plan) {
  return plan.envision.firstGoals.filter((g) => filled(g.goal));
}

/** A check that fails with one message per row that misses something, and once when there are no rows. */
function everyRow<T extends { id: string }>(
  step: StepId,
  field: string,
  list: T[],
  options: { min?: number; none: string; tooFew?: (n: number) => string; name: (row: T, index: number) => string; missing: (row: T) => Array<string | false> },
): Problem[] {
  const present = rows(list);
  const min = options.min ?? 1;
  if (!present.length) return [problem(step, field, options.none)];
  const out: Problem[] = [];
  if (present.length < min) out.push(problem(step, field, options.tooFew?.(present.length) ?? options.none));
  present.forEach((row, i) => {
    const missing = options.missing(row).filter((m): m is string => !!m);
    if (missing.length) out.push(problem(step, field, `${options.name(row, i)} mist nog: ${and(missing)}.`));
  });
  return out;
}

// ---------------------------------------------------------------------------------------------
// The checklists, step by step

const check = (item: Omit<ProgramCheck, 'step'>) => item;
const self = (id: string, text: string) => ({ id, text, self: true as const });
type StepItem = Omit<ProgramCheck, 'step'> | Omit<SelfCheck, 'step'>;

const ENVISION: StepItem[] = [
  check({
    id: 'eigen-organisatie',
    field: 'organisationProfile',
    text: 'Je eigen organisatie staat erin, met kernactiviteiten en de uitgangspunten uit strategie en salesplan.',
    run: ({ envision: e }) => {
      const missing = [
        !filled(e.organisationProfile) && 'een korte beschrijving',
        !filled(e.coreBusiness) && 'de kernactiviteiten',
        !texts(e.strategicPoints).length && 'de strategische uitgangspunten',
        !texts(e.salesPlanPoints).length && 'de uitgangspunten uit het salesplan',
      ].filter((m): m is string => !!m);
      return missing.length ? [problem('envision', 'organisationProfile', `Van je eigen organisatie ontbreekt nog: ${and(missing)}.`)] : [];
    },
  }),
  check({
    id: 'geschiedenis',
    field: 'history',
    text: 'Je hebt omzet, marge en aandeel van minstens de laatste twee jaar.',
    run: (plan) =>
      everyRow('envision', 'history', plan.envision.history, {
        min: 2,
        none: 'Vul omzet, marge en aandeel in voor minstens twee jaar.',
        tooFew: () => 'Er staat nog maar één jaar in de geschiedenis: vul er minstens twee in.',
        name: (row, i) => (has(row.year) ? `Het jaar ${row.year}` : `Regel ${i + 1} van de geschiedenis`),
        missing: (row) => [!has(row.year) && 'jaar', !has(row.revenue) && 'omzet', !has(row.margin) && 'marge', !has(row.share) && 'aandeel'],
      }),
  }),
  self('schatting', 'Een aandeel dat je hebt geschat, is aangevinkt als schatting.'),
  check({
    id: 'houding',
    field: 'attitude',
    text: 'De houding van de klant is gekozen en toegelicht.',
    run: ({ envision: e }) => [
      ...(e.attitude ? [] : [problem('envision', 'attitude', 'Kies hoe de klant tegenover jouw organisatie staat.')]),
      ...(filled(e.attitudeNote) ? [] : [problem('envision', 'attitudeNote', 'Licht de houding van de klant toe met iets wat echt gebeurde.')]),
    ],
  }),
  self('houding-voorbeeld', 'De toelichting op de houding noemt iets wat echt gebeurde, zoals een klacht of een compliment.'),
  check({
    id: 'bereidheid',
    field: 'willingness',
    text: 'De bereidheid heeft een score en een toelichting.',
    run: ({ envision: e }) => [
      ...(has(e.willingness) ? [] : [problem('envision', 'willingness', 'Geef de bereidheid van de klant een score van 1 tot 5.')]),
      ...(filled(e.willingnessNote) ? [] : [problem('envision', 'willingnessNote', 'Licht de score voor de bereidheid toe.')]),
    ],
  }),
  check({
    id: 'klantdoelen',
    field: 'customerGoals',
    text: 'Je hebt twee tot vier doelen van de klant.',
    run: (plan) => {
      const n = texts(plan.envision.customerGoals).length;
      if (n < 2) return [problem('envision', 'customerGoals', `Schrijf minstens twee doelen van de klant op; nu ${n === 0 ? 'geen' : 'één'}.`)];
      if (n > 4) return [problem('envision', 'customerGoals', `Je hebt ${n} doelen van de klant: houd de twee tot vier belangrijkste over.`)];
      return [];
    },
  }),
  check({
    id: 'ambitie',
    field: 'ambition',
    text: 'Je ambitie staat in één alinea.',
    run: ({ envision: e }) => {
      if (!filled(e.ambition)) return [problem('envision', 'ambition', 'Schrijf je ambitie voor het account op.')];
      if (/\n\s*\n/.test(e.ambition.trim())) return [problem('envision', 'ambition', 'Je ambitie beslaat meer dan één alinea: breng haar terug tot één.')];
      return [];
    },
  }),
  self('ambitie-klant', 'Je ambitie en de doelen van de klant gaan over wat de klant wil, in zijn eigen woorden.'),
  check({
    id: 'classificatie',
    field: 'classification',
    text: 'Het account heeft een classificatie, met de reden erbij.',
    run: ({ envision: e }) => [
      ...(e.classification ? [] : [problem('envision', 'classification', 'Kies welke plaats dit account heeft tussen je andere klanten.')]),
      ...(filled(e.classificationReason) ? [] : [problem('envision', 'classificationReason', 'Leg uit waarom het account deze classificatie krijgt.')]),
    ],
  }),
  self('classificatie-salesplan', 'De classificatie past bij het salesplan en bij de tijd die je in het account steekt.'),
  check({
    id: 'eerste-doelen',
    field: 'firstGoals',
    text: 'Je hebt twee tot vier eerste doelen, elk met voor wie en waarom.',
    run: (plan) => {
      const list = rows(plan.envision.firstGoals);
      const out = everyRow('envision', 'firstGoals', plan.envision.firstGoals, {
        min: 2,
        none: 'Schrijf twee tot vier eerste doelen op.',
        tooFew: () => 'Er staat nog maar één eerste doel: schrijf er twee tot vier op.',
        name: (row, i) => `Eerste doel ${quote(row.goal, `op regel ${i + 1}`)}`,
        missing: (row) => [!filled(row.goal) && 'het doel zelf', !filled(row.unit) && 'voor welke klant of afdeling', !filled(row.why) && 'waarom'],
      });
      if (list.length > 4) out.push(problem('envision', 'firstGoals', `Je hebt ${list.length} eerste doelen: kies er hoogstens vier.`));
      return out;
    },
  }),
  check({
    id: 'lezers',
    field: 'readers',
    text: 'Je weet wie het plan gaat lezen.',
    run: (plan) => (texts(plan.envision.readers).length ? [] : [problem('envision', 'readers', 'Schrijf op wie het plan gaat lezen en gebruiken.')]),
  }),
];

const SCHEDULE: StepItem[] = [
  check({
    id: 'benodigde-tijd',
    field: 'hoursNeeded',
    text: 'Je weet hoeveel uur het plan kost.',
    run: ({ schedule: s }) => (has(s.hoursNeeded) && s.hoursNeeded! > 0 ? [] : [problem('schedule', 'hoursNeeded', 'Schat hoeveel uur het schrijven van het plan kost.')]),
  }),
  self('tijd-manager', 'Je manager weet hoeveel tijd het plan kost en geeft je die tijd.'),
  check({
    id: 'klaar-voor-start',
    field: 'readyBy',
    text: 'Het plan is af en goedgekeurd voordat het gaat gelden.',
    run: ({ schedule: s }) => {
      if (!filled(s.readyBy)) return [problem('schedule', 'readyBy', 'Kies de datum waarop het plan af en goedgekeurd is.')];
      if (filled(s.validFrom) && s.readyBy > s.validFrom) return [problem('schedule', 'readyBy', 'Het plan is pas klaar nadat het al geldt: kies een eerdere datum, met tijd voor de goedkeuring.')];
      return [];
    },
  }),
  check({
    id: 'geldigheid-evaluatie',
    field: 'validFrom',
    text: 'Het plan heeft een begin- en einddatum en een ritme voor de evaluatie.',
    run: ({ schedule: s }) => {
      const out: Problem[] = [];
      if (!filled(s.validFrom) || !filled(s.validUntil)) out.push(problem('schedule', 'validFrom', 'Vul in van wanneer tot wanneer het plan geldt.'));
      else if (s.validUntil < s.validFrom) out.push(problem('schedule', 'validUntil', 'De einddatum van het plan ligt vóór de begindatum.'));
      if (!s.reviewRhythm) out.push(problem('schedule', 'reviewRhythm', 'Kies hoe vaak je het plan evalueert.'));
      else if (!out.length && reviewDates(s).length === 0)
        out.push(problem('schedule', 'reviewRhythm', 'Binnen de geldigheidsperiode valt nog geen evaluatiemoment: maak de periode langer of het ritme korter.'));
      return out;
    },
  }),
  self('evaluatie-agenda', 'De data van de evaluaties staan in jouw agenda en die van je team.'),
  check({
    id: 'mijlpalen',
    field: 'milestones',
    text: 'Er zijn minstens drie mijlpalen, elk met een datum.',
    run: (plan) =>
      everyRow('schedule', 'milestones', plan.schedule.milestones, {
        min: 3,
        none: 'Zet minstens drie mijlpalen op weg naar het plan.',
        tooFew: (n) => `Er ${n === 1 ? 'staat één mijlpaal' : `staan ${n} mijlpalen`}: zet er minstens drie.`,
        name: (row, i) => `Mijlpaal ${quote(row.milestone, `op regel ${i + 1}`)}`,
        missing: (row) => [!filled(row.milestone) && 'een naam', !filled(row.date) && 'een datum'],
      }),
  }),
];

const DISCOVER: StepItem[] = [
  check({
    id: 'open-vragen',
    field: 'missingInfo',
    text: 'Elke open vraag heeft een bron, iemand die het uitzoekt en een status.',
    run: (plan) =>
      everyRow('discover', 'missingInfo', plan.discover.missingInfo, {
        none: 'Maak een lijst van wat je nog niet weet over de klant.',
        name: (row, i) => `Vraag ${quote(row.question, `op regel ${i + 1}`)}`,
        missing: (row) => [!filled(row.question) && 'de vraag zelf', !row.source && 'een bron', !filled(row.who) && 'wie het uitzoekt', !row.status && 'een status'],
      }),
  }),
  check({
    id: 'klantprofiel',
    field: 'sector',
    text: 'Sector, omvang, omzet, strategie en oriëntatie van de klant zijn ingevuld.',
    run: ({ discover: d }) => {
      const missing = [!filled(d.sector) && 'sector', !has(d.employees) && 'aantal medewerkers', !has(d.revenue) && 'omzet', !filled(d.strategy) && 'missie en strategie', !d.orientation && 'waar de klant op stuurt'].filter(
        (m): m is string => !!m,
      );
      return missing.length ? [problem('discover', 'sector', `Van de klant ontbreekt nog: ${and(missing)}.`)] : [];
    },
  }),
  check({
    id: 'dmu-beslisser-voorstander',
    field: 'dmu',
    text: 'De DMU heeft minstens één beslisser en één voorstander.',
    run: ({ discover: d }) => {
      const out: Problem[] = [];
      if (!d.dmu.some((p) => p.role === 'beslisser')) out.push(problem('discover', 'dmu', 'Er staat nog geen beslisser in de DMU.'));
      if (!d.dmu.some((p) => p.attitude === 'voorstander'))
        out.push(
          problem(
            'discover',
            'dmu',
            d.dmu.some((p) => p.attitude === 'positief')
              ? 'Er staat nog geen voorstander in de DMU. Positief is niet genoeg: een voorstander pleit binnen de klant actief voor je.'
              : 'Er staat nog geen voorstander in de DMU: wie pleit binnen de klant voor je?',
          ),
        );
      return out;
    },
  }),
  check({
    id: 'dmu-eigenaar',
    field: 'dmu',
    text: 'Elke persoon in de DMU heeft een rol, een houding en een eigenaar bij jullie.',
    run: (plan) =>
      everyRow('discover', 'dmu', plan.discover.dmu, {
        none: 'Er staat nog niemand in de DMU.',
        name: (row, i) => `${quote(row.name, `De persoon op regel ${i + 1}`)} in de DMU`,
        missing: (row) => [!filled(row.name) && 'een naam', !row.role && 'een rol', !row.attitude && 'een houding', !filled(row.owner) && 'een eigenaar bij jullie'],
      }),
  }),
  self('dmu-houding', 'De houding van elke persoon in de DMU steunt op iets wat die persoon zei of deed.'),
  check({
    id: 'inkoopproces',
    field: 'purchasingProcess',
    text: 'Je weet hoe de klant inkoopt en hoe hij bij jou koopt.',
    run: ({ discover: d }) => {
      const missing = [!d.buyClass && 'de soort aankoop', !filled(d.purchasingProcess) && 'hoe de klant inkoopt', !filled(d.buyingFromUs) && 'hoe de klant bij jou koopt'].filter((m): m is string => !!m);
      return missing.length ? [problem('discover', 'purchasingProcess', `Over de inkoop ontbreekt nog: ${and(missing)}.`)] : [];
    },
  }),
  check({
    id: 'concurrenten',
    field: 'competitors',
    text: 'Je kent de belangrijkste concurrenten met hun aandeel.',
    run: (plan) =>
      everyRow('discover', 'competitors', plan.discover.competitors, {
        none: 'Noteer wie er nog meer aan de klant levert, met hun aandeel.',
        name: (row, i) => `Concurrent ${quote(row.name, `op regel ${i + 1}`)}`,
        missing: (row) => [!filled(row.name) && 'een naam', !has(row.share) && 'een aandeel'],
      }),
  }),
  check({
    id: 'eigen-bedrijf',
    field: 'currentSales',
    text: 'Je weet wat je nu levert, welk aandeel je hebt en wat je sterktes zijn voor deze klant.',
    run: ({ discover: d }) => {
      const missing = [!filled(d.currentSales) && 'wat je nu levert', !has(d.ourShare) && 'je aandeel in hun inkoop', !texts(d.ourStrengths).length && 'je sterktes voor deze klant'].filter(
        (m): m is string => !!m,
      );
      return missing.length ? [problem('discover', 'currentSales', `Over je eigen bedrijf ontbreekt nog: ${and(missing)}.`)] : [];
    },
  }),
  check({
    id: 'destep',
    field: 'trends',
    text: 'Er staan minstens drie DESTEP-trends in, elk als kans of bedreiging.',
    run: (plan) =>
      everyRow('discover', 'trends', plan.discover.trends, {
        min: 3,
        none: 'Beschrijf minstens drie trends rond de klant (DESTEP).',
        tooFew: (n) => `Er ${n === 1 ? 'staat één trend' : `staan ${n} trends`}: beschrijf er minstens drie.`,
        name: (row, i) => `Trend ${quote(row.development, `op regel ${i + 1}`)}`,
        missing: (row) => [!row.factor && 'een factor', !filled(row.development) && 'de ontwikkeling', !row.effect && 'kans of bedreiging'],
      }),
  }),
  check({
    id: 'bronnen',
    field: 'sources',
    text: 'Je bronnen staan op een lijst, elk met een datum.',
    run: (plan) =>
      everyRow('discover', 'sources', plan.discover.sources, {
        none: 'Noteer de bronnen die je gebruikte.',
        name: (row, i) => `Bron ${quote(row.source, `op regel ${i + 1}`)}`,
        missing: (row) => [!filled(row.source) && 'een naam', !filled(row.date) && 'een datum'],
      }),
  }),
];

const SWOT_NAMES = { strengths: 'sterktes', weaknesses: 'zwaktes', opportunities: 'kansen', threats: 'bedreigingen' } as const;

const KLANTPLAN: StepItem[] = [
  check({
    id: 'swot',
    field: 'strengths',
    text: 'De SWOT heeft twee tot vijf punten per lijst.',
    run: ({ klantplan: k }) =>
      (Object.keys(SWOT_NAMES) as Array<keyof typeof SWOT_NAMES>).flatMap((key) => {
        const n = texts(k[key]).length;
        if (n >= 2 && n <= 5) return [];
        return [problem('klantplan', key, n < 2 ? `Noteer minstens twee ${SWOT_NAMES[key]} van de klant; nu ${n === 0 ? 'geen' : 'één'}.` : `Je hebt ${n} ${SWOT_NAMES[key]}: houd de vijf belangrijkste over.`)];
      }),
  }),
  self('swot-klant', 'De SWOT gaat over de klant, niet over jouw eigen bedrijf.'),
  check({
    id: 'matrix-gescoord',
    field: 'matrix',
    text: 'Elke combinatie in de confrontatiematrix heeft een score, ook als die 0 is.',
    run: (plan) => {
      const { rows: r, columns: c } = matrixAxes(plan);
      if (!r.length || !c.length) return [problem('klantplan', 'matrix', 'De matrix is nog leeg: vul eerst de sterktes, zwaktes, kansen en bedreigingen in.')];
      const total = r.length * c.length;
      const open = r.flatMap((row) => c.filter((col) => !plan.klantplan.matrix[`${row.id}:${col.id}`]).map((col) => `${row.code} × ${col.code}`));
      if (!open.length) return [];
      const list = open.length <= 6 ? ` (${open.join(', ')})` : '';
      return [problem('klantplan', 'matrix', `${open.length} van de ${total} combinaties in de matrix ${open.length === 1 ? 'heeft' : 'hebben'} nog geen score${list}. Kies 0 als er geen verband is.`)];
    },
  }),
  self('matrix-streng', 'Je hebt streng gescoord: alleen een sterk verband krijgt ++ of --.'),
  check({
    id: 'kernvragen-aantal',
    field: 'keyQuestions',
    text: 'Je hebt drie tot vijf kernvragen die beginnen met "Hoe kunnen we".',
    run: (plan) => {
      const questions = plan.klantplan.keyQuestions.filter((q) => filled(q.question));
      const out: Problem[] = [];
      if (questions.length < 3) out.push(problem('klantplan', 'keyQuestions', `Formuleer drie tot vijf kernvragen; nu ${questions.length === 0 ? 'geen' : questions.length === 1 ? 'één' : 'twee'}.`));
      if (questions.length > 5) out.push(problem('klantplan', 'keyQuestions', `Je hebt ${questions.length} kernvragen: houd de vijf sterkste over.`));
      for (const q of questions) {
        if (!/^hoe kunnen we\b/i.test(q.question.trim())) out.push(problem('klantplan', 'keyQuestions', `Kernvraag ${quote(q.question, '')} begint niet met "Hoe kunnen we".`));
      }
      return out;
    },
  }),
  check({
    id: 'kernvragen-uit-matrix',
    field: 'keyQuestions',
    text: 'Elke kernvraag komt uit een cel met ++ of -- in de matrix.',
    run: (plan) => {
      const k = plan.klantplan;
      const questions = k.keyQuestions.filter((q) => filled(q.question));
      if (!questions.length) return [problem('klantplan', 'keyQuestions', 'Er zijn nog geen kernvragen ("Hoe kunnen we …?").')];
      const { rows: r, columns: c } = matrixAxes(plan);
      const rowIds = new Set(r.map((i) => i.id));
      const colIds = new Set(c.map((i) => i.id));
      return questions.flatMap((q) => {
        const [row, col] = q.cell.split(':');
        const name = quote(q.question, '');
        if (!(row && col && rowIds.has(row) && colIds.has(col))) return [problem('klantplan', 'keyQuestions', `Kernvraag ${name} hangt nog niet aan een cel van de matrix.`)];
        const score = k.matrix[q.cell];
        if (!score || !KEY_QUESTION_SCORES.includes(score))
          return [problem('klantplan', 'keyQuestions', `Kernvraag ${name} komt uit een cel met ${score ? `score ${score}` : 'nog geen score'}: kies een cel met ++ of --.`)];
        return [];
      });
    },
  }),
  self('kernvragen-klant', 'Je kernvragen gaan over de klant, niet over jouw product.'),
  check({
    id: 'klantgesprek',
    field: 'conversationQuestions',
    text: 'Het gesprek met de klant is voorbereid en gevoerd: vragen, datum en uitkomst staan erbij.',
    run: ({ klantplan: k }) => [
      ...(texts(k.conversationQuestions).length ? [] : [problem('klantplan', 'conversationQuestions', 'Schrijf de vragen op die je de klant wilt stellen.')]),
      ...(filled(k.conversationDate) ? [] : [problem('klantplan', 'conversationDate', 'Noteer wanneer je de klant spreekt.')]),
      ...(filled(k.conversationOutcome) ? [] : [problem('klantplan', 'conversationOutcome', 'Noteer na het gesprek wat de klant zei en wat klopte.')]),
    ],
  }),
  check({
    id: 'gedeelde-doelen',
    field: 'sharedGoals',
    text: 'Je hebt minstens twee gedeelde doelen, elk met jouw bijdrage en bewijs.',
    run: (plan) =>
      everyRow('klantplan', 'sharedGoals', plan.klantplan.sharedGoals, {
        min: 2,
        none: 'Noteer minstens twee gedeelde doelen.',
        tooFew: () => 'Er staat nog maar één gedeeld doel: noteer er minstens twee.',
        name: (row, i) => `Gedeeld doel ${quote(row.customerGoal, `op regel ${i + 1}`)}`,
        missing: (row) => [!filled(row.customerGoal) && 'het doel van de klant', !filled(row.contribution) && 'jouw bijdrage', !filled(row.proof) && 'bewijs'],
      }),
  }),
];

const ALIGN: StepItem[] = [
  check({
    id: 'team',
    field: 'team',
    text: 'Elk teamlid staat erin met rol, taken en uren per maand.',
    run: (plan) =>
      everyRow('align', 'team', plan.align.team, {
        none: 'Schrijf op wie er in je accountteam zit.',
        name: (row, i) => `Teamlid ${quote(row.name, `op regel ${i + 1}`)}`,
        missing: (row) => [!filled(row.name) && 'een naam', !filled(row.role) && 'een rol', !filled(row.tasks) && 'taken', !has(row.hours) && 'uren'],
      }),
  }),
  self('team-compleet', 'Iedereen die aan het account werkt, staat in het team, ook je manager.'),
  check({
    id: 'raci',
    field: 'raci',
    text: 'Elk eerste doel uit stap 1 heeft precies één A en minstens één R.',
    run: (plan) => {
      const goals = firstGoals(plan);
      if (!goals.length) return [problem('align', 'firstGoals', 'Er zijn nog geen eerste doelen om de taken over te verdelen: schrijf ze op in stap 1.', 'envision')];
      const members = new Set(plan.align.team.filter((m) => filled(m.name)).map((m) => m.id));
      const lines = plan.align.raci.filter((r) => r.role && members.has(r.member));
      return goals.flatMap((g) => {
        const own = lines.filter((r) => r.goal === g.id);
        const a = own.filter((r) => r.role === 'A').length;
        const r = own.filter((l) => l.role === 'R').length;
        const name = quote(g.goal, '');
        const out: Problem[] = [];
        if (a === 0) out.push(problem('align', 'raci', `Doel ${name} heeft nog geen A: wie is eindverantwoordelijk?`));
        if (a > 1) out.push(problem('align', 'raci', `Doel ${name} heeft ${a} keer een A: kies één eindverantwoordelijke.`));
        if (r === 0) out.push(problem('align', 'raci', `Doel ${name} heeft nog geen R: wie voert het uit?`));
        return out;
      });
    },
  }),
  check({
    id: 'overleg',
    field: 'meetings',
    text: 'Er zijn minstens twee vaste overleggen, elk met frequentie, deelnemers en doel.',
    run: (plan) =>
      everyRow('align', 'meetings', plan.align.meetings, {
        min: 2,
        none: 'Spreek vaste overleggen af: een kort overleg voor de acties en een overleg per evaluatie.',
        tooFew: () => 'Er staat één overleg: spreek ook een overleg af voor de evaluaties (of voor de acties).',
        name: (row, i) => `Overleg ${quote(row.meeting, `op regel ${i + 1}`)}`,
        missing: (row) => [!filled(row.meeting) && 'een naam', !filled(row.frequency) && 'een frequentie', !filled(row.participants) && 'deelnemers', !filled(row.purpose) && 'een doel'],
      }),
  }),
  self('overleg-evaluatie', 'Eén overleg valt samen met de evaluatiemomenten uit stap 2.'),
  check({
    id: 'voortgang-delen',
    field: 'progressSharing',
    text: 'Er is één plek waar het team de voortgang ziet, met uitleg wie wat deelt.',
    run: ({ align: a }) => [
      ...(a.progressSharing ? [] : [problem('align', 'progressSharing', 'Kies waar het team de voortgang ziet.')]),
      ...(filled(a.progressNote) ? [] : [problem('align', 'progressNote', 'Schrijf op wie wat deelt, en hoe vaak.')]),
    ],
  }),
  check({
    id: 'akkoord',
    field: 'agreement',
    text: 'Wie akkoord gaf op de doelen, staat erbij met een datum.',
    run: (plan) =>
      everyRow('align', 'agreement', plan.align.agreement, {
        none: 'Noteer wie akkoord gaf op de doelen, en wanneer.',
        name: (row, i) => `Akkoord ${quote(row.name, `op regel ${i + 1}`)}`,
        missing: (row) => [!filled(row.name) && 'een naam', !filled(row.date) && 'een datum'],
      }),
  }),
  self('akkoord-manager', 'Ook je manager heeft akkoord gegeven.'),
];

const NO_OBJECTIVES = (plan: Plan) => (objectives(plan).length ? null : [problem('develop', 'objectives', 'Er zijn nog geen SMART-doelen.')]);

const DEVELOP: StepItem[] = [
  check({
    id: 'doelen-smart',
    field: 'objectives',
    text: 'Elk doel heeft een soort, een KPI, een nulmeting, een streefwaarde en een deadline.',
    run: (plan) =>
      NO_OBJECTIVES(plan) ??
      objectives(plan).flatMap((o, i) => {
        const missing = [!o.type && 'soort', !filled(o.kpi) && 'KPI', !filled(o.baseline) && 'nulmeting', !filled(o.target) && 'streefwaarde', !filled(o.deadline) && 'deadline'].filter(Boolean);
        return missing.length ? [problem('develop', 'objectives', `Doel ${quote(o.objective, `op regel ${i + 1}`)} mist: ${missing.join(', ')}.`)] : [];
      }),
  }),
  check({
    id: 'doelen-kwantitatief',
    field: 'objectives',
    text: 'Een kwantitatief doel heeft een getal als nulmeting en als streefwaarde.',
    run: (plan) =>
      NO_OBJECTIVES(plan) ??
      objectives(plan)
        .filter((o) => o.type && QUANTITATIVE_TYPES.includes(o.type) && filled(o.baseline) && filled(o.target) && !(digit.test(o.baseline) && digit.test(o.target)))
        .map((o) => problem('develop', 'objectives', `Doel ${quote(o.objective, '')} is kwantitatief (${o.type}), maar nulmeting of streefwaarde is geen getal.`)),
  }),
  check({
    id: 'doelen-kernvraag',
    field: 'objectives',
    text: 'Elk doel komt uit een kernvraag van stap 4.',
    run: (plan) => {
      const questions = new Set(plan.klantplan.keyQuestions.filter((q) => filled(q.question)).map((q) => q.id));
      return (
        NO_OBJECTIVES(plan) ??
        objectives(plan)
          .filter((o) => !questions.has(o.question))
          .map((o) => problem('develop', 'objectives', `Doel ${quote(o.objective, 'zonder naam')} is nog niet gekoppeld aan een kernvraag uit stap 4.`))
      );
    },
  }),
  check({
    id: 'doelen-eerste-doel',
    field: 'objectives',
    text: 'Elk doel hoort bij een eerste doel uit stap 1, en dus bij de taakverdeling van stap 5.',
    run: (plan) => {
      const goals = new Set(firstGoals(plan).map((g) => g.id));
      return (
        NO_OBJECTIVES(plan) ??
        objectives(plan)
          .filter((o) => !goals.has(o.goal))
          .map((o) => problem('develop', 'objectives', `Doel ${quote(o.objective, 'zonder naam')} hoort nog niet bij een eerste doel uit stap 1.`))
      );
    },
  }),
  check({
    id: 'doelen-naast-omzet',
    field: 'objectives',
    text: 'Minstens één doel gaat over iets anders dan omzet, marge of aandeel.',
    run: (plan) =>
      NO_OBJECTIVES(plan) ??
      (objectives(plan).some((o) => o.type && !['omzet', 'marge', 'aandeel'].includes(o.type))
        ? []
        : [problem('develop', 'objectives', 'Alle doelen gaan over omzet, marge of aandeel. Voeg een doel toe over bijvoorbeeld de relatie of de kwaliteit bij de klant.')]),
  }),
  self('doelen-ar', 'Elk doel is acceptabel voor de klant en je team, en realistisch met de tijd en het budget die er zijn.'),
  check({
    id: 'strategie',
    field: 'growthDirection',
    text: 'De accountstrategie heeft een groeirichting met uitleg, een waardepropositie en twee tot vier strategieën.',
    run: (plan) => {
      const d = plan.develop;
      const out: Problem[] = [];
      const missing = [!d.growthDirection && 'een groeirichting', !filled(d.growthNote) && 'waarom je die richting kiest', !filled(d.valueProposition) && 'een waardepropositie'].filter((m): m is string => !!m);
      if (missing.length) out.push(problem('develop', 'growthDirection', `De accountstrategie mist nog: ${and(missing)}.`));
      const lines = d.strategies.filter((s) => filled(s.strategy));
      if (lines.length < 2) out.push(problem('develop', 'strategies', `Kies twee tot vier strategieën; nu ${lines.length === 0 ? 'geen' : 'één'}.`));
      if (lines.length > 4) out.push(problem('develop', 'strategies', `Je hebt ${lines.length} strategieën: houd er hoogstens vier over.`));
      for (const line of lines) if (!filled(line.approach)) out.push(problem('develop', 'strategies', `Strategie ${quote(line.strategy, '')} heeft nog geen aanpak.`));
      return out;
    },
  }),
  check({
    id: 'doelen-strategie',
    field: 'objectives',
    text: 'Elk doel dient een strategie, en elke strategie heeft minstens één doel.',
    run: (plan) => {
      const lines = plan.develop.strategies.filter((s) => filled(s.strategy));
      const ids = new Set(lines.map((s) => s.id));
      const list = NO_OBJECTIVES(plan) ?? [];
      const out = [
        ...list,
        ...objectives(plan)
          .filter((o) => !ids.has(o.strategy))
          .map((o) => problem('develop', 'objectives', `Doel ${quote(o.objective, 'zonder naam')} dient nog geen strategie: kies er een in de kolom "Dient strategie".`)),
      ];
      const served = new Set(objectives(plan).map((o) => o.strategy));
      for (const line of lines) if (!served.has(line.id)) out.push(problem('develop', 'strategies', `Strategie ${quote(line.strategy, '')} heeft nog geen doel: welk doel brengt ze dichterbij?`));
      return out;
    },
  }),
  check({
    id: 'verkoopkansen',
    field: 'opportunities',
    text: 'Elke verkoopkans heeft een verwachte omzet, een waarschijnlijkheid, een datum en een CRM-nummer.',
    run: (plan) =>
      everyRow('develop', 'opportunities', plan.develop.opportunities, {
        none: 'Leg je verkoopkansen vast, met verwachte omzet en waarschijnlijkheid.',
        name: (row, i) => `Verkoopkans ${quote(row.opportunity, `op regel ${i + 1}`)}`,
        missing: (row) => [
          !filled(row.opportunity) && 'een naam',
          !has(row.value) && 'verwachte omzet',
          !has(row.probability) && 'waarschijnlijkheid',
          !filled(row.expected) && 'een datum',
          !filled(row.crm) && 'een CRM-nummer',
        ],
      }),
  }),
  check({
    id: 'social-media',
    field: 'socialInsights',
    text: 'Je hebt opgeschreven wat social media en nieuws je over de klant vertelden.',
    run: (plan) => (texts(plan.develop.socialInsights).length ? [] : [problem('develop', 'socialInsights', 'Schrijf op wat je op social media en in het nieuws over de klant leerde.')]),
  }),
  check({
    id: 'budget-posten',
    field: 'budget',
    text: 'Elke post in het budget heeft kosten en een extra brutomarge die niet hoger is dan de extra omzet.',
    run: (plan) => {
      const list = rows(plan.develop.budget);
      if (!list.length) return [problem('develop', 'budget', 'Het budget is nog leeg.')];
      return list.flatMap((row, i) => {
        const name = `Post ${quote(row.item, `op regel ${i + 1}`)}`;
        const out: Problem[] = [];
        const costs = (has(row.hours) && has(row.rate)) || has(row.otherCost);
        const missing = [!filled(row.item) && 'een naam', !costs && 'kosten (uren met uurtarief, of overige kosten)', !has(row.returns) && 'verwachte extra brutomarge'].filter((m): m is string => !!m);
        if (missing.length) out.push(problem('develop', 'budget', `${name} mist nog: ${and(missing)}.`));
        if (has(row.returns) && row.returns! > 0 && !has(row.extraRevenue))
          out.push(problem('develop', 'budget', `${name} heeft een extra brutomarge zonder extra omzet: vul de omzet in waar de marge uit komt.`));
        if (has(row.returns) && has(row.extraRevenue) && row.returns! > row.extraRevenue!)
          out.push(problem('develop', 'budget', `${name}: de extra brutomarge is hoger dan de extra omzet. Brutomarge is extra omzet × je marge.`));
        return out;
      });
    },
  }),
  check({
    id: 'budget-uren',
    field: 'budget',
    text: 'Het budget telt ook de uren die de acties kosten, elk met een uurtarief.',
    run: (plan) => {
      const withHours = rows(plan.develop.budget).filter((r) => has(r.hours) && r.hours! > 0);
      if (!withHours.length) return [problem('develop', 'budget', 'Er staan nog geen uren in het budget. Tel de uren van je team of een ploeg mee, met hun uurtarief.')];
      return withHours
        .filter((r) => !has(r.rate))
        .map((r) => problem('develop', 'budget', `Post ${quote(r.item, 'zonder naam')} heeft uren maar nog geen uurtarief. Vul het tarief in, en tel de uren dan niet ook mee in de overige kosten.`));
    },
  }),
  check({
    id: 'financien-jaren',
    field: 'planYears',
    text: 'De planjaren en kwartalen hebben omzet en marge; de kwartalen tellen op tot het planjaar.',
    run: (plan) => {
      const out: Problem[] = [];
      const years = rows(plan.develop.planYears);
      const year = planYear(plan);
      for (const [i, row] of years.entries()) {
        const missing = [!has(row.year) && 'jaar', !has(row.revenue) && 'omzet', !has(row.margin) && 'marge'].filter((m): m is string => !!m);
        if (missing.length) out.push(problem('develop', 'planYears', `${has(row.year) ? `Het planjaar ${row.year}` : `Regel ${i + 1} van de planjaren`} mist nog: ${and(missing)}.`));
      }
      if (year !== null && !years.some((r) => r.year === year)) out.push(problem('develop', 'planYears', `Vul omzet en marge in voor het planjaar ${year}.`));
      if (year === null && !years.length) out.push(problem('develop', 'planYears', 'Vul omzet en marge in voor het planjaar.'));
      const last = Math.max(...plan.envision.history.map((h) => h.year ?? -Infinity));
      for (const row of years) if (has(row.year) && row.year! <= last) out.push(problem('develop', 'planYears', `${row.year} staat al in de geschiedenis van stap 1: een planjaar komt daarna.`));
      const quarters = rows(plan.develop.quarters);
      const given = new Set(quarters.map((q) => q.quarter).filter(Boolean));
      if (given.size < 4 || quarters.length !== 4) out.push(problem('develop', 'quarters', 'Verdeel het planjaar over de vier kwartalen, elk kwartaal één keer.'));
      if (quarters.some((q) => !has(q.revenue) || !has(q.margin))) out.push(problem('develop', 'quarters', 'Geef elk kwartaal een omzet en een marge.'));
      const t = quarterTotals(plan);
      if (given.size === 4 && t.target !== null && t.revenue !== t.target)
        out.push(problem('develop', 'quarters', `De kwartalen tellen op tot ${formatEuro(t.revenue)}, maar voor ${t.year} plan je ${formatEuro(t.target)}.`));
      return out;
    },
  }),
  check({
    id: 'financien-toelichting',
    field: 'financeNote',
    text: 'Je legt uit wat het plan oplevert tegenover wat het kost.',
    run: (plan) => (filled(plan.develop.financeNote) ? [] : [problem('develop', 'financeNote', 'Schrijf op wat het plan oplevert tegenover wat het kost, en waarom het de moeite waard is.')]),
  }),
  self('financien-haalbaar', 'De groei per jaar en per kwartaal past bij je verkoopkansen.'),
];

const ADAPT: StepItem[] = [
  check({
    id: 'signalen',
    field: 'signals',
    text: 'Het logboek heeft minstens één signaal, elk met datum, gevolg en aanpassing.',
    run: (plan) =>
      everyRow('adapt', 'signals', plan.adapt.signals, {
        none: 'Het logboek met signalen is nog leeg.',
        name: (row, i) => `Signaal ${quote(row.change, `op regel ${i + 1}`)}`,
        missing: (row) => [!filled(row.date) && 'een datum', !filled(row.change) && 'wat er veranderde', !filled(row.consequence) && 'het gevolg', !filled(row.adjustment) && 'de aanpassing'],
      }),
  }),
  check({
    id: 'kpi-gemeten',
    field: 'kpiChecks',
    text: 'Bij de laatste meting is elke KPI uit stap 6 gemeten.',
    run: (plan) => {
      const kpis = objectives(plan).filter((o) => filled(o.kpi));
      if (!kpis.length) return [problem('adapt', 'objectives', 'Er zijn nog geen KPI\'s in stap 6 om te meten.', 'develop')];
      const measured = plan.adapt.kpiChecks.filter((c) => filled(c.date) && filled(c.value) && kpis.some((o) => o.id === c.objective));
      if (!measured.length) return [problem('adapt', 'kpiChecks', 'Er is nog geen KPI-meting. Noteer bij elke evaluatie de stand van elke KPI.')];
      const last = measured.reduce((max, c) => (c.date > max ? c.date : max), '');
      const at = new Set(measured.filter((c) => c.date === last).map((c) => c.objective));
      return kpis.filter((o) => !at.has(o.id)).map((o) => problem('adapt', 'kpiChecks', `De meting van ${last} mist de KPI ${quote(o.kpi, '')}.`));
    },
  }),
  self('op-schema', 'Je weet per doel of het op schema ligt.'),
  check({
    id: 'risicos',
    field: 'risks',
    text: 'Elk risico heeft een waarschijnlijkheid, een impact, een maatregel en een eigenaar.',
    run: (plan) =>
      everyRow('adapt', 'risks', plan.adapt.risks, {
        none: 'Benoem de risico\'s voor het plan.',
        name: (row, i) => `Risico ${quote(row.risk, `op regel ${i + 1}`)}`,
        missing: (row) => [!filled(row.risk) && 'een omschrijving', !row.likelihood && 'een waarschijnlijkheid', !row.impact && 'een impact', !filled(row.measure) && 'een maatregel', !filled(row.owner) && 'een eigenaar'],
      }),
  }),
  self('team-weet', 'Het team weet wat er in het plan is veranderd en waarom.'),
  self('volgende-evaluatie', 'De volgende evaluatie staat in de agenda.'),
];

const INSPIRE: StepItem[] = [
  check({
    id: 'visie',
    field: 'vision',
    text: 'Je hebt een visie voor de klant geschreven en uitgelegd hoe die past bij hun behoeften.',
    run: ({ inspire: i }) => [
      ...(filled(i.vision) ? [] : [problem('inspire', 'vision', 'Schrijf je visie voor de klant op.')]),
      ...(filled(i.fit) ? [] : [problem('inspire', 'fit', 'Leg uit hoe je visie past bij wat de klant zelf wil.')]),
    ],
  }),
  self('visie-zonder-product', 'Je visie beschrijft de klant over een paar jaar, zonder productnamen.'),
  check({
    id: 'boodschap-per-rol',
    field: 'messages',
    text: 'Elke rol die in je DMU voorkomt, heeft een kernboodschap met bewijs.',
    run: (plan) => {
      const roles = DMU_ROLES.filter((role) => plan.discover.dmu.some((p) => p.role === role));
      if (!roles.length) return [problem('inspire', 'dmu', 'Vul eerst de DMU in: per rol die erin voorkomt, schrijf je hier een boodschap.', 'discover')];
      return roles.flatMap((role) => {
        const messages = plan.inspire.messages.filter((m) => m.role === role && filled(m.message));
        if (!messages.length) return [problem('inspire', 'messages', `De rol ${role} staat in de DMU, maar heeft nog geen kernboodschap.`)];
        if (!messages.some((m) => filled(m.proof))) return [problem('inspire', 'messages', `De boodschap voor de rol ${role} heeft nog geen bewijs.`)];
        return [];
      });
    },
  }),
  check({
    id: 'relatie-per-contact',
    field: 'relationships',
    text: 'Voor de belangrijkste contacten staat een score voor nu, een doel en wat je doet om de relatie te versterken.',
    run: (plan) => {
      const people = new Set(plan.discover.dmu.filter((p) => filled(p.name)).map((p) => p.id));
      return everyRow('inspire', 'relationships', plan.inspire.relationships, {
        none: 'Geef de belangrijkste contacten uit de DMU een score voor nu en een doel.',
        name: (_row, i) => `Contact op regel ${i + 1}`,
        missing: (row) => [!people.has(row.contact) && 'een persoon uit de DMU', !has(row.now) && 'een score voor nu', !has(row.target) && 'een doel', !filled(row.action) && 'wat je doet'],
      });
    },
  }),
  self('relatie-eerlijk', 'Je scores zijn eerlijk: een 4 of 5 krijgt alleen wie jou zelf belt als er iets speelt.'),
];

const ACTIE: StepItem[] = [
  check({
    id: 'doelen-hebben-acties',
    field: 'actions',
    text: 'Elk SMART-doel heeft minstens één actie.',
    run: (plan) => {
      const list = objectives(plan);
      if (!list.length) return [problem('actie', 'objectives', 'Er zijn nog geen SMART-doelen.', 'develop')];
      const linked = new Set(actions(plan).map((a) => a.objective));
      return list.filter((o) => !linked.has(o.id)).map((o) => problem('actie', 'actions', `Doel ${quote(o.objective, 'zonder naam')} heeft nog geen actie.`));
    },
  }),
  check({
    id: 'acties-eigenaar-datum',
    field: 'actions',
    text: 'Elke actie heeft een eigenaar, een start- en einddatum en middelen.',
    run: (plan) => {
      const list = actions(plan);
      if (!list.length) return [problem('actie', 'actions', 'Het actieplan is nog leeg.')];
      return list.flatMap((a, i) => {
        const name = quote(a.action, `op regel ${i + 1}`);
        const missing = [!filled(a.owner) && 'eigenaar', !filled(a.start) && 'startdatum', !filled(a.due) && 'datum waarop ze klaar is', !filled(a.resources) && 'middelen'].filter(Boolean);
        const out: Problem[] = [];
        if (missing.length) out.push(problem('actie', 'actions', `Actie ${name} heeft nog geen ${missing.join(' en geen ')}.`));
        if (filled(a.start) && filled(a.due) && a.due < a.start) out.push(problem('actie', 'actions', `Actie ${name} is klaar vóór ze begint: kijk de data na.`));
        return out;
      });
    },
  }),
  self('acties-werkwoord', 'Elke actie begint met een werkwoord.'),
  self('middelen-budget', 'De middelen passen bij het budget van stap 6, de eigenaren bij de taakverdeling van stap 5.'),
  check({
    id: 'borging',
    field: 'embedding',
    text: 'Je hebt opgeschreven hoe je het plan in je bedrijf borgt.',
    run: (plan) => (texts(plan.actie.embedding).length ? [] : [problem('actie', 'embedding', 'Schrijf op wie het plan krijgt, waar het staat en wanneer het besproken wordt.')]),
  }),
  self('borging-plek', 'Het plan staat op een gedeelde plek en komt terug in een vast overleg.'),
  check({
    id: 'evaluatie',
    field: 'evaluation',
    text: 'Voor elk criterium weet je wanneer en hoe je het evalueert.',
    run: (plan) =>
      everyRow('actie', 'evaluation', plan.actie.evaluation, {
        none: 'Spreek af waaraan, wanneer en hoe je beoordeelt of het plan werkt.',
        name: (row, i) => `Criterium ${quote(row.criterion, `op regel ${i + 1}`)}`,
        missing: (row) => [!filled(row.criterion) && 'een omschrijving', !filled(row.moment) && 'een moment', !filled(row.method) && 'een methode'],
      }),
  }),
  check({
    id: 'samenvatting',
    field: 'summary',
    onCover: true,
    text: 'De managementsamenvatting is geschreven.',
    run: (plan) => (filled(plan.cover.summary) ? [] : [problem('actie', 'summary', 'Schrijf als laatste de managementsamenvatting, in het werkboek.', 'cover')]),
  }),
  self('samenvatting-klopt', 'De samenvatting noemt dezelfde doelen en bedragen als de rest van het plan.'),
];

const BY_STEP: Record<StepId, StepItem[]> = {
  envision: ENVISION,
  schedule: SCHEDULE,
  discover: DISCOVER,
  klantplan: KLANTPLAN,
  align: ALIGN,
  develop: DEVELOP,
  adapt: ADAPT,
  inspire: INSPIRE,
  actie: ACTIE,
};

/** Where a lesson's checklist links a program check to: its field, on the worksheet or in the workbook. */
export function checklistHref(item: ProgramCheck): string {
  return fieldHref(item.onCover ? 'cover' : item.step, item.field);
}

/** Every checklist item of every lesson, in step order and in the order the lesson lists them. */
export const CHECKLIST: readonly ChecklistItem[] = STEPS.flatMap((s) => BY_STEP[s.id].map((item) => ({ ...item, step: s.id }) as ChecklistItem));

/** The checklist of one lesson. */
export function checklist(step: StepId): ChecklistItem[] {
  return CHECKLIST.filter((item) => item.step === step);
}

/** The items the program checks, in workbook order. */
export const CHECKS: readonly ProgramCheck[] = CHECKLIST.filter(isProgramCheck);

/** Runs every check on a plan. */
export function runChecks(plan: Plan): CheckResult[] {
  return CHECKS.map((check) => {
    const problems = check.run(plan);
    return { id: check.id, step: check.step, title: check.text, ok: problems.length === 0, problems };
  });
}

export interface StepCheckReport {
  step: StepId;
  checks: CheckResult[];
  /** How many checks of this step fail. */
  open: number;
  /** Self-checks of this step: always listed, the reader judges them. */
  selfChecks: SelfCheck[];
}

/** The checks and self-checks of every step: the workbook's "Controles" and the PDF's "Open punten". */
export function checkReport(plan: Plan): StepCheckReport[] {
  const results = runChecks(plan);
  return STEPS.map((s) => {
    const checks = results.filter((r) => r.step === s.id);
    return { step: s.id, checks, open: checks.filter((c) => !c.ok).length, selfChecks: checklist(s.id).filter((i): i is SelfCheck => !isProgramCheck(i)) };
  });
}

/** All problems of all checks. */
export function openPoints(plan: Plan): Problem[] {
  return runChecks(plan).flatMap((c) => c.problems);
}

/** Every self-check of every lesson, in step order. */
export const SELF_CHECKS: readonly SelfCheck[] = CHECKLIST.filter((i): i is SelfCheck => !isProgramCheck(i));

/** What the PDF's "Open punten" lists: the problem of every failing check, and every self-check. */
export function pdfOpenPoints(plan: Plan) {
  return {
    openPoints: openPoints(plan).map((p) => ({ message: p.message, step: p.step })),
    selfChecks: SELF_CHECKS.map((c) => ({ text: c.text, step: c.step })),
  };
}
