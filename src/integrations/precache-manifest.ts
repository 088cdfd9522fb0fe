import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { getManifest, type ManifestTransform } from 'workbox-build';
import { fileURL, revisionOf } from './offline-routes';

/** One file the service worker precaches: the URL it is requested under, its revision and its size in bytes. */
export interface PrecacheEntry {
  url: string;
  /** SHA-256 of the content (see `revisionOf`); null for /_astro/ files, whose name carries a hash. */
  revision: string | null;
  size: number;
}

/** Files of a build the worker leaves out (globs relative to the build folder). */
export const PRECACHE_IGNORES = [
  // Search needs a connection; its index is large.
  'pagefind/**',
  'sw.js',
  '_headers',
  '**/*.map',
  // jsPDF's optional HTML and SVG helpers are never used by this site: not worth caching.
  '_astro/html2canvas.*',
  '_astro/purify.es.*',
  '_astro/index.es.*',
  // For search engines, not for readers.
  'robots.txt',
  'sitemap-*.xml',
];

/**
 * The precache manifest of a built site (Workbox's `getManifest`): every file but the ignored
 * ones, sorted by URL. Files under /_astro/ have no revision (their name changes with their
 * content); the others get the SHA-256 of their content, which the worker can compute too.
 */
export async function precacheManifest(root: string): Promise<{ entries: PrecacheEntry[]; warnings: string[] }> {
  const sizes = new Map<string, number>();
  const revise: ManifestTransform = async (entries) => ({
    manifest: await Promise.all(
      entries.map(async (entry) => {
        const url = fileURL(entry.url);
        sizes.set(url, entry.size);
        const revision = entry.revision === null ? null : await revisionOf(await readFile(join(root, entry.url)));
        return { url, revision, size: entry.size };
      }),
    ),
  });
  const { manifestEntries, warnings } = await getManifest({
    globDirectory: root,
    globPatterns: ['**/*'],
    globIgnores: PRECACHE_IGNORES,
    dontCacheBustURLsMatching: /^_astro\//,
    maximumFileSizeToCacheInBytes: 4 * 1024 * 1024,
    manifestTransforms: [revise],
  });
  const entries = (manifestEntries ?? [])
    .map(({ url, revision }) => ({ url, revision: revision ?? null, size: sizes.get(url) ?? 0 }))
    .sort((a, b) => (a.url < b.url ? -1 : a.url > b.url ? 1 : 0));
  return { entries, warnings };
}

/**
 * The entries of `next` that a browser holding `previous` downloads when it installs `next`'s
 * worker: URLs it does not have, or has with another revision (Workbox's cache key is URL plus
 * revision). Removed files cost nothing.
 */
export function changedEntries(previous: readonly PrecacheEntry[], next: readonly PrecacheEntry[]): PrecacheEntry[] {
  const before = new Map(previous.map((entry) => [entry.url, entry.revision]));
  return next.filter((entry) => !before.has(entry.url) || before.get(entry.url) !== entry.revision);
}

/** Bytes of `entries` together. */
export const totalSize = (entries: readonly PrecacheEntry[]) => entries.reduce((sum, entry) => sum + entry.size, 0);
