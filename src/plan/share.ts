import type { Plan } from './schema';
import { MAX_IMPORT_BYTES, parseBackup } from './transfer';

/**
 * "Deel met trainer": the whole plan, compressed, in the fragment of a link
 * (`/gedeeld/#v1.<check>.<data>`). A fragment is never sent to any server, so the plan still
 * only travels where the reader sends the link. The check (part of a SHA-256) catches links that
 * were cut off or changed; whatever decodes is validated like an imported backup.
 */
export const SHARE_PATH = '/gedeeld/';
/** Longest fragment we make: mail programs and chat apps cope with links up to about this size. */
export const MAX_SHARE_LENGTH = 30_000;
const PREFIX = 'v1';

export type ShareResult = { ok: true; url: string; length: number } | { ok: false; message: string };
export type OpenResult = { ok: true; plan: Plan } | { ok: false; message: string };

function toBase64Url(bytes: Uint8Array): string {
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

function fromBase64Url(text: string): Uint8Array | null {
  if (!/^[A-Za-z0-9_-]*$/.test(text)) return null;
  try {
    const binary = atob(text.replace(/-/g, '+').replace(/_/g, '/'));
    return Uint8Array.from(binary, (c) => c.charCodeAt(0));
  } catch {
    return null;
  }
}

async function transform(bytes: Uint8Array, stream: CompressionStream | DecompressionStream, limit = Infinity): Promise<Uint8Array> {
  const reader = new Blob([bytes as BlobPart]).stream().pipeThrough(stream).getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.length;
    if (size > limit) {
      await reader.cancel();
      throw new Error('too large');
    }
    chunks.push(value);
  }
  const out = new Uint8Array(size);
  let offset = 0;
  for (const chunk of chunks) {
    out.set(chunk, offset);
    offset += chunk.length;
  }
  return out;
}

async function check(bytes: Uint8Array): Promise<string> {
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', bytes as BufferSource));
  return toBase64Url(digest.subarray(0, 9));
}

/** Makes the share link of a plan, or says why it cannot (too large: use the JSON file). */
export async function createShareLink(plan: Plan, origin: string): Promise<ShareResult> {
  const json = new TextEncoder().encode(JSON.stringify(plan));
  const packed = await transform(json, new CompressionStream('deflate-raw'));
  const fragment = `${PREFIX}.${await check(packed)}.${toBase64Url(packed)}`;
  if (fragment.length > MAX_SHARE_LENGTH) {
    return {
      ok: false,
      message: `Dit plan is te groot voor een link (${Math.ceil(fragment.length / 1000)}.000 tekens; hooguit ${MAX_SHARE_LENGTH / 1000}.000). Stuur je trainer in plaats daarvan de reservekopie als JSON-bestand: die kan hij inlezen in zijn werkboek.`,
    };
  }
  return { ok: true, url: `${origin}${SHARE_PATH}#${fragment}`, length: fragment.length };
}

const BROKEN =
  'Deze link is beschadigd of onvolledig: het plan kan niet gelezen worden. Vraag de afzender om de link opnieuw te kopiëren, of om het plan als JSON-bestand te sturen.';

/** Reads a plan from the fragment of a share link (with or without the leading #). */
export async function openShareLink(fragment: string): Promise<OpenResult> {
  const text = fragment.replace(/^#/, '');
  if (!text) return { ok: false, message: 'Deze link bevat geen plan.' };
  if (text.length > MAX_SHARE_LENGTH * 2) return { ok: false, message: BROKEN };
  const [version, sum, data, ...rest] = text.split('.');
  if (version !== PREFIX || !sum || data === undefined || rest.length) return { ok: false, message: BROKEN };
  const packed = fromBase64Url(data);
  if (!packed || (await check(packed)) !== sum) return { ok: false, message: BROKEN };
  let json: string;
  try {
    json = new TextDecoder('utf-8', { fatal: true }).decode(await transform(packed, new DecompressionStream('deflate-raw'), MAX_IMPORT_BYTES));
  } catch {
    return { ok: false, message: BROKEN };
  }
  const result = parseBackup(json);
  if (!result.ok) return { ok: false, message: `Het plan in deze link klopt niet. ${result.message}` };
  if (result.plans.length !== 1) return { ok: false, message: BROKEN };
  return { ok: true, plan: result.plans[0]! };
}
