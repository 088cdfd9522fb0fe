import { MATRIX_SCORE_MEANINGS } from '../plan/method/swot';
import type { Plan, SectionId } from '../plan/model/schema';
import { formatDateNl } from '../plan/values/dates';
import { formatNumber } from '../plan/values/format';
import { firstSentence, oneLine, paragraphs } from './clean';
import { optionWord, type DeckLabels } from './context';
import * as say from './messages/deck';
import type { Arrangement, Block } from './model';
import { filled, has, isInternalObjective, listTexts, mainObjectives, strongestCell } from './pick';

/**
 * The first four slides: who the customer is and what they face, the analysis in one picture,
 * the strategy with the most important objectives. Each builder returns a draft: its generated
 * title and notes, its blocks, and the fields it needs that are still empty.
 */

export interface DraftContext {
  plan: Plan;
  labels: DeckLabels;
  forCustomer: boolean;
  /** The customer's name, or "de klant". */
  account: string;
  /** The day the deck is made (ISO): the timeline's "vandaag". */
  today: string;
}

export interface Draft {
  title: string;
  /** Paragraphs of the speaker notes. */
  notes: string[];
  blocks: Block[];
  /** Fields the slide needs that are empty: the slide says to fill them in first. */
  needs: Array<readonly [SectionId, string]>;
  arrangement?: Arrangement;
}

const date = (iso: string) => (iso ? formatDateNl(iso) : '');

export function titleSlide({ plan, forCustomer }: DraftContext): Draft {
  const c = plan.cover;
  const needs: Draft['needs'] = [];
  const account = oneLine(c.account);
  if (!account) needs.push(['cover', 'account']);
  const ambition = paragraphs(plan.envision.ambition);
  if (!ambition) needs.push(['envision', 'ambition']);
  const from = c.periodFrom || plan.schedule.validFrom;
  const to = c.periodTo || plan.schedule.validUntil;
  const blocks: Block[] = [];
  if (ambition) blocks.push({ kind: 'statement', text: firstSentence(ambition) });
  const by = say.byline([oneLine(c.author), oneLine(c.organisation), say.period(date(from), date(to))]);
  if (by) blocks.push({ kind: 'subtitle', text: by });
  // The management summary speaks of budget and margin: not for the customer.
  const summary = forCustomer ? '' : paragraphs(c.summary);
  return {
    title: oneLine(c.title) || say.titleWithoutTitle(account),
    notes: [ambition && say.notesAmbition(ambition), summary && say.notesSummary(summary)].filter(Boolean),
    blocks,
    needs,
  };
}

export function customerSlide({ plan, labels, forCustomer, account }: DraftContext): Draft {
  const d = plan.discover;
  const e = plan.envision;
  const goals = listTexts(e.customerGoals);
  const needs: Draft['needs'] = goals.length ? [] : [['envision', 'customerGoals']];
  // What they face: the threats among the developments around them, else the threats of their SWOT.
  const trendThreats = d.trends
    .filter((t) => t.effect === 'bedreiging')
    .map((t) => oneLine(t.development))
    .filter(Boolean);
  const faces = trendThreats.length ? trendThreats : listTexts(plan.klantplan.threats);
  if (!faces.length) needs.push(['discover', 'trends']);
  const facts = [oneLine(d.sector), has(d.employees) ? say.employees(formatNumber(d.employees)) : '', oneLine(d.locations)].filter(Boolean);
  const blocks: Block[] = [];
  if (facts.length) blocks.push({ kind: 'subtitle', text: say.customerFacts(facts) });
  const lists: Block[] = [];
  if (goals.length) lists.push({ kind: 'list', heading: say.customerWants, items: goals.slice(0, 3).map((text) => ({ text })) });
  if (faces.length) lists.push({ kind: 'list', heading: say.customerFaces, items: faces.slice(0, 3).map((text) => ({ text })) });
  const notes = [paragraphs(d.strategy) && say.notesCustomerStrategy(account, paragraphs(d.strategy))];
  if (!forCustomer) {
    // How they stand towards us and where the account ranks for us are internal.
    if (e.attitude || filled(e.attitudeNote)) notes.push(say.notesAttitude(e.attitude, paragraphs(e.attitudeNote)));
    if (e.classification || filled(e.classificationReason))
      notes.push(say.notesClassification(optionWord(labels, 'envision', 'classification', e.classification), paragraphs(e.classificationReason)));
    const people = d.dmu.filter((p) => filled(p.name)).map((p) => say.notesPerson(oneLine(p.name), [oneLine(p.position), p.role, p.attitude].filter(Boolean)));
    if (people.length) notes.push(say.notesDmu(people));
  }
  return {
    title: goals.length ? say.customerTitle(account, goals[0]!) : say.customerTitleWithoutGoal(account),
    notes: notes.filter(Boolean),
    blocks: [...blocks, ...lists],
    needs,
    arrangement: 'stack',
  };
}

export function analysisSlide({ plan, labels }: DraftContext): Draft {
  const k = plan.klantplan;
  const cell = strongestCell(plan);
  const needs: Draft['needs'] = [];
  if (!cell) needs.push(['klantplan', 'matrix']);
  if (!cell?.question) needs.push(['klantplan', 'keyQuestions']);
  const notes: string[] = [];
  const blocks: Block[] = [];
  let title = say.analysisTitleEmpty;
  if (cell) {
    blocks.push({
      kind: 'pair',
      row: { code: cell.row.code, text: oneLine(cell.row.text) },
      column: { code: cell.column.code, text: oneLine(cell.column.text) },
      score: cell.score,
      meaning: MATRIX_SCORE_MEANINGS[cell.score],
      quadrant: labels.quadrants[cell.quadrant] ?? '',
      question: cell.question,
      questionLabel: say.keyQuestion,
    });
    title = cell.question ? say.analysisTitle(cell.question) : say.analysisTitleWithoutQuestion(oneLine(cell.row.text), oneLine(cell.column.text));
    notes.push(say.notesCell(oneLine(cell.row.text), oneLine(cell.column.text), cell.score, MATRIX_SCORE_MEANINGS[cell.score]));
    if (cell.question) notes.push(say.notesQuestion(cell.question));
  }
  if (filled(k.conversationOutcome)) notes.push(say.notesConversation(date(k.conversationDate), paragraphs(k.conversationOutcome)));
  const others = k.keyQuestions.filter((q) => q.id !== cell?.questionId && filled(q.question)).map((q) => oneLine(q.question));
  if (others.length) notes.push(say.notesOtherQuestions(others));
  return { title, notes, blocks, needs };
}

export function strategySlide({ plan, labels, forCustomer }: DraftContext): Draft {
  const dv = plan.develop;
  const strategies = dv.strategies.filter((s) => filled(s.strategy));
  const objectives = mainObjectives(plan, forCustomer);
  const needs: Draft['needs'] = [];
  if (!strategies.length) needs.push(['develop', 'strategies']);
  if (!objectives.length) needs.push(['develop', 'objectives']);
  const value = paragraphs(dv.valueProposition);
  if (!value && !strategies.length) needs.push(['develop', 'valueProposition']);
  const detail = (o: (typeof objectives)[number]) => say.objectiveDetail(oneLine(o.baseline), oneLine(o.target), date(o.deadline));
  const blocks: Block[] = [];
  if (strategies.length)
    blocks.push({
      kind: 'list',
      heading: say.strategies,
      items: strategies.slice(0, 3).map((s) => ({ text: oneLine(s.strategy), ...(filled(s.approach) ? { detail: oneLine(s.approach) } : {}) })),
    });
  if (objectives.length)
    blocks.push({ kind: 'list', heading: say.mainObjectives, items: objectives.map((o) => ({ text: oneLine(o.objective), detail: detail(o) })) });
  const notes: string[] = [];
  // Where growth comes from is our own strategy: not for the customer.
  if (!forCustomer && (dv.growthDirection || filled(dv.growthNote)))
    notes.push(say.notesGrowth(optionWord(labels, 'develop', 'growthDirection', dv.growthDirection), paragraphs(dv.growthNote)));
  if (value) notes.push(say.notesValue(value));
  for (const o of dv.objectives.filter((o) => filled(o.objective) && !(forCustomer && isInternalObjective(o))))
    notes.push(say.notesObjective(oneLine(o.objective), oneLine(o.kpi), detail(o)));
  if (objectives.length) notes.push(say.notesWhyThese);
  return {
    title: value
      ? firstSentence(value)
      : strategies.length
        ? say.strategyTitleFromStrategies(strategies.map((s) => oneLine(s.strategy)))
        : say.strategyTitleEmpty,
    notes,
    blocks,
    needs,
    arrangement: 'columns',
  };
}
