import { KEY_QUESTION_SCORES, matrixAxes } from '../method/swot';
import { check, everyRow, filled, finding, self, texts } from './helpers';
import * as say from './messages';
import type { Finding, StepItem } from './types';

const SWOT_LISTS = ['strengths', 'weaknesses', 'opportunities', 'threats'] as const;

/**
 * A key question as the lesson teaches it: a "hoe"-question about what we (you and the customer)
 * can do, ending in a question mark: "Hoe kunnen we …?", "Hoe helpen we …?", "Hoe zorgen wij …?".
 */
export const isKeyQuestion = (text: string) => /^hoe\s+(?:[\p{L}-]+\s+)?(?:we|wij)(?=[\s,?])/iu.test(text.trim()) && text.trim().endsWith('?');

/** The checklist of lesson 4 (Wat zou de klant moeten plannen?), in the order the lesson lists it. */
export const KLANTPLAN: StepItem[] = [
  check({
    id: 'swot',
    field: 'klantplan.strengths',
    text: 'De SWOT heeft twee tot vijf punten per lijst.',
    run: ({ klantplan: k }) =>
      SWOT_LISTS.flatMap((key) => {
        const n = texts(k[key]).length;
        if (n >= 2 && n <= 5) return [];
        const list = say.swotListNames[key];
        return [finding(`klantplan.${key}`, n < 2 ? say.swotTooFew(list, n) : say.swotTooMany(list, n))];
      }),
  }),
  self({ id: 'swot-klant', text: 'De SWOT gaat over de klant, niet over jouw eigen bedrijf.' }),
  self({ id: 'kansen-uit-destep', text: 'Elke kans en bedreiging komt uit je DESTEP-trends of je kennis van de markt uit stap 3.' }),
  check({
    id: 'eigen-positie',
    field: 'klantplan.ourPosition',
    text: 'Je beschrijft je eigen positie bij dit account: waar je sterk en zwak staat tegenover de concurrent.',
    run: ({ klantplan: k }) => (filled(k.ourPosition) ? [] : [finding('klantplan.ourPosition', say.writeOurPosition)]),
  }),
  check({
    id: 'matrix-gescoord',
    field: 'klantplan.matrix',
    text: 'Elke combinatie in de confrontatiematrix heeft een score, ook als die 0 is.',
    run: (plan) => {
      const { rows, columns } = matrixAxes(plan);
      if (!rows.length || !columns.length) return [finding('klantplan.matrix', say.matrixEmpty)];
      const open = rows.flatMap((row) => columns.filter((col) => !plan.klantplan.matrix[`${row.id}:${col.id}`]).map((col) => `${row.code} × ${col.code}`));
      if (!open.length) return [];
      return [finding('klantplan.matrix', say.matrixOpen(open.length, rows.length * columns.length, open.length <= 6 ? open.join(', ') : ''))];
    },
  }),
  self({ id: 'matrix-streng', text: 'Je hebt streng gescoord: alleen een sterk verband krijgt ++ of --.' }),
  check({
    id: 'kernvragen-aantal',
    field: 'klantplan.keyQuestions',
    text: 'Je hebt drie tot vijf kernvragen, elk een vraag met "hoe" en "we", zoals "Hoe kunnen we …?".',
    run: (plan) => {
      const questions = plan.klantplan.keyQuestions.filter((q) => filled(q.question));
      const out: Finding[] = [];
      if (questions.length < 3) out.push(finding('klantplan.keyQuestions', say.keyQuestionsTooFew(questions.length)));
      if (questions.length > 5) out.push(finding('klantplan.keyQuestions', say.keyQuestionsTooMany(questions.length)));
      for (const q of questions) {
        if (!isKeyQuestion(q.question)) out.push(finding('klantplan.keyQuestions', say.keyQuestionNotHoeWe(say.quote(q.question, ''))));
      }
      return out;
    },
  }),
  check({
    id: 'kernvragen-uit-matrix',
    field: 'klantplan.keyQuestions',
    text: 'Elke kernvraag komt uit een cel met ++ of -- in de matrix.',
    run: (plan) => {
      const k = plan.klantplan;
      const questions = k.keyQuestions.filter((q) => filled(q.question));
      if (!questions.length) return [finding('klantplan.keyQuestions', say.keyQuestionsNone)];
      const { rows, columns } = matrixAxes(plan);
      const rowIds = new Set(rows.map((i) => i.id));
      const colIds = new Set(columns.map((i) => i.id));
      return questions.flatMap((q) => {
        const [row, col] = q.cell.split(':');
        const name = say.quote(q.question, '');
        if (!(row && col && rowIds.has(row) && colIds.has(col))) return [finding('klantplan.keyQuestions', say.keyQuestionNoCell(name))];
        const score = k.matrix[q.cell];
        if (!score || !KEY_QUESTION_SCORES.includes(score)) return [finding('klantplan.keyQuestions', say.keyQuestionWeakCell(name, score ?? null))];
        return [];
      });
    },
  }),
  self({ id: 'kernvragen-klant', text: 'Je kernvragen gaan over de klant, niet over jouw product.' }),
  check({
    id: 'klantgesprek',
    field: 'klantplan.conversationQuestions',
    text: 'Het gesprek met de klant is voorbereid en gevoerd: vragen, datum en uitkomst staan erbij.',
    run: ({ klantplan: k }) => [
      ...(texts(k.conversationQuestions).length ? [] : [finding('klantplan.conversationQuestions', say.writeConversationQuestions)]),
      ...(filled(k.conversationDate) ? [] : [finding('klantplan.conversationDate', say.noteConversationDate)]),
      ...(filled(k.conversationOutcome) ? [] : [finding('klantplan.conversationOutcome', say.noteConversationOutcome)]),
    ],
  }),
  check({
    id: 'gedeelde-doelen',
    field: 'klantplan.sharedGoals',
    text: 'Je hebt minstens twee gedeelde doelen, elk met jouw bijdrage en bewijs.',
    run: (plan) =>
      everyRow('klantplan.sharedGoals', plan.klantplan.sharedGoals, {
        min: 2,
        none: say.sharedGoalsNone,
        tooFew: () => say.sharedGoalsOne,
        name: (row, i) => say.sharedGoalName(say.quote(row.customerGoal, say.onLine(i))),
        missing: (row) => [
          !filled(row.customerGoal) && say.theCustomerGoal,
          !filled(row.contribution) && say.yourContribution,
          !filled(row.proof) && say.proof,
        ],
      }),
  }),
];
