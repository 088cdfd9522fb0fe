/**
 * "Download Word (.docx)" in the browser. Only ever loaded by a dynamic import on click; the docx
 * library comes with the renderer, from the site's own origin.
 */
import { downloadFile } from '../browser/download-file';
import { planFileName } from '../pdf/file-name';
import type { Plan } from '../plan/model/schema';

export const DOCX_TYPE = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

/** Makes the Word document of `plan` and downloads it; resolves with the file name and the characters Word could not hold. */
export async function downloadPlanDocx(plan: Plan, today: Date): Promise<{ fileName: string; replacedCharacters: number }> {
  const { renderPlanDocx } = await import('./render-docx');
  const result = await renderPlanDocx(plan, { today });
  const fileName = planFileName(plan, today, 'docx');
  downloadFile(fileName, result.bytes as Uint8Array<ArrayBuffer>, DOCX_TYPE);
  return { fileName, replacedCharacters: result.replacedCharacters };
}
