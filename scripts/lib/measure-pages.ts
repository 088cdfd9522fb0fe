import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Browser } from 'playwright-core';
import { launchBrowser } from './browser';
import { serveStatic } from './static-server';

export interface PageLoad {
  name: string;
  path: string;
  /** Every file the page fetched before interaction (or, with scrollThrough, after scrolling it), by type, raw and gzipped bytes. */
  files: Array<{ url: string; type: 'html' | 'css' | 'js' | 'other'; raw: number; gzip: number }>;
  /** Per button clicked after the page was measured: what the click fetched until its download arrived. */
  clicks: Array<{ name: string; files: PageLoad['files'] }>;
}

/** A button on the page that starts a download, and the files its click fetches. */
export interface DownloadClick {
  name: string;
  button: RegExp;
}

const typeOf = (url: string): PageLoad['files'][number]['type'] =>
  /\.m?js(\?|$)/.test(url) ? 'js' : /\.css(\?|$)/.test(url) ? 'css' : /\/$|\.html(\?|$)/.test(url) ? 'html' : 'other';

/**
 * Loads pages of the built site in Chromium and lists what each fetched until the network was
 * idle, with sizes measured from dist/ (gzip -9, as a static host would serve them).
 */
export async function measurePages(
  dist: string,
  pages: Array<{ name: string; path: string; scrollThrough?: boolean; clicks?: DownloadClick[] }>,
  browser?: Browser,
): Promise<PageLoad[]> {
  const { server, origin } = await serveStatic(dist);
  const own = !browser;
  const b = browser ?? (await launchBrowser());
  const results: PageLoad[] = [];
  try {
    const measure = async (urls: Iterable<string>): Promise<PageLoad['files']> => {
      const files: PageLoad['files'] = [];
      for (const url of new Set(urls)) {
        if (!url.startsWith(origin)) continue;
        const u = new URL(url);
        let file = join(dist, decodeURIComponent(u.pathname));
        if (u.pathname.endsWith('/')) file = join(file, 'index.html');
        try {
          const bytes = await readFile(file);
          files.push({ url: u.pathname, type: typeOf(u.pathname), raw: bytes.length, gzip: gzipSync(bytes, { level: 9 }).length });
        } catch {
          // Not a file of dist (e.g. a redirect): nothing to count.
        }
      }
      return files;
    };
    /** Opens the page in a fresh profile (scrolled through when asked); returns it and what it fetched so far. */
    const open = async (path: string, scrollThrough: boolean | undefined) => {
      const context = await b.newContext({ viewport: { width: 1280, height: 800 }, acceptDownloads: true });
      const page = await context.newPage();
      const urls = new Set<string>();
      page.on('request', (r) => urls.add(r.url()));
      await page.goto(origin + path, { waitUntil: 'networkidle' });
      await page.waitForTimeout(300);
      if (scrollThrough) {
        // Islands that hydrate on view: bring every part of the page into view once.
        for (let y = 0; y < (await page.evaluate(() => document.body.scrollHeight)); y += 600) {
          await page.evaluate((top) => window.scrollTo(0, top), y);
          await page.waitForTimeout(50);
        }
        await page.waitForLoadState('networkidle');
        await page.waitForTimeout(300);
      }
      return { context, page, urls };
    };
    for (const { name, path, scrollThrough, clicks = [] } of pages) {
      const first = await open(path, scrollThrough);
      await first.context.close();
      const files = await measure(first.urls);
      const clicked: PageLoad['clicks'] = [];
      // Each download in a page of its own, so one click's code does not hide in another's.
      for (const click of clicks) {
        const { context, page, urls } = await open(path, scrollThrough);
        urls.clear();
        await Promise.all([page.waitForEvent('download', { timeout: 120_000 }), page.getByRole('button', { name: click.button }).click()]);
        await context.close();
        clicked.push({ name: click.name, files: await measure(urls) });
      }
      results.push({ name, path, files, clicks: clicked });
    }
  } finally {
    if (own) await b.close();
    server.close();
  }
  return results;
}

export const sum = (files: PageLoad['files'], type: PageLoad['files'][number]['type'], key: 'raw' | 'gzip' = 'gzip') =>
  files.filter((f) => f.type === type).reduce((n, f) => n + f[key], 0);

export const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
