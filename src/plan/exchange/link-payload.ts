/**
 * A value carried in the fragment of a link (`#<prefix>.<check>.<data>`): JSON, compressed
 * (deflate-raw) and base64url-encoded, with a check (part of a SHA-256 of the compressed bytes)
 * that catches links that were cut off or changed. A fragment is never sent to any server. The
 * share link of a plan and the feedback link of a trainer both use it; what decodes is untrusted
 * text, which the caller validates.
 */

/** The page that opens shared plans and feedback. */
export const SHARE_PATH = '/gedeeld/';
/** Longest fragment we make: mail programs and chat apps cope with links up to about this size. */
export const MAX_SHARE_LENGTH = 30_000;

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

/** The fragment (without #) that carries `json`: `<prefix>.<check>.<data>`. */
export async function packFragment(prefix: string, json: string): Promise<string> {
  const packed = await transform(new TextEncoder().encode(json), new CompressionStream('deflate-raw'));
  return `${prefix}.${await check(packed)}.${toBase64Url(packed)}`;
}

/**
 * The JSON text a fragment carries, or null when it is not a fragment of this prefix, its check
 * fails, it does not decompress, it decompresses to more than `limit` bytes or is no UTF-8.
 * `fragment` may start with #.
 */
export async function unpackFragment(prefix: string, fragment: string, limit: number): Promise<string | null> {
  const [version, sum, data, ...rest] = fragment.replace(/^#/, '').split('.');
  if (version !== prefix || !sum || data === undefined || rest.length) return null;
  const packed = fromBase64Url(data);
  if (!packed || (await check(packed)) !== sum) return null;
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(await transform(packed, new DecompressionStream('deflate-raw'), limit));
  } catch {
    return null;
  }
}

/** The prefix of a fragment (`v1`, `f1`), to tell a shared plan from feedback; '' when there is none. */
export function fragmentPrefix(fragment: string): string {
  const text = fragment.replace(/^#/, '');
  const dot = text.indexOf('.');
  return dot < 0 ? '' : text.slice(0, dot);
}
