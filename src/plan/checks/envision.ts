import { check, everyRow, filled, finding, has, rows, self, texts, whenMissing } from './helpers';
import * as say from './messages';
import type { StepItem } from './types';

/** The checklist of lesson 1 (Envision), in the order the lesson lists it. */
export const ENVISION: StepItem[] = [
  check({
    id: 'eigen-organisatie',
    field: 'envision.organisationProfile',
    text: 'Je eigen organisatie staat erin, met kernactiviteiten en de uitgangspunten uit strategie en salesplan.',
    run: ({ envision: e }) =>
      whenMissing('envision.organisationProfile', say.ownOrganisationMissing, [
        !filled(e.organisationProfile) && say.aShortDescription,
        !filled(e.coreBusiness) && say.theCoreBusiness,
        !texts(e.strategicPoints).length && say.theStrategicPoints,
        !texts(e.salesPlanPoints).length && say.theSalesPlanPoints,
      ]),
  }),
  check({
    id: 'geschiedenis',
    field: 'envision.history',
    text: 'Je hebt omzet, marge en aandeel van minstens de laatste twee jaar.',
    run: (plan) =>
      everyRow('envision.history', plan.envision.history, {
        min: 2,
        none: say.historyNone,
        tooFew: () => say.historyOneYear,
        name: (row, i) => (has(row.year) ? say.historyYear(row.year) : say.historyLine(i)),
        missing: (row) => [
          !has(row.year) && say.wordYear,
          !has(row.revenue) && say.wordRevenue,
          !has(row.margin) && say.wordMargin,
          !has(row.share) && say.wordShare,
        ],
      }),
  }),
  self({ id: 'schatting', text: 'Een aandeel dat je hebt geschat, is aangevinkt als schatting.' }),
  check({
    id: 'houding',
    field: 'envision.attitude',
    text: 'De houding van de klant is gekozen en toegelicht.',
    run: ({ envision: e }) => [
      ...(e.attitude ? [] : [finding('envision.attitude', say.chooseAttitude)]),
      ...(filled(e.attitudeNote) ? [] : [finding('envision.attitudeNote', say.explainAttitude)]),
    ],
  }),
  self({ id: 'houding-voorbeeld', text: 'De toelichting op de houding noemt iets wat echt gebeurde, zoals een klacht of een compliment.' }),
  check({
    id: 'bereidheid',
    field: 'envision.willingness',
    text: 'De bereidheid heeft een score en een toelichting.',
    run: ({ envision: e }) => [
      ...(has(e.willingness) ? [] : [finding('envision.willingness', say.scoreWillingness)]),
      ...(filled(e.willingnessNote) ? [] : [finding('envision.willingnessNote', say.explainWillingness)]),
    ],
  }),
  check({
    id: 'klantdoelen',
    field: 'envision.customerGoals',
    text: 'Je hebt twee tot vier doelen van de klant.',
    run: (plan) => {
      const n = texts(plan.envision.customerGoals).length;
      if (n < 2) return [finding('envision.customerGoals', say.tooFewCustomerGoals(n))];
      if (n > 4) return [finding('envision.customerGoals', say.tooManyCustomerGoals(n))];
      return [];
    },
  }),
  check({
    id: 'ambitie',
    field: 'envision.ambition',
    text: 'Je ambitie staat in één alinea.',
    run: ({ envision: e }) => {
      if (!filled(e.ambition)) return [finding('envision.ambition', say.writeAmbition)];
      if (/\n\s*\n/.test(e.ambition.trim())) return [finding('envision.ambition', say.ambitionOneParagraph)];
      return [];
    },
  }),
  self({ id: 'ambitie-klant', text: 'Je ambitie en de doelen van de klant gaan over wat de klant wil, in zijn eigen woorden.' }),
  check({
    id: 'classificatie',
    field: 'envision.classification',
    text: 'Het account heeft een classificatie, met de reden erbij.',
    run: ({ envision: e }) => [
      ...(e.classification ? [] : [finding('envision.classification', say.chooseClassification)]),
      ...(filled(e.classificationReason) ? [] : [finding('envision.classificationReason', say.explainClassification)]),
    ],
  }),
  self({ id: 'classificatie-salesplan', text: 'De classificatie past bij het salesplan en bij de tijd die je in het account steekt.' }),
  check({
    id: 'eerste-doelen',
    field: 'envision.firstGoals',
    text: 'Je hebt twee tot vier eerste doelen, elk met voor wie en waarom.',
    run: (plan) => {
      const out = everyRow('envision.firstGoals', plan.envision.firstGoals, {
        min: 2,
        none: say.firstGoalsNone,
        tooFew: () => say.firstGoalsOne,
        name: (row, i) => say.firstGoalName(say.quote(row.goal, say.onLine(i))),
        missing: (row) => [!filled(row.goal) && say.theGoalItself, !filled(row.unit) && say.forWhichUnit, !filled(row.why) && say.why],
      });
      const n = rows(plan.envision.firstGoals).length;
      if (n > 4) out.push(finding('envision.firstGoals', say.tooManyFirstGoals(n)));
      return out;
    },
  }),
  check({
    id: 'lezers',
    field: 'envision.readers',
    text: 'Je weet wie het plan gaat lezen.',
    run: (plan) => (texts(plan.envision.readers).length ? [] : [finding('envision.readers', say.writeReaders)]),
  }),
];
