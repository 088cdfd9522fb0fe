/**
 * The two buttons of the trainers' kit, loaded on click: the "Fouten zoeken" exercise into the
 * reader's workbook, and the blank worksheets as a PDF.
 */

/** Adds the example with deliberate errors as a plan of the reader's; answers its name. */
export async function loadErrorHunt(): Promise<string> {
  const [{ planStore }, { examplePlan }, { errorHuntPlan, ERROR_HUNT_NAME }] = await Promise.all([
    import('../stores'),
    import('../plan/example/example-plan'),
    import('../plan/example/error-hunt'),
  ]);
  planStore.load();
  const copy = planStore.addPlanCopy(errorHuntPlan(examplePlan()), ERROR_HUNT_NAME);
  planStore.flush();
  return copy.name;
}

/** Downloads the blank form of every worksheet; answers the file name. */
export async function downloadBlankForms(): Promise<string> {
  const [{ downloadPlanPdf }, { placeholderPlan }] = await Promise.all([import('../pdf/download'), import('../plan/model/plan')]);
  const result = await downloadPlanPdf(placeholderPlan(), { form: true, emptyFields: 'hide', today: new Date() });
  return result.fileName;
}
