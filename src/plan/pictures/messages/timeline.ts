/** The words of the timeline of the action plan (timeline.ts): its groups, its legend and its text for screen readers. */

/** Month names on the axis, January first. */
export const MONTHS = ['jan', 'feb', 'mrt', 'apr', 'mei', 'jun', 'jul', 'aug', 'sep', 'okt', 'nov', 'dec'] as const;

/** The group of step 2's milestones. */
export const milestonesGroup = 'Mijlpalen (stap 2)';
/** An action's objective without a name: "Doel 3". */
export const unnamedObjective = (index: number) => `Doel ${index + 1}`;
/** The group of actions that serve no objective (or one that was removed). */
export const noObjective = 'Zonder doel';
/** An action without a name: "Actie 4". */
export const unnamedAction = (index: number) => `Actie ${index + 1}`;
/** A milestone without a name: "Mijlpaal 2". */
export const unnamedMilestone = (index: number) => `Mijlpaal ${index + 1}`;
/** Under an action: its status and owner, "bezig · Leila Yilmaz". */
export const actionMeta = (status: string, owner: string) => [status || 'geen status', owner || 'geen eigenaar'].join(' · ');
/** Under a milestone. */
export const milestoneMeta = (done: boolean) => (done ? 'bereikt' : 'nog niet bereikt');
/** The one group of actions of a brief timeline (a slide's). */
export const actionsGroup = 'Acties';
/** An action's row in a brief timeline: "bezig: Voer de proef uit". */
export const briefAction = (status: string, title: string) => `${status || 'geen status'}: ${title}`;
/** The heading of the list under the picture. */
export const undatedTitle = 'Zonder datum (nog niet op de tijdlijn)';
/** One undated action or milestone in that list. */
export const undatedItem = (title: string, meta: string) => `${title} (${meta})`;
export const todayLabel = 'vandaag';

// ---------- legend ----------

export const legendMilestone = 'mijlpaal (gevuld: bereikt)';
export const legendReview = 'evaluatiemoment';
export const legendToday = 'vandaag';
export const legendPeriod = 'looptijd van het plan';

// ---------- for screen readers ----------

/** The picture's name. */
export const title = (actions: number, milestones: number) =>
  `Tijdlijn van het actieplan: ${actions} ${actions === 1 ? 'actie' : 'acties'} en ${milestones} ${milestones === 1 ? 'mijlpaal' : 'mijlpalen'}`;
/** "van 1 januari 2027 tot en met 31 december 2027" */
export const span = (from: string, to: string) => (from === to ? `op ${from}` : `van ${from} tot en met ${to}`);
export const actionDescription = (title: string, when: string, status: string, owner: string) =>
  `${title}: ${when}, ${status || 'geen status'}, ${owner ? `eigenaar ${owner}` : 'geen eigenaar'}`;
export const milestoneDescription = (title: string, when: string, done: boolean) => `${title}: ${when}, ${done ? 'bereikt' : 'nog niet bereikt'}`;
export const groupDescription = (group: string, items: string[]) => `${group}. ${items.join('. ')}.`;
export const periodDescription = (span: string) => `Het plan loopt ${span}.`;
export const reviewsDescription = (dates: string[]) => (dates.length ? `Evaluatiemomenten: ${dates.join(', ')}.` : '');
export const todayDescription = (date: string) => `Vandaag is ${date}.`;
export const undatedDescription = (items: string[]) => `Zonder datum: ${items.join('; ')}.`;
