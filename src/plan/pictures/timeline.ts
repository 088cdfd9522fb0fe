import { formatDateNl, parseIsoDate } from '../values/dates';
import { reviewDates } from '../method/reviews';
import type { Plan } from '../model/schema';
import * as say from './messages/timeline';
import { layoutTimeline } from './timeline-layout';
import type { Picture, PictureScale } from './picture';

/**
 * The timeline of step 9: every action from its start to its end date, grouped by the objective
 * it serves, step 2's milestones as points, the review dates that follow from step 2's rhythm,
 * a line for today, status as colour and as text, and months on the axis across the plan's
 * period (widened to every date the plan holds). Actions and milestones without a date are
 * listed under the picture, never dropped. This module reads the plan; timeline-layout.ts places it.
 */

export type TimelineSource = {
  cover: Pick<Plan['cover'], 'periodFrom' | 'periodTo'>;
  schedule: Pick<Plan['schedule'], 'validFrom' | 'validUntil' | 'reviewRhythm' | 'milestones'>;
  develop: Pick<Plan['develop'], 'objectives'>;
  actie: Pick<Plan['actie'], 'actions'>;
};

type Status = Plan['actie']['actions'][number]['status'];

export interface TimelineItem {
  id: string;
  kind: 'action' | 'milestone';
  title: string;
  /** What the picture writes under the title: status and owner, or whether a milestone is reached. */
  meta: string;
  status: Status;
  /** Who owns an action ('' for a milestone or an action without owner). */
  owner: string;
  done: boolean;
  /** The first and last day (ISO, from ≤ to), equal for a single date; null for both when undated. */
  from: string | null;
  to: string | null;
}

export interface TimelineGroup {
  label: string;
  items: TimelineItem[];
}

export interface TimelineData {
  groups: TimelineGroup[];
  undated: TimelineItem[];
  /** The plan's period (step 2's validity, else the cover's), when both ends are dates. */
  period: { from: string; to: string } | null;
  reviews: string[];
  today: string;
  /** From the first day of the first month to the first day after the last month; null when nothing has a date. */
  axis: { from: string; to: string } | null;
}

const valid = (date: string) => (parseIsoDate(date) ? date : null);

/** An item's dates in order: both when both are dates, the one when one is, none when none is. */
function span(a: string, b: string): { from: string | null; to: string | null } {
  const x = valid(a);
  const y = valid(b);
  if (x && y) return x <= y ? { from: x, to: y } : { from: y, to: x };
  const one = x ?? y;
  return { from: one, to: one };
}

/** The first day of the month of `date`, and the first day of the month after `date`. */
const monthStart = (date: string) => `${date.slice(0, 7)}-01`;
function nextMonthStart(date: string): string {
  const p = parseIsoDate(date)!;
  const m = p.m === 12 ? 1 : p.m + 1;
  const y = p.m === 12 ? p.y + 1 : p.y;
  return `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-01`;
}

/** The plan as the timeline shows it. */
export function timelineData(source: TimelineSource, today: string): TimelineData {
  const { schedule, cover, develop, actie } = source;
  const from = valid(schedule.validFrom) ?? valid(cover.periodFrom);
  const to = valid(schedule.validUntil) ?? valid(cover.periodTo);
  const period = from && to && from <= to ? { from, to } : null;

  const milestones: TimelineItem[] = schedule.milestones.map((m, i) => ({
    id: m.id,
    kind: 'milestone',
    title: m.milestone.trim() || say.unnamedMilestone(i),
    meta: say.milestoneMeta(m.done),
    status: '',
    owner: '',
    done: m.done,
    ...span(m.date, ''),
  }));
  const actions: Array<TimelineItem & { objective: string }> = actie.actions.map((a, i) => ({
    id: a.id,
    kind: 'action',
    title: a.action.trim() || say.unnamedAction(i),
    meta: say.actionMeta(a.status, a.owner.trim()),
    status: a.status,
    owner: a.owner.trim(),
    done: a.status === 'klaar',
    objective: a.objective,
    ...span(a.start, a.due),
  }));
  const dated = (item: TimelineItem) => item.from !== null;
  const byDate = (a: TimelineItem, b: TimelineItem) => (a.from! < b.from! ? -1 : a.from! > b.from! ? 1 : a.to! < b.to! ? -1 : a.to! > b.to! ? 1 : 0);

  const groups: TimelineGroup[] = [];
  const datedMilestones = milestones.filter(dated).sort(byDate);
  if (datedMilestones.length) groups.push({ label: say.milestonesGroup, items: datedMilestones });
  const objectives = develop.objectives;
  objectives.forEach((o, i) => {
    const items = actions.filter((a) => a.objective === o.id && dated(a)).sort(byDate);
    if (items.length) groups.push({ label: o.objective.trim() || say.unnamedObjective(i), items });
  });
  const loose = actions.filter((a) => dated(a) && !objectives.some((o) => o.id === a.objective)).sort(byDate);
  if (loose.length) groups.push({ label: say.noObjective, items: loose });

  // reviewDates reads only the period and the rhythm of step 2.
  const reviews = reviewDates(schedule as Plan['schedule']);
  const dates = [...(period ? [period.from, period.to] : []), ...groups.flatMap((g) => g.items.flatMap((i) => [i.from!, i.to!]))].sort();
  const axis = dates.length ? { from: monthStart(dates[0]!), to: nextMonthStart(dates[dates.length - 1]!) } : null;
  return {
    groups,
    undated: [...milestones.filter((m) => !dated(m)), ...actions.filter((a) => !dated(a))],
    period,
    reviews: axis ? reviews.filter((r) => r >= axis.from && r < axis.to) : [],
    today,
    axis,
  };
}

/** Everything the timeline shows, in sentences. */
function describe(data: TimelineData): string {
  const when = (item: TimelineItem) => say.span(formatDateNl(item.from!), formatDateNl(item.to!));
  const parts = [
    ...(data.period ? [say.periodDescription(say.span(formatDateNl(data.period.from), formatDateNl(data.period.to)))] : []),
    ...data.groups.map((g) =>
      say.groupDescription(
        g.label,
        g.items.map((i) =>
          i.kind === 'milestone' ? say.milestoneDescription(i.title, when(i), i.done) : say.actionDescription(i.title, when(i), i.status, i.owner),
        ),
      ),
    ),
    say.reviewsDescription(data.reviews.map(formatDateNl)),
    ...(parseIsoDate(data.today) ? [say.todayDescription(formatDateNl(data.today))] : []),
    ...(data.undated.length ? [say.undatedDescription(data.undated.map((i) => say.undatedItem(i.title, i.meta)))] : []),
  ];
  return parts.filter(Boolean).join(' ');
}

/**
 * The timeline of the plan at the given size, or null while the plan has no action and no
 * milestone. `today` (an ISO date) places the line for today.
 */
export function timeline(source: TimelineSource, scale: PictureScale, today: string, options: { brief?: boolean } = {}): Picture | null {
  const actions = source.actie.actions.length;
  const milestones = source.schedule.milestones.length;
  if (!actions && !milestones) return null;
  const data = timelineData(source, today);
  const { width, height, shapes } = options.brief ? layoutTimeline(brief(data), scale, { titleLines: 1 }) : layoutTimeline(data, scale);
  return { width, height, shapes, title: say.title(actions, milestones), description: describe(data) };
}

/**
 * The timeline in brief (a slide's): one line per row, an action's status before its title, and
 * the actions in one group instead of one per objective (for the customer, the objectives may be
 * internal). Milestones keep their group; reached or not shows in the diamond's fill.
 */
function brief(data: TimelineData): TimelineData {
  const line = (item: TimelineItem): TimelineItem => ({
    ...item,
    title: item.kind === 'action' ? say.briefAction(item.status, item.title) : item.title,
    meta: '',
  });
  const milestones = data.groups.filter((g) => g.items.every((i) => i.kind === 'milestone'));
  const actions = data.groups.filter((g) => !milestones.includes(g)).flatMap((g) => g.items);
  const byDate = (a: TimelineItem, b: TimelineItem) => (a.from! < b.from! ? -1 : a.from! > b.from! ? 1 : 0);
  return {
    ...data,
    groups: [
      ...milestones.map((g) => ({ ...g, items: g.items.map(line) })),
      ...(actions.length ? [{ label: say.actionsGroup, items: [...actions].sort(byDate).map(line) }] : []),
    ],
    undated: data.undated.map((i) => ({ ...i, title: line(i).title })),
  };
}
