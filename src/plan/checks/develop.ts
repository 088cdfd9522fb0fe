import { QUANTITATIVE_TYPES, type Plan } from '../model/schema';
import { BUDGET_AND_FINANCE } from './develop-finance';
import { check, digit, everyRow, filled, finding, firstGoals, has, objectives, self, texts, whenMissing } from './helpers';
import * as say from './messages';
import type { Finding, StepItem } from './types';

const noObjectives = (plan: Plan): Finding[] | null => (objectives(plan).length ? null : [finding('develop.objectives', say.objectivesNone)]);
const named = (name: string) => say.quote(name, say.unnamed);

/** The checklist of lesson 6 (Develop), in the order the lesson lists it; the budget and finance items are in develop-finance.ts. */
export const DEVELOP: StepItem[] = [
  check({
    id: 'doelen-smart',
    field: 'develop.objectives',
    text: 'Elk doel heeft een soort, een KPI, een nulmeting, een streefwaarde en een deadline.',
    run: (plan) =>
      noObjectives(plan) ??
      objectives(plan).flatMap((o, i) => {
        const missing = [
          !o.type && say.wordType,
          !filled(o.kpi) && say.wordKpi,
          !filled(o.baseline) && say.wordBaseline,
          !filled(o.target) && say.wordTarget,
          !filled(o.deadline) && say.wordDeadline,
        ].filter((m): m is string => !!m);
        return missing.length ? [finding('develop.objectives', say.objectiveMissing(say.objectiveName(say.quote(o.objective, say.onLine(i))), missing))] : [];
      }),
  }),
  check({
    id: 'doelen-kwantitatief',
    field: 'develop.objectives',
    text: 'Een kwantitatief doel heeft een getal als nulmeting en als streefwaarde.',
    run: (plan) =>
      noObjectives(plan) ??
      objectives(plan)
        .filter(
          (o) => o.type && QUANTITATIVE_TYPES.includes(o.type) && filled(o.baseline) && filled(o.target) && !(digit.test(o.baseline) && digit.test(o.target)),
        )
        .map((o) => finding('develop.objectives', say.objectiveNotANumber(say.quote(o.objective, ''), o.type))),
  }),
  check({
    id: 'doelen-kernvraag',
    field: 'develop.objectives',
    text: 'Elk doel komt uit een kernvraag van stap 4.',
    run: (plan) => {
      const questions = new Set(plan.klantplan.keyQuestions.filter((q) => filled(q.question)).map((q) => q.id));
      return (
        noObjectives(plan) ??
        objectives(plan)
          .filter((o) => !questions.has(o.question))
          .map((o) => finding('develop.objectives', say.objectiveWithoutQuestion(named(o.objective))))
      );
    },
  }),
  check({
    id: 'doelen-eerste-doel',
    field: 'develop.objectives',
    text: 'Elk doel hoort bij een eerste doel uit stap 1, en dus bij zijn taakverdeling.',
    run: (plan) => {
      const goals = new Set(firstGoals(plan).map((g) => g.id));
      return (
        noObjectives(plan) ??
        objectives(plan)
          .filter((o) => !goals.has(o.goal))
          .map((o) => finding('develop.objectives', say.objectiveWithoutFirstGoal(named(o.objective))))
      );
    },
  }),
  check({
    id: 'doelen-naast-omzet',
    field: 'develop.objectives',
    text: 'Minstens één doel gaat over iets anders dan omzet, marge of aandeel.',
    run: (plan) =>
      noObjectives(plan) ??
      (objectives(plan).some((o) => o.type && !['omzet', 'marge', 'aandeel'].includes(o.type))
        ? []
        : [finding('develop.objectives', say.onlyRevenueObjectives)]),
  }),
  self({ id: 'doelen-ar', text: 'Elk doel is acceptabel voor klant en team, en realistisch met de tijd en het budget.' }),
  check({
    id: 'strategie',
    field: 'develop.growthDirection',
    text: 'De accountstrategie heeft een groeirichting met uitleg, een waardepropositie en twee tot vier strategieën.',
    run: (plan) => {
      const d = plan.develop;
      const out = whenMissing('develop.growthDirection', say.strategyMissing, [
        !d.growthDirection && say.aGrowthDirection,
        !filled(d.growthNote) && say.whyThatDirection,
        !filled(d.valueProposition) && say.aValueProposition,
      ]);
      const lines = d.strategies.filter((s) => filled(s.strategy));
      if (lines.length < 2) out.push(finding('develop.strategies', say.strategiesTooFew(lines.length)));
      if (lines.length > 4) out.push(finding('develop.strategies', say.strategiesTooMany(lines.length)));
      for (const line of lines) if (!filled(line.approach)) out.push(finding('develop.strategies', say.strategyWithoutApproach(say.quote(line.strategy, ''))));
      return out;
    },
  }),
  check({
    id: 'doelen-strategie',
    field: 'develop.objectives',
    text: 'Elk doel dient een strategie, en elke strategie heeft minstens één doel.',
    run: (plan) => {
      const lines = plan.develop.strategies.filter((s) => filled(s.strategy));
      const ids = new Set(lines.map((s) => s.id));
      const out = [
        ...(noObjectives(plan) ?? []),
        ...objectives(plan)
          .filter((o) => !ids.has(o.strategy))
          .map((o) => finding('develop.objectives', say.objectiveWithoutStrategy(named(o.objective)))),
      ];
      const served = new Set(objectives(plan).map((o) => o.strategy));
      for (const line of lines) if (!served.has(line.id)) out.push(finding('develop.strategies', say.strategyWithoutObjective(say.quote(line.strategy, ''))));
      return out;
    },
  }),
  check({
    id: 'verkoopkansen',
    field: 'develop.opportunities',
    text: 'Elke verkoopkans heeft een omzet per jaar, een waarschijnlijkheid, een datum en een CRM-nummer.',
    run: (plan) =>
      everyRow('develop.opportunities', plan.develop.opportunities, {
        none: say.opportunitiesNone,
        name: (row, i) => say.opportunityName(say.quote(row.opportunity, say.onLine(i))),
        missing: (row) => [
          !filled(row.opportunity) && say.aName,
          !has(row.value) && say.expectedRevenue,
          !has(row.probability) && say.probability,
          !filled(row.expected) && say.aDate,
          !filled(row.crm) && say.aCrmNumber,
        ],
      }),
  }),
  check({
    id: 'social-media',
    field: 'develop.socialInsights',
    text: 'Je weet wat social media en nieuws over de klant vertellen.',
    run: (plan) => (texts(plan.develop.socialInsights).length ? [] : [finding('develop.socialInsights', say.writeSocialInsights)]),
  }),
  ...BUDGET_AND_FINANCE,
];
