/**
 * "Download PowerPoint (.pptx)" and "Download dia's (PDF)" in the browser. Only ever loaded by a
 * dynamic import on click; pptxgenjs, jsPDF and the fonts are fetched now, from the site's origin.
 */
import { downloadFile } from '../browser/download-file';
import { buildDeck } from '../deck/build';
import type { DeckLabels } from '../deck/context';
import { layoutDeck } from '../deck/layout';
import type { Plan } from '../plan/model/schema';
import { toIsoDate } from '../plan/values/dates';
import { deckFileName } from './file-name';

export const PPTX_TYPE = 'application/vnd.openxmlformats-officedocument.presentationml.presentation';

const meta = (plan: Plan) => ({
  title: plan.cover.title || plan.cover.account,
  author: plan.cover.author,
  company: plan.cover.organisation,
  origin: location.origin,
});

/** Makes the PowerPoint file of the plan's deck (as shown: for the customer when the plan says so) and downloads it; resolves with its file name. */
export async function downloadPptx(plan: Plan, labels: DeckLabels, today: Date): Promise<{ fileName: string }> {
  const { renderPptx } = await import('./pptx');
  const deck = buildDeck(plan, labels, { today: toIsoDate(today) });
  const bytes = await renderPptx(layoutDeck(deck), meta(plan));
  const fileName = deckFileName(plan, today, deck.forCustomer, 'pptx');
  downloadFile(fileName, bytes as Uint8Array<ArrayBuffer>, PPTX_TYPE);
  return { fileName };
}

// The plan PDF's font files, as assets of this chunk (a `?url` import would split a module off the
// plan PDF's code that its button would then fetch as well).
const regularUrl = new URL('../pdf/fonts/noto-sans-regular.ttf', import.meta.url).href;
const boldUrl = new URL('../pdf/fonts/noto-sans-bold.ttf', import.meta.url).href;

let fonts: Promise<{ regular: Uint8Array; bold: Uint8Array }> | null = null;

async function fetchFont(url: string): Promise<Uint8Array> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`Font ${url}: HTTP ${response.status}`);
  return new Uint8Array(await response.arrayBuffer());
}

/** The plan PDF's fonts, fetched once per page load (a failed fetch is tried again on the next click). */
function loadFonts() {
  fonts ??= Promise.all([fetchFont(regularUrl), fetchFont(boldUrl)]).then(([regular, bold]) => ({ regular, bold }));
  fonts.catch(() => (fonts = null));
  return fonts;
}

/** Makes the slide PDF of the plan's deck and downloads it; resolves with its file name and the characters the fonts could not draw. */
export async function downloadSlidesPdf(plan: Plan, labels: DeckLabels, today: Date): Promise<{ fileName: string; replacedCharacters: number }> {
  const [{ renderSlidesPdf }, loaded] = await Promise.all([import('./pdf'), loadFonts()]);
  const deck = buildDeck(plan, labels, { today: toIsoDate(today) });
  const result = renderSlidesPdf(layoutDeck(deck), { ...meta(plan), fonts: loaded });
  const fileName = deckFileName(plan, today, deck.forCustomer, 'pdf');
  downloadFile(fileName, result.bytes as Uint8Array<ArrayBuffer>, 'application/pdf');
  return { fileName, replacedCharacters: result.replacedCharacters };
}
