/** The words of "Download PDF" (download.ts), apart from ../messages.ts so they load with the button's code, not with the renderer's. */

/** The file name of the blank form. */
export const formFileName = 'werkbladen-accountplan.pdf';
