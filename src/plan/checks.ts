import { reviewDates } from './reviews';
import type { Plan } from './schema';
import { lessonPath, STEPS } from './steps';
import { fieldAnchor } from './walk';

/** One thing that still needs work, with a link to the field where to fix it. */
export interface Problem {
  message: string;
  stepNumber: number;
  href: string;
}

export interface CheckResult {
  id: string;
  /** What must be true, as a Dutch sentence. */
  title: string;
  ok: boolean;
  problems: Problem[];
}

const href = (stepNumber: number, key: string) => `${lessonPath(STEPS[stepNumber - 1]!)}#${fieldAnchor(key)}`;
const problem = (stepNumber: number, key: string, message: string): Problem => ({ message, stepNumber, href: href(stepNumber, key) });
const filled = (s: string) => s.trim() !== '';
const quote = (s: string, fallback: string) => (filled(s) ? `"${s.trim().slice(0, 80)}"` : fallback);

/** The SMART objectives that hold anything at all (an empty row is not an objective yet). */
function objectives(plan: Plan) {
  return plan.develop.objectives.filter((o) => filled(o.objective) || filled(o.kpi) || filled(o.target));
}

function actions(plan: Plan) {
  return plan.actie.actions.filter((a) => filled(a.action) || filled(a.owner) || filled(a.objective));
}

type Check = { id: string; title: string; run: (plan: Plan) => Problem[] };

/** The checks of WORKSHEETS.md, in the order the workbook shows them. */
export const CHECKS: Check[] = [
  {
    id: 'doelen-hebben-acties',
    title: 'Elk doel heeft minstens één actie',
    run(plan) {
      const list = objectives(plan);
      if (!list.length) return [problem(6, 'objectives', 'Er zijn nog geen SMART-doelen.')];
      const linked = new Set(actions(plan).map((a) => a.objective));
      return list
        .filter((o) => !linked.has(o.id))
        .map((o) => problem(9, 'actions', `Doel ${quote(o.objective, 'zonder naam')} heeft nog geen actie.`));
    },
  },
  {
    id: 'acties-eigenaar-datum',
    title: 'Elke actie heeft een eigenaar en een datum',
    run(plan) {
      const list = actions(plan);
      if (!list.length) return [problem(9, 'actions', 'Het actieplan is nog leeg.')];
      const out: Problem[] = [];
      list.forEach((a, i) => {
        const name = quote(a.action, `op regel ${i + 1}`);
        const missing = [!filled(a.owner) && 'eigenaar', !filled(a.due) && 'datum waarop ze klaar is'].filter(Boolean);
        if (missing.length) out.push(problem(9, 'actions', `Actie ${name} heeft nog geen ${missing.join(' en geen ')}.`));
      });
      return out;
    },
  },
  {
    id: 'doelen-smart',
    title: 'Elk doel heeft een KPI, een streefwaarde en een deadline (SMART)',
    run(plan) {
      const list = objectives(plan);
      if (!list.length) return [problem(6, 'objectives', 'Er zijn nog geen SMART-doelen.')];
      const out: Problem[] = [];
      list.forEach((o, i) => {
        const missing = [!filled(o.kpi) && 'KPI', !filled(o.target) && 'streefwaarde', !filled(o.deadline) && 'deadline'].filter(Boolean);
        if (missing.length) out.push(problem(6, 'objectives', `Doel ${quote(o.objective, `op regel ${i + 1}`)} mist: ${missing.join(', ')}.`));
      });
      return out;
    },
  },
  {
    id: 'kernvragen-uit-matrix',
    title: 'Elke kernvraag komt uit de confrontatiematrix',
    run(plan) {
      const k = plan.klantplan;
      const questions = k.keyQuestions.filter((q) => filled(q.question));
      if (!questions.length) return [problem(4, 'keyQuestions', 'Er zijn nog geen kernvragen ("Hoe kunnen we …?").')];
      const rows = new Set([...k.strengths, ...k.weaknesses].map((i) => i.id));
      const cols = new Set([...k.opportunities, ...k.threats].map((i) => i.id));
      return questions
        .filter((q) => {
          const [row, col] = q.cell.split(':');
          return !(row && col && rows.has(row) && cols.has(col));
        })
        .map((q) => problem(4, 'keyQuestions', `Kernvraag ${quote(q.question, '')} hangt nog niet aan een cel van de matrix.`));
    },
  },
  {
    id: 'dmu-beslisser-voorstander',
    title: 'De DMU heeft minstens één beslisser en één voorstander',
    run(plan) {
      const dmu = plan.discover.dmu;
      const out: Problem[] = [];
      if (!dmu.some((p) => p.role === 'beslisser')) out.push(problem(3, 'dmu', 'Er staat nog geen beslisser in de DMU.'));
      if (!dmu.some((p) => p.attitude === 'voorstander' || p.attitude === 'positief'))
        out.push(problem(3, 'dmu', 'Er staat nog geen voorstander in de DMU: wie helpt je binnen de klant?'));
      return out;
    },
  },
  {
    id: 'geldigheid-evaluatie',
    title: 'Het plan heeft een geldigheidsperiode en minstens één evaluatiemoment',
    run(plan) {
      const s = plan.schedule;
      const out: Problem[] = [];
      if (!filled(s.validFrom) || !filled(s.validUntil)) out.push(problem(2, 'validFrom', 'Vul in van wanneer tot wanneer het plan geldt.'));
      else if (s.validUntil < s.validFrom) out.push(problem(2, 'validUntil', 'De einddatum van het plan ligt vóór de begindatum.'));
      if (!s.reviewRhythm) out.push(problem(2, 'reviewRhythm', 'Kies hoe vaak je het plan evalueert.'));
      else if (!out.length && reviewDates(s).length === 0)
        out.push(problem(2, 'reviewRhythm', 'Binnen de geldigheidsperiode valt nog geen evaluatiemoment: maak de periode langer of het ritme korter.'));
      return out;
    },
  },
];

/** Runs every check on a plan. */
export function runChecks(plan: Plan): CheckResult[] {
  return CHECKS.map((check) => {
    const problems = check.run(plan);
    return { id: check.id, title: check.title, ok: problems.length === 0, problems };
  });
}

/** All problems of all checks, for the PDF's "Open punten". */
export function openPoints(plan: Plan): Problem[] {
  return runChecks(plan).flatMap((c) => c.problems);
}
