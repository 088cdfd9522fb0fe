import { formatDateNl } from '../values/dates';
import { check, everyRow, filled, finding, objectives, self } from './helpers';
import * as say from './messages';
import type { StepItem } from './types';

/** The checklist of lesson 7 (Adapt), in the order the lesson lists it. */
export const ADAPT: StepItem[] = [
  check({
    id: 'signalen',
    field: 'adapt.signals',
    text: 'Het logboek heeft minstens één signaal, elk met datum, gevolg en aanpassing.',
    run: (plan) =>
      everyRow('adapt.signals', plan.adapt.signals, {
        none: say.signalsNone,
        name: (row, i) => say.signalName(say.quote(row.change, say.onLine(i))),
        missing: (row) => [
          !filled(row.date) && say.aDate,
          !filled(row.change) && say.whatChanged,
          !filled(row.consequence) && say.theConsequence,
          !filled(row.adjustment) && say.theAdjustment,
        ],
      }),
  }),
  check({
    id: 'kpi-gemeten',
    field: 'adapt.kpiChecks',
    text: 'Bij de laatste meting is elke KPI uit stap 6 gemeten.',
    run: (plan) => {
      const kpis = objectives(plan).filter((o) => filled(o.kpi));
      if (!kpis.length) return [finding('develop.objectives', say.noKpisToMeasure)];
      const measured = plan.adapt.kpiChecks.filter((c) => filled(c.date) && filled(c.value) && kpis.some((o) => o.id === c.objective));
      if (!measured.length) return [finding('adapt.kpiChecks', say.noKpiMeasurement)];
      const last = measured.reduce((max, c) => (c.date > max ? c.date : max), '');
      const at = new Set(measured.filter((c) => c.date === last).map((c) => c.objective));
      return kpis.filter((o) => !at.has(o.id)).map((o) => finding('adapt.kpiChecks', say.measurementMissesKpi(formatDateNl(last), say.quote(o.kpi, ''))));
    },
  }),
  self({ id: 'kpi-meetbaar', text: 'Elke KPI kun je meten waar je zegt: je CRM kent alleen wat de klant bij jou koopt.' }),
  self({ id: 'op-schema', text: 'Je weet per doel of het op schema ligt.' }),
  check({
    id: 'risicos',
    field: 'adapt.risks',
    text: 'Elk risico heeft een waarschijnlijkheid, een impact, een maatregel en een eigenaar.',
    run: (plan) =>
      everyRow('adapt.risks', plan.adapt.risks, {
        none: say.risksNone,
        name: (row, i) => say.riskName(say.quote(row.risk, say.onLine(i))),
        missing: (row) => [
          !filled(row.risk) && say.aDescription,
          !row.likelihood && say.aLikelihood,
          !row.impact && say.anImpact,
          !filled(row.measure) && say.aMeasure,
          !filled(row.owner) && say.anOwner,
        ],
      }),
  }),
  self({ id: 'team-weet', text: 'Het team weet wat er in het plan is veranderd en waarom.' }),
  self({ id: 'volgende-evaluatie', text: 'De volgende evaluatie staat in de agenda.' }),
];
