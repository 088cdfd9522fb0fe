/**
 * Text for a Word document. Word takes any character a reader can type, but not the control
 * characters XML 1.0 forbids (a pasted vertical tab, a form feed) nor half of a surrogate pair:
 * one of those would make the whole file unreadable. Each becomes a visible mark, and is counted
 * so the reader can be told.
 */

/** What replaces a character a Word document cannot hold. */
export const DOCX_REPLACEMENT = '\uFFFD';

// Tab, line feed and carriage return are allowed; the rest of C0, U+FFFE/U+FFFF and lone surrogates are not.
const FORBIDDEN = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

export class DocxText {
  /** Characters replaced so far. */
  replaced = 0;

  /** The text with every character Word cannot hold replaced by the mark, counted. */
  clean(text: string): string {
    return text.replace(FORBIDDEN, () => {
      this.replaced++;
      return DOCX_REPLACEMENT;
    });
  }

  /** The same for a repeat of a text already cleaned elsewhere (a reference's label): not counted again. */
  quote(text: string): string {
    return text.replace(FORBIDDEN, DOCX_REPLACEMENT);
  }
}

/**
 * A typed text as Word paragraphs: a blank line starts a new paragraph, a single line break stays
 * a line break inside it. Trailing spaces of the whole text go; those inside stay as typed.
 */
export function paragraphsOf(text: string): string[][] {
  return text
    .replace(/\r\n?/g, '\n')
    .trim()
    .split(/\n[ \t]*\n+/)
    .map((paragraph) => paragraph.split('\n'));
}
