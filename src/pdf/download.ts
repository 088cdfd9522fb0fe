/**
 * "Download PDF" in the browser. Only ever loaded by a dynamic import on click, and itself light:
 * jsPDF, the renderer and the two fonts are fetched now, from the site's own origin.
 */
import type { Plan } from '../plan/schema';
import { pdfFileName } from './file-name';
import boldUrl from './fonts/noto-sans-bold.ttf?url';
import regularUrl from './fonts/noto-sans-regular.ttf?url';
import type { PdfFonts, PdfOptions } from './render';

export type { PdfOptions } from './render';

let fonts: Promise<PdfFonts> | null = null;

async function fetchFont(url: string): Promise<Uint8Array> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`Lettertype ${url}: HTTP ${response.status}`);
  return new Uint8Array(await response.arrayBuffer());
}

/** The fonts, fetched once per page load (a failed fetch is retried on the next click). */
function loadFonts(): Promise<PdfFonts> {
  fonts ??= Promise.all([fetchFont(regularUrl), fetchFont(boldUrl)]).then(([regular, bold]) => ({ regular, bold }));
  fonts.catch(() => (fonts = null));
  return fonts;
}

/**
 * Saves bytes as a file via a blob URL and an `<a download>` click: works in desktop browsers,
 * iOS Safari and Android Chrome, and no popup blocker stops it.
 */
function save(bytes: Uint8Array, fileName: string): void {
  const url = URL.createObjectURL(new Blob([bytes as Uint8Array<ArrayBuffer>], { type: 'application/pdf' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.rel = 'noopener';
  link.style.display = 'none';
  document.body.append(link);
  link.click();
  link.remove();
  // Safari starts reading the blob after click() returns: release it only much later.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

/**
 * Makes the PDF of `plan` and downloads it. Resolves with the file name and the number of
 * characters the PDF font could not draw (each printed as �), for the message to the reader.
 */
export async function downloadPlanPdf(plan: Plan, options: PdfOptions): Promise<{ fileName: string; replacedCharacters: number }> {
  const [{ renderPlanPdf }, loaded] = await Promise.all([import('./render'), loadFonts()]);
  const result = renderPlanPdf(plan, { ...options, fonts: loaded });
  const fileName = pdfFileName(plan, options.today);
  save(result.bytes, fileName);
  return { fileName, replacedCharacters: result.replacedCharacters };
}
