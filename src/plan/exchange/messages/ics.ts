/** The words of the calendar file (ics.ts): its events, and the names of dates left out of it. */

export const validFromField = 'Stap 2: Geldig vanaf';
export const validUntilField = 'Stap 2: Geldig tot';
export const milestoneDateField = (index: number, name: string) => `Stap 2, mijlpaal ${index + 1}${name}: Datum`;
export const actionDueField = (index: number, name: string) => `Stap 9, actie ${index + 1}${name}: Klaar`;
export const reviewSummary = (account: string) => `Evaluatie accountplan ${account}`;
/** `title` is the plan's title, or empty. */
export const reviewDescription = (index: number, title: string, account: string) =>
  `Evaluatiemoment ${index + 1} van ${title || `het accountplan ${account}`}. Bekijk de KPI's (stap 7) en pas het plan aan.`;
export const unnamed = 'zonder naam';
export const milestoneSummary = (name: string, account: string) => `Mijlpaal: ${name || unnamed} (${account})`;
export const milestoneDescription = (account: string) => `Mijlpaal uit de planning van het accountplan ${account}.`;
export const actionSummary = (name: string, account: string) => `Actie klaar: ${name || unnamed} (${account})`;
export const actionOwner = (owner: string) => `Eigenaar: ${owner}`;
export const actionGoal = (goal: string) => `Bij doel: ${goal}`;
export const actionStart = (date: string) => `Start: ${date}`;
export const actionResources = (resources: string) => `Middelen: ${resources}`;
export const calendarName = (account: string) => `Accountplan ${account}`;
/** The reminder the day before an event: "Morgen: Mijlpaal: Analyse klaar (Lindenhof)". */
export const reminder = (summary: string) => `Morgen: ${summary}`;
