/**
 * The nine steps of the method, in order. This is the one list that lessons, worksheets,
 * the workbook and the PDF agree on: the slug is part of a permanent URL and must never change.
 */
export const STEPS = [
  { number: 1, slug: '1-envision', id: 'envision', name: 'Envision', title: 'Het voorstel' },
  { number: 2, slug: '2-schedule', id: 'schedule', name: 'Schedule', title: 'De planning van het plan' },
  { number: 3, slug: '3-discover', id: 'discover', name: 'Discover', title: 'Ken je klant' },
  { number: 4, slug: '4-klantplan', id: 'klantplan', name: 'Wat zou de klant moeten plannen?', title: 'Sterktes tegen kansen' },
  { number: 5, slug: '5-align', id: 'align', name: 'Align', title: 'Het team op één lijn' },
  { number: 6, slug: '6-develop', id: 'develop', name: 'Develop', title: 'Doelen, verkoopkansen en budget' },
  { number: 7, slug: '7-adapt', id: 'adapt', name: 'Adapt', title: 'Bijsturen' },
  { number: 8, slug: '8-inspire', id: 'inspire', name: 'Inspire', title: 'De klant inspireren' },
  { number: 9, slug: '9-actie', id: 'actie', name: 'Actie!', title: 'Uitvoeren en borgen' },
] as const;

export type Step = (typeof STEPS)[number];
export type StepId = Step['id'];
export type StepNumber = Step['number'];

export const STEP_IDS = STEPS.map((s) => s.id) as [StepId, ...StepId[]];

/** The permanent address of a step's lesson, e.g. `/stappen/1-envision/`. */
export function lessonPath(step: Pick<Step, 'slug'>): string {
  return `/stappen/${step.slug}/`;
}

/** The permanent address of a step's worksheet, e.g. `/stappen/1-envision/#werkblad`. */
export function worksheetPath(step: Pick<Step, 'slug'>): string {
  return `${lessonPath(step)}#werkblad`;
}

export function stepByNumber(n: number): Step | undefined {
  return STEPS.find((s) => s.number === n);
}
