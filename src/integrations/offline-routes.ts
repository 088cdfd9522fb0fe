/**
 * What the service worker does with a request, as plain functions: bundled into `dist/sw.js`
 * (see sw-worker.js) and used at build time to write the precache manifest, so the worker and
 * the build agree on URLs and revisions. No DOM or Node APIs beyond `fetch` types and WebCrypto.
 */

/** How long a page may take from the network before the cached copy of this build is shown. */
export const NETWORK_TIMEOUT_MS = 3000;

/** Where the 404 page of the build is precached; shown offline for paths the site does not have. */
export const NOT_FOUND_URL = '/404.html';

/**
 * - `asset`: a file under `/_astro/`, whose name carries a hash of its content: it never changes,
 *   so the precache answers first.
 * - `page`: anything else of the site (pages, `register-sw.js`, the favicon, …): these keep their
 *   name from build to build, so the network answers first and the precache only when the network
 *   fails or is slow. A page is then always the newest one online, and offline it is the one that
 *   belongs to the assets in the precache.
 * - `none`: left to the browser (other origins, the search index, the worker itself, non-GET).
 */
export type Route = 'asset' | 'page' | 'none';

export function routeFor(method: string, url: URL, origin: string): Route {
  if (method !== 'GET' || url.origin !== origin) return 'none';
  if (url.pathname.startsWith('/pagefind/') || url.pathname === '/sw.js') return 'none';
  return url.pathname.startsWith('/_astro/') ? 'asset' : 'page';
}

/** The precache URL of a request: no query or fragment; a path without a file extension is a page folder (`/werkboek` → `/werkboek/`). */
export function precacheURL(url: URL): string {
  const path = url.pathname;
  if (path.endsWith('/')) return path;
  const last = path.slice(path.lastIndexOf('/') + 1);
  return last.includes('.') ? path : `${path}/`;
}

/** The URL a file of the build is requested under: `stappen/1-envision/index.html` → `/stappen/1-envision/`. */
export function fileURL(file: string): string {
  const url = `/${file.replace(/\\/g, '/').replace(/^\/+/, '')}`;
  return url.endsWith('/index.html') ? url.slice(0, -'index.html'.length) : url;
}

/**
 * The revision of a file in the precache manifest: SHA-256 of its bytes (128 bits, hex). The worker
 * computes the same of a page it got from the network, to tell whether an open page is the one a
 * new build has (WebCrypto has no MD5, Workbox's default).
 */
export async function revisionOf(data: ArrayBuffer | Uint8Array): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', data as BufferSource);
  return [...new Uint8Array(digest).slice(0, 16)].map((b) => b.toString(16).padStart(2, '0')).join('');
}

export interface Served {
  response: Response;
  source: 'network' | 'cache';
}

/**
 * Network first: the network's answer, unless it fails, answers with a server error, or takes
 * longer than `timeoutMs` while `cached` has a copy. Without a copy (or a `fallback`, such as the
 * 404 page) the network's answer or error stands, however long it takes.
 */
export async function networkFirst(options: {
  network: Promise<Response>;
  cached: () => Promise<Response | undefined>;
  fallback?: () => Promise<Response | undefined>;
  timeoutMs: number;
}): Promise<Served> {
  const { network, cached, fallback, timeoutMs } = options;
  const fromCache = async (): Promise<Served | undefined> => {
    const response = (await cached()) ?? (fallback ? await fallback() : undefined);
    return response ? { response, source: 'cache' } : undefined;
  };
  // Settles with the network's response, or with undefined when it failed.
  const settled = network.then(
    (response) => response,
    () => undefined,
  );
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<'timeout'>((resolve) => {
    timer = setTimeout(() => resolve('timeout'), timeoutMs);
  });
  try {
    const first = await Promise.race([settled, timeout]);
    if (first === 'timeout') {
      const copy = await fromCache();
      if (copy) return copy;
      // No copy: wait for the network, and pass on its error if it fails.
      return { response: await network, source: 'network' };
    }
    if (first && first.status < 500) return { response: first, source: 'network' };
    const copy = await fromCache();
    if (copy) return copy;
    return { response: await network, source: 'network' };
  } finally {
    clearTimeout(timer);
  }
}
