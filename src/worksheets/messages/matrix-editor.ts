/** The words of the confrontation matrix's editor (MatrixEditor.tsx). The SWOT's own words are in src/plan/method/swot.ts. */

export const matrixWaits = 'De matrix verschijnt zodra je hierboven minstens één sterkte of zwakte én één kans of bedreiging hebt ingevuld.';
/** A cell's select: `Sterkte "Snelle levering" tegenover kans "Nieuwe vestiging"`. */
export const cellLabel = (rowKind: string, row: string, columnKind: string, column: string) =>
  `${rowKind} "${row}" tegenover ${columnKind.toLowerCase()} "${column}"`;
/** An item of a SWOT list without text: "Kans 2". */
export const unnamedItem = (kind: string, index: number) => `${kind} ${index + 1}`;
