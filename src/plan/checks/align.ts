import { check, everyRow, filled, finding, firstGoals, has, self } from './helpers';
import * as say from './messages';
import type { Finding, StepItem } from './types';

/** The checklist of lesson 5 (Align), in the order the lesson lists it. */
export const ALIGN: StepItem[] = [
  check({
    id: 'team',
    field: 'align.team',
    text: 'Elk teamlid staat erin met rol, taken en uren per maand.',
    run: (plan) =>
      everyRow('align.team', plan.align.team, {
        none: say.teamNone,
        name: (row, i) => say.teamMemberName(say.quote(row.name, say.onLine(i))),
        missing: (row) => [!filled(row.name) && say.aName, !filled(row.role) && say.aRole, !filled(row.tasks) && say.tasks, !has(row.hours) && say.hours],
      }),
  }),
  self({ id: 'team-compleet', text: 'Iedereen die aan het account werkt, staat in het team, ook je manager.' }),
  check({
    id: 'raci',
    field: 'align.raci',
    text: 'Elk eerste doel uit stap 1 heeft precies één A en minstens één R.',
    run: (plan) => {
      const goals = firstGoals(plan);
      if (!goals.length) return [finding('envision.firstGoals', say.noFirstGoalsForRaci)];
      const members = new Set(plan.align.team.filter((m) => filled(m.name)).map((m) => m.id));
      const lines = plan.align.raci.filter((r) => r.role && members.has(r.member));
      return goals.flatMap((g) => {
        const own = lines.filter((r) => r.goal === g.id);
        const a = own.filter((r) => r.role === 'A').length;
        const r = own.filter((l) => l.role === 'R').length;
        const name = say.quote(g.goal, '');
        const out: Finding[] = [];
        if (a === 0) out.push(finding('align.raci', say.goalWithoutA(name)));
        if (a > 1) out.push(finding('align.raci', say.goalWithManyA(name, a)));
        if (r === 0) out.push(finding('align.raci', say.goalWithoutR(name)));
        return out;
      });
    },
  }),
  check({
    id: 'overleg',
    field: 'align.meetings',
    text: 'Er zijn minstens twee vaste overleggen, elk met frequentie, deelnemers en doel.',
    run: (plan) =>
      everyRow('align.meetings', plan.align.meetings, {
        min: 2,
        none: say.meetingsNone,
        tooFew: () => say.meetingsOne,
        name: (row, i) => say.meetingName(say.quote(row.meeting, say.onLine(i))),
        missing: (row) => [
          !filled(row.meeting) && say.aName,
          !filled(row.frequency) && say.aFrequency,
          !filled(row.participants) && say.participants,
          !filled(row.purpose) && say.aPurpose,
        ],
      }),
  }),
  self({ id: 'overleg-evaluatie', text: 'Eén overleg valt samen met de evaluatiemomenten uit stap 2.' }),
  check({
    id: 'voortgang-delen',
    field: 'align.progressSharing',
    text: 'Er is één plek waar het team de voortgang ziet, met uitleg wie wat deelt.',
    run: ({ align: a }) => [
      ...(a.progressSharing ? [] : [finding('align.progressSharing', say.chooseProgressPlace)]),
      ...(filled(a.progressNote) ? [] : [finding('align.progressNote', say.writeProgressNote)]),
    ],
  }),
  check({
    id: 'akkoord',
    field: 'align.agreement',
    text: 'Wie akkoord gaf op de doelen, staat erbij met een datum.',
    run: (plan) =>
      everyRow('align.agreement', plan.align.agreement, {
        none: say.agreementNone,
        name: (row, i) => say.agreementName(say.quote(row.name, say.onLine(i))),
        missing: (row) => [!filled(row.name) && say.aName, !filled(row.date) && say.aDate],
      }),
  }),
  self({ id: 'akkoord-manager', text: 'Ook je manager heeft akkoord gegeven.' }),
];
