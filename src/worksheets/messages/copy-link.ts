/**
 * The words of copying a link (copy-link.ts, CopyLinkButton.tsx, and the share and feedback links).
 * In the small `copy-link` chunk every lesson loads for its section links, with or without a worksheet.
 */

export const copyLink = 'Kopieer link';
/** The button's text while it confirms a copy. */
export const copied = 'Gekopieerd';
export const linkCopiedTo = (url: string) => `Link gekopieerd: ${url}`;
export const copyFailedLinkIs = (url: string) => `Kopiëren lukte niet automatisch. De link is: ${url}`;
/** After copying a link shown in a text box. */
export const linkCopied = 'Link gekopieerd.';
export const copyByHand = 'Kopiëren lukte niet automatisch: selecteer de link en kopieer hem zelf.';
