/** The look of the Word document: colours, and the page's text column. One place to tune it. */

export const ACCENT = '174A78';
export const MUTED = '5F6874';
export const TINT = 'E7EEF5';
/** Twips (1/20 pt) per millimetre. */
export const TWIPS = 1440 / 25.4;
/** The text column of an A4 page with margins of 2.5 cm, in mm (the PDF's too). */
export const TEXT_MM = 160;
