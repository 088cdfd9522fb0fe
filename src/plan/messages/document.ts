/**
 * The file names of a plan's documents, the PDF and the Word document (src/pdf/file-name.ts). What
 * the documents say is in src/document/messages.ts.
 */

/** The name of a plan's file without its extension, `account` and `date` as written in file names. */
export const planFileStem = (account: string, date: string) => `accountplan-${account}-${date}`;
/** What stands for the account in the file name of a plan without one. */
export const noAccountInFileName = 'plan';
