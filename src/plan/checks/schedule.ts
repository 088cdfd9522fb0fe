import { reviewDates } from '../method/reviews';
import { check, everyRow, filled, finding, has, self } from './helpers';
import * as say from './messages';
import type { Finding, StepItem } from './types';

/** The checklist of lesson 2 (Schedule), in the order the lesson lists it. */
export const SCHEDULE: StepItem[] = [
  check({
    id: 'benodigde-tijd',
    field: 'schedule.hoursNeeded',
    text: 'Je weet hoeveel uur het plan kost.',
    run: ({ schedule: s }) => (has(s.hoursNeeded) && s.hoursNeeded > 0 ? [] : [finding('schedule.hoursNeeded', say.estimateHours)]),
  }),
  self({ id: 'tijd-manager', text: 'Je manager weet hoeveel tijd het plan kost en geeft je die tijd.' }),
  check({
    id: 'klaar-voor-start',
    field: 'schedule.readyBy',
    text: 'Het plan is af en goedgekeurd voordat het gaat gelden.',
    run: ({ schedule: s }) => {
      if (!filled(s.readyBy)) return [finding('schedule.readyBy', say.chooseReadyBy)];
      if (filled(s.validFrom) && s.readyBy > s.validFrom) return [finding('schedule.readyBy', say.readyAfterStart)];
      return [];
    },
  }),
  self({
    id: 'klaar-voor-begroting',
    text: 'Het plan is klaar vóór de begroting van je eigen bedrijf, en houdt rekening met de begroting en het inkoopjaar van de klant.',
  }),
  check({
    id: 'geldigheid-evaluatie',
    field: 'schedule.validFrom',
    text: 'Het plan heeft een begin- en einddatum en een ritme voor de evaluatie.',
    run: ({ schedule: s }) => {
      const out: Finding[] = [];
      if (!filled(s.validFrom) || !filled(s.validUntil)) out.push(finding('schedule.validFrom', say.fillValidity));
      else if (s.validUntil < s.validFrom) out.push(finding('schedule.validUntil', say.endBeforeStart));
      if (!s.reviewRhythm) out.push(finding('schedule.reviewRhythm', say.chooseRhythm));
      else if (!out.length && reviewDates(s).length === 0) out.push(finding('schedule.reviewRhythm', say.noReviewInPeriod));
      return out;
    },
  }),
  self({ id: 'evaluatie-agenda', text: 'De data van de evaluaties staan in jouw agenda en die van je team.' }),
  check({
    id: 'mijlpalen',
    field: 'schedule.milestones',
    text: 'Er zijn minstens drie mijlpalen, elk met een datum.',
    run: (plan) =>
      everyRow('schedule.milestones', plan.schedule.milestones, {
        min: 3,
        none: say.milestonesNone,
        tooFew: say.milestonesTooFew,
        name: (row, i) => say.milestoneName(say.quote(row.milestone, say.onLine(i))),
        missing: (row) => [!filled(row.milestone) && say.aName, !filled(row.date) && say.aDate],
      }),
  }),
];
