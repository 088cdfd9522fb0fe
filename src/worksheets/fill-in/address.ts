/**
 * Fill-in mode's addresses: `#stap-1` … `#stap-N` for the steps, `#afronden` for the cover and the
 * PDF, or a field's own anchor (`#werkblad-…`), which opens the screen that has the field.
 */

/** The anchor of the last screen: the cover, the summary and the PDF. */
export const FINISH = 'afronden';

/** Where to go: a screen (1 to N the steps, N + 1 the cover and PDF) and maybe a field on it. */
export interface Target {
  screen: number;
  field?: string;
}

export const stepHash = (n: number) => `#stap-${n}`;

/** The id of a screen's heading: where the focus goes after "Vorige" or "Volgende". */
export const titleOf = (n: number, finish: number) => (n === finish ? `${FINISH}-titel` : `stap-${n}-titel`);

/**
 * The fragment of an address as text, or null when it is not text at all: a stray `%` or a cut
 * `%E0%A4%A` does not decode, and such an address is read as no address (never an error).
 */
export function readFragment(hash: string): string | null {
  try {
    return decodeURIComponent(hash.replace(/^#/, ''));
  } catch {
    return null;
  }
}

/**
 * The screen an address names, or null when it names none. `screenWithField` finds the screen
 * of a field's anchor (the reader's screen first, when the field is on more than one).
 */
export function readTarget(hash: string, finish: number, screenWithField: (anchor: string) => number | undefined): Target | null {
  const id = readFragment(hash);
  if (id === null) return null;
  const step = /^stap-(\d{1,3})$/.exec(id);
  if (step) {
    const n = Number(step[1]);
    return n >= 1 && n < finish ? { screen: n } : null;
  }
  if (id === FINISH) return { screen: finish };
  if (id.startsWith('werkblad-')) {
    const screen = screenWithField(id);
    if (screen) return { screen, field: id };
  }
  return null;
}
