import { actions, check, everyRow, filled, finding, objectives, self, texts } from './helpers';
import * as say from './messages';
import type { Finding, StepItem } from './types';

/** The checklist of lesson 9 (Actie!), in the order the lesson lists it; the summary is written on the cover, in the workbook. */
export const ACTIE: StepItem[] = [
  check({
    id: 'doelen-hebben-acties',
    field: 'actie.actions',
    text: 'Elk SMART-doel heeft minstens één actie.',
    run: (plan) => {
      const list = objectives(plan);
      if (!list.length) return [finding('develop.objectives', say.objectivesNone)];
      const linked = new Set(actions(plan).map((a) => a.objective));
      return list.filter((o) => !linked.has(o.id)).map((o) => finding('actie.actions', say.objectiveWithoutAction(say.quote(o.objective, say.unnamed))));
    },
  }),
  check({
    id: 'acties-eigenaar-datum',
    field: 'actie.actions',
    text: 'Elke actie heeft een eigenaar, een start- en einddatum en middelen.',
    run: (plan) => {
      const list = actions(plan);
      if (!list.length) return [finding('actie.actions', say.actionPlanEmpty)];
      return list.flatMap((a, i) => {
        const name = say.quote(a.action, say.onLine(i));
        const missing = [
          !filled(a.owner) && say.wordOwner,
          !filled(a.start) && say.wordStart,
          !filled(a.due) && say.wordDue,
          !filled(a.resources) && say.wordResources,
        ].filter((m): m is string => !!m);
        const out: Finding[] = [];
        if (missing.length) out.push(finding('actie.actions', say.actionMissing(name, missing)));
        if (filled(a.start) && filled(a.due) && a.due < a.start) out.push(finding('actie.actions', say.actionDoneBeforeStart(name)));
        return out;
      });
    },
  }),
  self({ id: 'acties-werkwoord', text: 'Elke actie begint met een werkwoord.' }),
  self({ id: 'middelen-budget', text: 'De middelen passen bij het budget van stap 6, de eigenaren bij de taakverdeling van stap 5.' }),
  check({
    id: 'borging',
    field: 'actie.embedding',
    text: 'Je hebt opgeschreven hoe je het plan in je bedrijf borgt.',
    run: (plan) => (texts(plan.actie.embedding).length ? [] : [finding('actie.embedding', say.writeEmbedding)]),
  }),
  self({ id: 'borging-plek', text: 'Het plan staat op een gedeelde plek en komt terug in een vast overleg.' }),
  check({
    id: 'evaluatie',
    field: 'actie.evaluation',
    text: 'Voor elk criterium weet je wanneer en hoe je het evalueert.',
    run: (plan) =>
      everyRow('actie.evaluation', plan.actie.evaluation, {
        none: say.evaluationNone,
        name: (row, i) => say.criterionName(say.quote(row.criterion, say.onLine(i))),
        missing: (row) => [!filled(row.criterion) && say.aDescription, !filled(row.moment) && say.aMoment, !filled(row.method) && say.aMethod],
      }),
  }),
  check({
    id: 'samenvatting',
    field: 'cover.summary',
    text: 'De managementsamenvatting is geschreven.',
    run: (plan) => (filled(plan.cover.summary) ? [] : [finding('cover.summary', say.writeSummary)]),
  }),
  self({ id: 'samenvatting-klopt', text: 'De samenvatting noemt dezelfde doelen en bedragen als de rest van het plan.' }),
];
