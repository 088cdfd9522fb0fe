/** Words for where a field is and whom the plan is about, shared by the slides and the interview questions. */

/** Where a field is filled in: "stap 6". */
export const inStep = (n: number) => `stap ${n}`;
/** The cover's fields are filled in in the workbook. */
export const inWorkbook = 'werkboek';
/** The customer, while the plan names none. */
export const theCustomer = 'de klant';
