/**
 * "Download PDF" in the browser. Only ever loaded by a dynamic import on click, and itself light:
 * jsPDF, the renderer and the two fonts are fetched now, from the site's own origin.
 */
import type { Plan } from '../plan/model/schema';
import { downloadFile } from '../browser/download-file';
import { pdfFileName } from './file-name';
import { formFileName } from './messages/download';
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

/** The feedback the reader received on a plan, with the rubric's words: loaded only when the PDF includes it. */
async function readFeedback(planId: string) {
  const [{ feedbackStore }, { feedbackForDocument }] = await Promise.all([import('../stores/feedback-instance'), import('../document/feedback-input')]);
  return feedbackForDocument(feedbackStore.feedbackOf(planId));
}

/**
 * Makes the PDF of `plan` and downloads it. Resolves with the file name and the number of
 * characters the PDF font could not draw (each printed as �), for the message to the reader.
 */
export async function downloadPlanPdf(
  plan: Plan,
  options: PdfOptions & { withFeedback?: boolean },
): Promise<{ fileName: string; replacedCharacters: number; examPages?: { body: number; appendices: number } }> {
  const [{ renderPlanPdf }, loaded] = await Promise.all([import('./render'), loadFonts()]);
  // The trainer's feedback on the plan, as an appendix (read here, so the button carries no feedback code).
  const feedback = options.withFeedback ? await readFeedback(plan.id) : options.feedback;
  const result = renderPlanPdf(plan, { ...options, ...(feedback ? { feedback } : {}), fonts: loaded });
  const fileName = options.form ? formFileName : pdfFileName(plan, options.today, options.order);
  downloadFile(fileName, result.bytes as Uint8Array<ArrayBuffer>, 'application/pdf');
  return { fileName, replacedCharacters: result.replacedCharacters, ...(result.examPages ? { examPages: result.examPages } : {}) };
}
