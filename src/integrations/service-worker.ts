import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { build, transform } from 'esbuild';
import { precacheManifest, totalSize, type PrecacheEntry } from './precache-manifest';

/**
 * Writes `dist/sw.js`: a service worker that keeps the site readable and usable offline after one
 * visit, and lets a new build reach readers (see sw-worker.js for what it does). Runs after every
 * other step that changes files of the build (the CSP step rewrites every page), so the revisions
 * in the worker are those of the files the host serves.
 */
export default function serviceWorker(): AstroIntegration {
  return {
    name: 'accountplan:service-worker',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const root = fileURLToPath(dir);
        await minifyPageFiles(root);
        const { entries, bytes, warnings } = await writeServiceWorker(root);
        for (const warning of warnings) logger.warn(warning);
        logger.info(`Service worker: ${entries.length} files precached, ${(totalSize(entries) / 1024).toFixed(0)} KB; sw.js ${(bytes / 1024).toFixed(1)} KB.`);
      },
    },
  };
}

/**
 * The worker's files in public/ that every page or the update notice loads: their sources are
 * commented for people, the build serves them minified (register-sw.js counts towards every
 * page's JavaScript budget).
 */
const PAGE_FILES = ['register-sw.js', 'site-update.js'];

async function minifyPageFiles(root: string): Promise<void> {
  for (const file of PAGE_FILES) {
    const path = join(root, file);
    const { code } = await transform(await readFile(path, 'utf8'), { loader: file.endsWith('.css') ? 'css' : 'js', minify: true, legalComments: 'none' });
    await writeFile(path, code);
  }
}

/**
 * Writes `sw.js` into the built site at `root`: sw-worker.js with Workbox's precaching bundled in
 * (nothing is loaded from elsewhere: the pages' CSP allows only this origin) and the precache
 * manifest of the files in `root` in place of `self.__WB_MANIFEST`.
 */
export async function writeServiceWorker(root: string): Promise<{ entries: PrecacheEntry[]; bytes: number; warnings: string[] }> {
  const { entries, warnings } = await precacheManifest(root);
  const manifest = entries.map(({ url, revision }) => ({ url, revision }));
  const result = await build({
    entryPoints: [fileURLToPath(new URL('./sw-worker.js', import.meta.url))],
    bundle: true,
    write: false,
    format: 'iife',
    platform: 'browser',
    target: 'es2022',
    minify: true,
    legalComments: 'none',
    define: {
      // Workbox leaves out its development logging and checks in production.
      'process.env.NODE_ENV': '"production"',
      'self.__WB_MANIFEST': JSON.stringify(manifest),
    },
    logLevel: 'silent',
  });
  const code = `/* Service worker of Accountplan in 9 stappen, built from src/integrations/sw-worker.js with Workbox (MIT). */\n${result.outputFiles[0]!.text}`;
  await writeFile(join(root, 'sw.js'), code);
  return { entries, bytes: Buffer.byteLength(code), warnings: [...warnings, ...result.warnings.map((w) => w.text)] };
}
