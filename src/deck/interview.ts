import { COMPETENCES, PASS_SCORE, type Competence, type RubricScore } from '../plan/exam/rubric';
import { isFilled } from '../plan/model/fields';
import type { Plan, SectionId } from '../plan/model/schema';
import { budgetTotals } from '../plan/finance/totals';
import { formatEuro, formatPercent } from '../plan/values/format';
import { firstSentence, oneLine } from './clean';
import { accountName, missingField, optionWord, type DeckLabels } from './context';
import * as say from './messages/interview';
import type { FieldRef, Missing } from './model';
import { dmuInRole, filled, has, lastContact, mainRisks, nextAction, openDecisions, strongestCell, keyOpportunity } from './pick';

/**
 * Practising the criteria-based interview with the student's own plan: three questions per
 * competence of the exam, each asked with what the plan holds ("Je classificeert Lindenhof als
 * strategisch. Waarom…"). A question whose fields are still empty says what to fill in first.
 * The question ids are stored (rows of `presentatie.answers`): never rename one.
 *
 * The competences are the rubric's (src/plan/exam/rubric.ts): its ids, names, level descriptions
 * and scale, so the interview, the trainers' rubric and a trainer's feedback speak of the same
 * thing. Only the six whose names come from NIMA are practised: the exam's interview scores those.
 * The rubric's two own competences (klantgerichtheid, samenwerken en overtuigen) get no questions
 * here; the questions about the customer's words and the DMU already practise them in passing.
 */

/** The ids of the competences the interview practises, in the rubric's order. */
export type CompetenceId = keyof typeof say.ANSWER_LEVELS;

/** A competence of the interview: the rubric's, with what an answer sounds like at 1, 3 and 5. */
export interface InterviewCompetence extends Competence {
  id: CompetenceId;
  answers: (typeof say.ANSWER_LEVELS)[CompetenceId];
}

const practised = (c: Competence): c is Competence & { id: CompetenceId } => c.source !== 'eigen' && c.id in say.ANSWER_LEVELS;

/** The competences the interview practises: the rubric's from NIMA, in its order. */
export const INTERVIEW_COMPETENCES: readonly InterviewCompetence[] = COMPETENCES.filter(practised).map((c) => ({ ...c, answers: say.ANSWER_LEVELS[c.id] }));

/** The lowest self-score that is "voldoende": the rubric's pass level. */
export { PASS_SCORE };

interface Context {
  plan: Plan;
  labels: DeckLabels;
  account: string;
}

/** A question as written: its text, or the fields to fill in first. */
type Asked = { text: string } | { missing: FieldRef[] };

interface QuestionDef {
  id: string;
  competence: CompetenceId;
  /** Every field the question reads (test/deck/interview.test.ts holds them to PLAN_STRUCTURE). */
  fields: readonly FieldRef[];
  ask: (context: Context) => Asked;
}

const f = (section: SectionId, key: string): FieldRef => ({ section, key });
const need = (...fields: FieldRef[]): Asked => ({ missing: fields });

export const QUESTIONS: readonly QuestionDef[] = [
  {
    id: 'analyse-klasse',
    competence: 'analyse',
    fields: [f('envision', 'classification')],
    ask: ({ plan, labels, account }) =>
      plan.envision.classification
        ? { text: say.qClassification(account, optionWord(labels, 'envision', 'classification', plan.envision.classification).toLowerCase()) }
        : need(f('envision', 'classification')),
  },
  {
    id: 'analyse-matrix',
    competence: 'analyse',
    fields: [f('klantplan', 'matrix')],
    ask: ({ plan }) => {
      const cell = strongestCell(plan);
      return cell ? { text: say.qMatrix(oneLine(cell.row.text), oneLine(cell.column.text), cell.score) } : need(f('klantplan', 'matrix'));
    },
  },
  {
    id: 'analyse-concurrent',
    competence: 'analyse',
    fields: [f('discover', 'competitors')],
    ask: ({ plan, account }) => {
      const named = plan.discover.competitors.filter((c) => filled(c.name));
      if (!named.length) return need(f('discover', 'competitors'));
      const top = [...named].sort((a, b) => (b.share ?? -1) - (a.share ?? -1))[0]!;
      return {
        text: has(top.share) ? say.qCompetitorShare(oneLine(top.name), formatPercent(top.share), account) : say.qCompetitor(oneLine(top.name), account),
      };
    },
  },
  {
    id: 'strategie-richting',
    competence: 'strategie',
    fields: [f('develop', 'growthDirection')],
    ask: ({ plan, labels, account }) =>
      plan.develop.growthDirection
        ? { text: say.qGrowth(optionWord(labels, 'develop', 'growthDirection', plan.develop.growthDirection).toLowerCase(), account) }
        : need(f('develop', 'growthDirection')),
  },
  {
    id: 'strategie-kernvraag',
    competence: 'strategie',
    fields: [f('develop', 'objectives'), f('klantplan', 'keyQuestions')],
    ask: ({ plan }) => {
      const questions = new Map(plan.klantplan.keyQuestions.filter((q) => filled(q.question)).map((q) => [q.id, oneLine(q.question)]));
      const objective = plan.develop.objectives.find((o) => filled(o.objective) && questions.has(o.question));
      if (objective) return { text: say.qObjectiveFromQuestion(oneLine(objective.objective), questions.get(objective.question)!) };
      return need(...(questions.size ? [] : [f('klantplan', 'keyQuestions')]), f('develop', 'objectives'));
    },
  },
  {
    id: 'strategie-visie',
    competence: 'strategie',
    fields: [f('inspire', 'vision')],
    ask: ({ plan, account }) =>
      filled(plan.inspire.vision) ? { text: say.qVision(firstSentence(plan.inspire.vision), account) } : need(f('inspire', 'vision')),
  },
  {
    id: 'probleem-verkoopkans',
    competence: 'probleem',
    fields: [f('develop', 'opportunities')],
    ask: ({ plan }) => {
      const o = keyOpportunity(plan);
      return o
        ? { text: say.qOpportunityFails(oneLine(o.opportunity), has(o.probability) ? formatPercent(o.probability) : '') }
        : need(f('develop', 'opportunities'));
    },
  },
  {
    id: 'probleem-risico',
    competence: 'probleem',
    fields: [f('adapt', 'risks')],
    ask: ({ plan }) => {
      const risk = mainRisks(plan, 1)[0];
      return risk ? { text: say.qRiskHappens(oneLine(risk.risk).replace(/[.!]$/, '')) } : need(f('adapt', 'risks'));
    },
  },
  {
    id: 'probleem-aanname',
    competence: 'probleem',
    fields: [f('klantplan', 'conversationOutcome'), f('discover', 'dmu')],
    ask: ({ plan, account }) => {
      if (!filled(plan.klantplan.conversationOutcome)) return need(f('klantplan', 'conversationOutcome'));
      const person = lastContact(plan);
      return { text: say.qAssumption(person ? oneLine(person.name) : account) };
    },
  },
  {
    id: 'waarde-saldo',
    competence: 'financieel',
    fields: [f('develop', 'budget')],
    ask: ({ plan }) => {
      const t = budgetTotals(plan);
      return t.cost > 0 ? { text: say.qWorthIt(formatEuro(t.cost), formatEuro(t.returns)) } : need(f('develop', 'budget'));
    },
  },
  {
    id: 'waarde-propositie',
    competence: 'financieel',
    fields: [f('develop', 'valueProposition')],
    ask: ({ plan, account }) => (filled(plan.develop.valueProposition) ? { text: say.qValue(account) } : need(f('develop', 'valueProposition'))),
  },
  {
    id: 'waarde-prijs',
    competence: 'financieel',
    fields: [f('discover', 'dmu')],
    ask: ({ plan }) => {
      const buyer = dmuInRole(plan, 'inkoper');
      return buyer ? { text: say.qTooExpensive(oneLine(buyer.name), oneLine(buyer.position)) } : need(f('discover', 'dmu'));
    },
  },
  {
    id: 'plan-meten',
    competence: 'plannen',
    fields: [f('develop', 'objectives')],
    ask: ({ plan }) => {
      const o = plan.develop.objectives.find((x) => filled(x.objective) && filled(x.kpi));
      return o ? { text: say.qMeasure(oneLine(o.objective)) } : need(f('develop', 'objectives'));
    },
  },
  {
    id: 'plan-actie',
    competence: 'plannen',
    fields: [f('actie', 'actions')],
    ask: ({ plan }) => {
      const a = nextAction(plan);
      return a ? { text: say.qAction(oneLine(a.action)) } : need(f('actie', 'actions'));
    },
  },
  {
    id: 'plan-evaluatie',
    competence: 'plannen',
    fields: [f('schedule', 'reviewRhythm')],
    ask: ({ plan }) => (plan.schedule.reviewRhythm ? { text: say.qReview(plan.schedule.reviewRhythm) } : need(f('schedule', 'reviewRhythm'))),
  },
  {
    id: 'commercieel-beslisser',
    competence: 'commercieel',
    fields: [f('discover', 'dmu')],
    ask: ({ plan }) => {
      const p = dmuInRole(plan, 'beslisser');
      return p ? { text: say.qDecider(oneLine(p.name), p.attitude) } : need(f('discover', 'dmu'));
    },
  },
  {
    id: 'commercieel-afsluiten',
    competence: 'commercieel',
    fields: [f('develop', 'opportunities')],
    ask: ({ plan }) => {
      const o = openDecisions(plan)[0];
      return o ? { text: say.qClose(oneLine(o.opportunity)) } : need(f('develop', 'opportunities'));
    },
  },
  {
    id: 'commercieel-boodschap',
    competence: 'commercieel',
    fields: [f('inspire', 'messages')],
    ask: ({ plan }) => {
      const m = plan.inspire.messages.find((x) => x.role && filled(x.message));
      return m ? { text: say.qMessage(m.role, oneLine(m.message)) } : need(f('inspire', 'messages'));
    },
  },
];

/** A question for this plan: its text, or what to fill in first. */
export interface Question {
  id: string;
  competence: CompetenceId;
  text: string | null;
  missing: Missing[];
}

/** Every question, in the order of the competences, asked with this plan. */
export function interviewQuestions(plan: Plan, labels: DeckLabels): Question[] {
  const account = accountName(plan);
  return QUESTIONS.map((q) => {
    const asked = q.ask({ plan, labels, account });
    if ('text' in asked) return { id: q.id, competence: q.competence, text: asked.text, missing: [] };
    // Name the fields that are empty first; a field that holds something but not enough stays named.
    const empty = asked.missing.filter((m) => !isFilled((plan[m.section] as Record<string, unknown>)[m.key]));
    return {
      id: q.id,
      competence: q.competence,
      text: null,
      missing: (empty.length ? empty : asked.missing).map((m) => missingField(labels, m.section, m.key)),
    };
  });
}

/** A competence of the interview by id (the first when the id is unknown). */
export const competenceOf = (id: string): InterviewCompetence => INTERVIEW_COMPETENCES.find((c) => c.id === id) ?? INTERVIEW_COMPETENCES[0]!;

/** What a score means for a competence: the rubric's words for its level, or "between" for a 2 or a 4. */
export function levelText(competence: Pick<Competence, 'levels'>, score: RubricScore): string {
  if (score === 1 || score === 3 || score === 5) return competence.levels[score];
  return say.betweenLevels(score - 1, score + 1);
}

/** What an answer at a described level sounds like (a 2 or a 4: none of its own). */
export function answerText(competence: InterviewCompetence, score: RubricScore): string | null {
  return score === 1 || score === 3 || score === 5 ? competence.answers[score] : null;
}

/** Whether an average self-score reaches the rubric's pass level. */
export const passes = (average: number) => average >= PASS_SCORE;

/** The questions in a random order (Fisher–Yates with the given random numbers in [0, 1)). */
export function shuffled<T>(items: readonly T[], random: () => number = Math.random): T[] {
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}
