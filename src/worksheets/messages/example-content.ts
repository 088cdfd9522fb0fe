/** The words of an example value shown under a field (ExampleContent.tsx). */

export const matrixExample = (count: number) => `${count} gescoorde combinaties (zie de matrix in het voorbeeldplan).`;
/** A cell of an example row: "Rol: beslisser". */
export const labelled = (label: string, text: string) => `${label}: ${text}`;
/** An example field without a value. */
export const none = '—';
