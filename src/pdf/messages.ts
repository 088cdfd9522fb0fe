/**
 * The words only the PDF writes: its footers. They load with the renderer (render.ts); the words
 * of the download button's own code, the form's file name, are in ./messages/download.ts. What
 * the document says (its cover, chapters, appendices, the blank form) is in
 * ../document/messages.ts, the same for the PDF and the Word document.
 */

/** At the foot of every page after the cover: "pagina 3 van 24". */
export const pageOfTotal = (page: number, total: number) => `pagina ${page} van ${total}`;
