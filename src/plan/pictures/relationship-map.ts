import { addMonths, formatDateNl, parseIsoDate } from '../values/dates';
import type { Plan } from '../model/schema';
import * as say from './messages/relationship-map';
import { layoutMap, type MapPerson } from './map-layout';
import type { Picture, PictureScale } from './picture';

export { ATTITUDE_SIGNS, INFLUENCE_WEIGHT, type MapPerson } from './map-layout';

/**
 * The relationship map of step 3: every DMU member as a card, placed by role in the order the
 * lesson teaches them (or, once someone "rapporteert aan" someone else, as an organisation chart),
 * with influence as the weight of the card's edge and attitude as a colour and a sign, the last
 * contact greyed when it is longer ago than step 2's review rhythm, who of our team owns the
 * relationship (with their role in step 5's team) and step 8's relationship scores.
 * This module reads the plan; map-layout.ts places the cards.
 */

export type MapSource = {
  discover: Pick<Plan['discover'], 'dmu'>;
  schedule: Pick<Plan['schedule'], 'reviewRhythm'>;
  inspire: Pick<Plan['inspire'], 'relationships'>;
  align: Pick<Plan['align'], 'team'>;
};

const RHYTHM_MONTHS = { maand: 1, kwartaal: 3, halfjaar: 6 } as const;

/** Breaks every circle of "reports to" (a → b → a, or a → a): the first member of a circle reports to no one. */
function reportingLines(people: ReadonlyArray<{ id: string; reportsTo: string }>): Map<string, string | null> {
  const ids = new Set(people.map((p) => p.id));
  const parent = new Map<string, string | null>(people.map((p) => [p.id, p.reportsTo && p.reportsTo !== p.id && ids.has(p.reportsTo) ? p.reportsTo : null]));
  for (const person of people) {
    const seen: string[] = [];
    let at: string | null = person.id;
    while (at !== null && !seen.includes(at)) {
      seen.push(at);
      at = parent.get(at) ?? null;
    }
    if (at === null) continue;
    // A circle through `at`: cut it at its member that comes first in the table.
    const circle = seen.slice(seen.indexOf(at));
    const first = people.find((p) => circle.includes(p.id))!;
    parent.set(first.id, null);
  }
  return parent;
}

/** The members of the DMU as the map shows them, in the order of the table. */
export function mapPeople(source: MapSource, today: string): MapPerson[] {
  const dmu = source.discover.dmu;
  const rhythm = source.schedule.reviewRhythm;
  const limit = rhythm && parseIsoDate(today) ? addMonths(today, -RHYTHM_MONTHS[rhythm]) : '';
  const lines = reportingLines(dmu.map((p) => ({ id: p.id, reportsTo: p.reportsTo })));
  const team = source.align.team;
  return dmu.map((p, i) => {
    const known = parseIsoDate(p.lastContact) !== null;
    const owner = p.owner.trim();
    const member = owner ? team.find((t) => t.name.trim().toLocaleLowerCase('nl') === owner.toLocaleLowerCase('nl')) : undefined;
    const scores = source.inspire.relationships.find((r) => r.contact === p.id && (r.now !== null || r.target !== null));
    return {
      id: p.id,
      name: p.name.trim() || say.unnamedPerson(i),
      position: p.position.trim(),
      role: p.role,
      influence: p.influence,
      attitude: p.attitude,
      contact: known ? formatDateNl(p.lastContact) : '',
      stale: known && !!limit && p.lastContact < limit,
      owner,
      ownerRole: member?.role.trim() ?? '',
      relation: scores ? say.relation(scores.now, scores.target) : '',
      reportsTo: lines.get(p.id) ?? null,
    };
  });
}

/** What the map says of one member, for screen readers. */
function describe(p: MapPerson, people: readonly MapPerson[]): string {
  return say.personDescription({
    name: p.name,
    position: p.position,
    role: p.role,
    influence: p.influence,
    attitude: p.attitude,
    contact: p.contact,
    stale: p.stale,
    owner: p.owner ? say.ownerName(p.owner, p.ownerRole) : '',
    relation: p.relation,
    reportsTo: p.reportsTo ? (people.find((q) => q.id === p.reportsTo)?.name ?? '') : '',
  });
}

/**
 * The relationship map of the plan at the given size, or null while the DMU is empty. `today`
 * (an ISO date) decides which last contacts are too long ago. `brief` (a slide's map) shows who
 * everyone is and where they stand, without contacts, owners and scores; the description still
 * says everything.
 */
export function relationshipMap(source: MapSource, scale: PictureScale, today: string, options: { brief?: boolean } = {}): Picture | null {
  const people = mapPeople(source, today);
  if (!people.length) return null;
  const tree = people.some((p) => p.reportsTo !== null);
  const rhythm = source.schedule.reviewRhythm;
  const { width, height, shapes, order } = layoutMap(people, scale, { tree, rhythm, ...(options.brief ? { brief: true } : {}) });
  // Described in the order the map shows them: by role, or down the organisation chart.
  const described = order.map((id) =>
    describe(
      people.find((p) => p.id === id)!,
      people,
    ),
  );
  return { width, height, shapes, title: say.title(people.length), description: say.description(described, tree) };
}
