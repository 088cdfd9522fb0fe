/**
 * Text of the plan as a slide can hold it. A reader's text may hold anything the store accepts:
 * control characters (invalid in the XML of a .pptx, so PowerPoint would refuse the file), a lone
 * half of an emoji, tabs, runs of spaces, line breaks of every kind. Every text passes here before
 * it reaches a slide or its notes.
 */

// Line separators of every kind become "\n".
const LINE_BREAKS = /\r\n|[\r\v\f\u0085\u2028\u2029]/g;
// What XML 1.0 forbids, and the other C0/C1 control characters that draw nothing: dropped.
const CONTROLS = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\ufffe\uffff]/g;
// Half of a surrogate pair without the other half.
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

/** A text fit for a slide: NFC, "\n" between lines, tabs as spaces, no control characters or lone surrogates. */
export function cleanText(text: string): string {
  return text.normalize('NFC').replace(LINE_BREAKS, '\n').replace(/\t/g, ' ').replace(CONTROLS, '').replace(LONE_SURROGATE, '');
}

/** One line: every run of white space (line breaks included) as one space, trimmed. */
export function oneLine(text: string): string {
  return cleanText(text).replace(/\s+/g, ' ').trim();
}

/** Paragraphs: lines trimmed, runs of spaces as one, empty lines dropped. */
export function paragraphs(text: string): string {
  return cleanText(text)
    .split('\n')
    .map((line) => line.replace(/[ \u00a0]+/g, ' ').trim())
    .filter(Boolean)
    .join('\n');
}

/** The first sentence of a text (up to and with its full stop, question or exclamation mark), or the whole first line. */
export function firstSentence(text: string): string {
  const line = paragraphs(text).split('\n')[0] ?? '';
  const match = /^.+?[.!?](?=\s|$)/u.exec(line);
  return (match ? match[0] : line).trim();
}
