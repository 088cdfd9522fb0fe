import { BRIDGE_TOLERANCE, revenueBridge } from '../finance/bridge';
import { budgetTotals } from '../finance/totals';
import type { Plan, SectionId } from '../model/schema';
import { formatEuro, formatPercent } from '../values/format';
import { examplePlan } from './example-plan';

/**
 * "Fouten zoeken": the example plan with deliberate errors, for the trainers' activity of that
 * name. Every error is one the workbook's checks report, or one a careful reader finds with a
 * self-check of a lesson's checklist or a common mistake the lesson names. The trainers' page
 * lists them as the answer key; test/plan/example/error-hunt.test.ts proves that the checks find exactly
 * the errors said to be found by a check, and nothing else.
 */
export interface PlantedError {
  /** Stable id. */
  id: string;
  /** Where the error is: a field of a section (its label comes from the plan's words). */
  section: SectionId;
  field: string;
  /** What is wrong, in Dutch. */
  error: string;
  /** How it should be, in Dutch. */
  fix: string;
  /**
   * Who finds it: a check of the workbook (its id in checks.ts), a self-check of a lesson's
   * checklist (its id), or a common mistake the lesson names (its bold start, as in the lesson).
   */
  foundBy: { check: string } | { selfCheck: string } | { mistake: string };
  /** Puts the error into a copy of the example plan. */
  plant: (plan: Plan) => void;
}

function row<T extends { id: string }>(rows: T[], id: string): T {
  const found = rows.find((r) => r.id === id);
  if (!found) throw new Error(`The example plan has no row ${id}`);
  return found;
}

/** The answer key quotes the example's own figures and names, never typed copies. */
const example = examplePlan();
const budget = formatEuro(budgetTotals(example).cost);
/** A wrong budget for the summary: € 5.000 less than the real one. */
const wrongBudget = formatEuro(budgetTotals(example).cost - 5000);
const auditLine = row(example.develop.budget, 'bu3');
const idea = row(example.develop.opportunities, 'op4');

/**
 * A target the build-up does not carry: the student counts the HygiënePlus locations (an idea,
 * ordered in the next year at the earliest) in the plan year, and spreads the higher target over
 * the quarters, so they still add up.
 */
const bridge = revenueBridge(example);
const planYearRow = example.develop.planYears.find((r) => r.year === bridge.year)!;
const ideaWeighted = Math.round(((idea.value ?? 0) * (idea.probability ?? 0)) / 100);
const wishedTarget = Math.round((bridge.expected + ideaWeighted) / 5000) * 5000;
function raiseTarget(plan: Plan): void {
  const target = row(plan.develop.planYears, planYearRow.id);
  const factor = wishedTarget / target.revenue!;
  const quarters = plan.develop.quarters;
  let left = wishedTarget;
  quarters.forEach((q, i) => {
    q.revenue = i === quarters.length - 1 ? left : Math.round((q.revenue! * factor) / 500) * 500;
    left -= q.revenue;
  });
  target.revenue = wishedTarget;
}
const wishedGap = ((wishedTarget - bridge.expected) / bridge.expected) * 100;

/** The SWOT's opportunity that comes from no trend of step 3: a plausible market story nobody checked. */
const UNSOURCED = 'Zorggroepen in de regio gaan samen inkopen';

/** A KPI that cannot be measured where it says: the CRM knows what Lindenhof buys from Kroonstad, not all it buys. */
const UNMEASURABLE = 'Aandeel duurzame producten in alle hygiëne-inkoop van Lindenhof, gemeten in het CRM';
const sustainable = row(example.develop.objectives, 'o2');

export const PLANTED_ERRORS: readonly PlantedError[] = [
  {
    id: 'klaar-na-start',
    section: 'schedule',
    field: 'readyBy',
    error: 'Het plan is pas op 15 januari 2027 klaar en goedgekeurd, terwijl het al vanaf 1 januari geldt.',
    fix: 'Het plan is klaar vóór het gaat gelden, en vóór de begroting van Kroonstad: 15 december 2026.',
    foundBy: { check: 'klaar-voor-start' },
    plant: (plan) => {
      plan.schedule.readyBy = '2027-01-15';
    },
  },
  {
    id: 'geen-voorstander',
    section: 'discover',
    field: 'dmu',
    error: 'Marco Huisman staat in de DMU als "positief". Daardoor heeft de DMU geen voorstander meer.',
    fix: 'Marco vroeg zelf om mee te denken over duurzaamheid: hij pleit actief voor Kroonstad en is voorstander.',
    foundBy: { check: 'dmu-beslisser-voorstander' },
    plant: (plan) => {
      row(plan.discover.dmu, 'd2').attitude = 'positief';
    },
  },
  {
    id: 'kernvraag-uit-nulcel',
    section: 'klantplan',
    field: 'keyQuestions',
    error: 'De kernvraag over het team infectiepreventie hangt aan de cel S3 × K1, die een 0 scoort.',
    fix: 'Ze komt uit de cel S3 × B1 (++): het team infectiepreventie tegen de strengere eisen.',
    foundBy: { check: 'kernvragen-uit-matrix' },
    plant: (plan) => {
      row(plan.klantplan.keyQuestions, 'q2').cell = 's3:k1';
    },
  },
  {
    id: 'kernvraag-over-product',
    section: 'klantplan',
    field: 'keyQuestions',
    error:
      'De vierde kernvraag luidt "Hoe kunnen we meer licenties voor de e-learning verkopen?". Die gaat over wat Kroonstad wil verkopen, niet over de klant.',
    fix: 'De kernvraag komt uit de cel Z2 × B2 (--): "Hoe kunnen we nieuwe schoonmakers sneller en beter inwerken?"',
    foundBy: { selfCheck: 'kernvragen-klant' },
    plant: (plan) => {
      row(plan.klantplan.keyQuestions, 'q4').question = 'Hoe kunnen we meer licenties voor de e-learning verkopen?';
    },
  },
  {
    id: 'twee-keer-a',
    section: 'align',
    field: 'raci',
    error: 'Bij het doel "Een duurzame productlijn invoeren" zijn Sanne de Wit én Karin Vos eindverantwoordelijk (A).',
    fix: 'Per doel is er één A: Sanne. Karin presenteert de visie aan de bestuurder en is daarom R.',
    foundBy: { check: 'raci' },
    plant: (plan) => {
      row(plan.align.raci, 'rc5').role = 'A';
    },
  },
  {
    id: 'doel-zonder-nulmeting',
    section: 'develop',
    field: 'objectives',
    error: 'Het doel "Hogere score bij hygiëne-audits" heeft geen nulmeting.',
    fix: `De nulmeting is de gemiddelde auditscore van nu: ${row(example.develop.objectives, 'o5').baseline}. Zonder nulmeting zie je later niet hoeveel de score steeg.`,
    foundBy: { check: 'doelen-smart' },
    plant: (plan) => {
      row(plan.develop.objectives, 'o5').baseline = '';
    },
  },
  {
    id: 'kans-op-honderd',
    section: 'develop',
    field: 'opportunities',
    error: `De verkoopkans "${idea.opportunity}" staat op 100%, terwijl ze nog maar een idee is. Het gewogen totaal van de verkoopkansen wordt zo te rooskleurig.`,
    fix: `Een idee is verre van zeker: in het plan staat ze op ${idea.probability}%.`,
    foundBy: { mistake: 'Alle verkoopkansen op 100% zetten.' },
    plant: (plan) => {
      row(plan.develop.opportunities, 'op4').probability = 100;
    },
  },
  {
    id: 'post-zonder-verkoopkans',
    section: 'develop',
    field: 'budget',
    error: `De post "${auditLine.item}" dient geen verkoopkans en zegt niet waarom. Dan weet niemand of er omzet tegenover staat, en wat het budget oplevert.`,
    fix: 'Er staat geen order tegenover: de audits dienen het doel voor een hogere auditscore. Schrijf dat erbij; de post telt dan terecht niet mee in wat het budget oplevert.',
    foundBy: { check: 'budget-posten' },
    plant: (plan) => {
      row(plan.develop.budget, 'bu3').noOpportunity = '';
    },
  },
  {
    id: 'doel-boven-opbouw',
    section: 'develop',
    field: 'planYears',
    error: `Het omzetdoel voor ${bridge.year} is ${formatEuro(wishedTarget)}, verdeeld over de kwartalen. De opbouw uit de bestaande omzet en de verkoopkansen komt uit op ${formatEuro(bridge.expected)}: het doel ligt ${formatPercent(Math.round(wishedGap * 10) / 10)} hoger, alsof "${idea.opportunity}" (gewogen ${formatEuro(ideaWeighted)}) al in ${bridge.year} omzet brengt. Die order komt op zijn vroegst in ${idea.expected.slice(0, 4)}.`,
    fix: `Het doel is ${formatEuro(planYearRow.revenue)}: niet meer dan ${formatPercent(BRIDGE_TOLERANCE)} boven de verwachte omzet. Wie meer wil, zet eerst de verkoopkansen in het plan die het brengen.`,
    foundBy: { check: 'omzetopbouw' },
    plant: raiseTarget,
  },
  {
    id: 'kans-zonder-bron',
    section: 'klantplan',
    field: 'opportunities',
    error: `De SWOT heeft een derde kans: "${UNSOURCED}". Geen trend in de DESTEP van stap 3 zegt dat, en geen bron.`,
    fix: 'Een kans komt uit de analyse van stap 3. Zoek eerst uit of die ontwikkeling er is, en zet haar met bron bij de trends; anders hoort ze niet in de SWOT.',
    foundBy: { selfCheck: 'kansen-uit-destep' },
    plant: (plan) => {
      plan.klantplan.opportunities.push({ id: 'k3', text: UNSOURCED });
      // Scored like the other opportunities, so the matrix stays complete: the error is where the kans comes from.
      for (const r of [...plan.klantplan.strengths, ...plan.klantplan.weaknesses]) plan.klantplan.matrix[`${r.id}:k3`] = r.id === 's2' ? '+' : '0';
    },
  },
  {
    id: 'kpi-niet-te-meten',
    section: 'develop',
    field: 'objectives',
    error: `De KPI van "${sustainable.objective}" is "${UNMEASURABLE}". Het CRM van Kroonstad kent alleen wat Lindenhof bij Kroonstad bestelt, niet wat het bij HygiënePlus en de andere leveranciers koopt.`,
    fix: `Meet wat je kunt zien: "${sustainable.kpi}". Wil je toch de hele inkoop weten, spreek dan af dat de facilitaire dienst het cijfer per kwartaal geeft.`,
    foundBy: { selfCheck: 'kpi-meetbaar' },
    plant: (plan) => {
      row(plan.develop.objectives, 'o2').kpi = UNMEASURABLE;
    },
  },
  {
    id: 'actie-zonder-eigenaar',
    section: 'actie',
    field: 'actions',
    error: `De actie "${row(example.actie.actions, 'a5').action}" heeft geen eigenaar.`,
    fix: 'Ruud Jansen is de eigenaar: hij is R bij het eerste doel waar deze actie onder valt.',
    foundBy: { check: 'acties-eigenaar-datum' },
    plant: (plan) => {
      row(plan.actie.actions, 'a5').owner = '';
    },
  },
  {
    id: 'visie-met-product',
    section: 'inspire',
    field: 'vision',
    error:
      'De visie eindigt met "Dat doen we met de dispensers en de e-learning van Kroonstad." Een visie over de producten van Kroonstad inspireert de klant niet.',
    fix: 'De visie beschrijft Lindenhof over een paar jaar, zonder productnamen. Laat de laatste zin weg.',
    foundBy: { selfCheck: 'visie-zonder-product' },
    plant: (plan) => {
      plan.inspire.vision = `${plan.inspire.vision} Dat doen we met de dispensers en de e-learning van Kroonstad.`;
    },
  },
  {
    id: 'samenvatting-ander-budget',
    section: 'cover',
    field: 'summary',
    error: `De managementsamenvatting noemt een budget van ${wrongBudget}. In het budget van stap 6 staat ${budget}.`,
    fix: `De samenvatting noemt dezelfde bedragen als de rest van het plan: ${budget}.`,
    foundBy: { selfCheck: 'samenvatting-klopt' },
    plant: (plan) => {
      plan.cover.summary = plan.cover.summary.replace(`Het budget is ${budget}`, `Het budget is ${wrongBudget}`);
    },
  },
];

/** The plan of "Fouten zoeken": a copy of the example with every planted error in it. */
export function errorHuntPlan(example: Plan): Plan {
  const plan = structuredClone(example);
  for (const error of PLANTED_ERRORS) error.plant(plan);
  return plan;
}

/** The name the exercise gets in the reader's workbook. */
export const ERROR_HUNT_NAME = 'Fouten zoeken: Zorggroep Lindenhof';
