import { createHash } from 'node:crypto';
import { readdir, readFile, stat, writeFile } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';

/**
 * Writes `dist/sw.js`: a service worker that keeps the site readable and usable offline after
 * one visit. Its cache is named after a hash of every cached file, so a new build gets a new
 * cache; the new worker waits until no tab uses the old one, so a page never mixes old and new
 * files. The search index (Pagefind) is not cached: search needs a connection.
 */
export default function serviceWorker(): AstroIntegration {
  return {
    name: 'accountplan:service-worker',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const root = fileURLToPath(dir);
        // jsPDF's optional HTML and SVG helpers are never used by this site: not worth caching.
        const unused = /^_astro\/(html2canvas|purify\.es|index\.es)\./;
        const files = (await list(root)).filter(
          (f) => !f.startsWith('pagefind/') && f !== 'sw.js' && f !== '_headers' && !f.endsWith('.map') && !unused.test(f),
        );
        const hash = createHash('sha256');
        let bytes = 0;
        for (const file of files.sort()) {
          const content = await readFile(join(root, file));
          bytes += content.length;
          hash.update(file).update(content);
        }
        const version = hash.digest('hex').slice(0, 12);
        const urls = files.map((f) => `/${f}`.replace(/\/index\.html$/, '/'));
        const template = await readFile(new URL('./sw-template.js', import.meta.url), 'utf8');
        const sw = template.replace("'__VERSION__'", JSON.stringify(version)).replace("['__URLS__']", JSON.stringify(urls));
        await writeFile(join(root, 'sw.js'), sw);
        logger.info(`Service worker ${version}: ${urls.length} files, ${(bytes / 1024).toFixed(0)} KB.`);
      },
    },
  };
}

async function list(root: string, dir = root): Promise<string[]> {
  const out: string[] = [];
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) out.push(...(await list(root, path)));
    else if ((await stat(path)).size > 0) out.push(relative(root, path).split(sep).join('/'));
  }
  return out;
}
