import { AxeBuilder } from '@axe-core/playwright';
import { cp, mkdtemp, readFile, rename, rm, symlink, writeFile } from 'node:fs/promises';
import type { IncomingMessage, RequestListener, Server, ServerResponse } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { BrowserContext, Page, Worker } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { changedEntries, precacheManifest } from '../../src/integrations/precache-manifest';
import { writeServiceWorker } from '../../src/integrations/service-worker';
import { newContext, useBrowser, watchContext } from './browser';
import { serveStatic } from './static-server';

/**
 * A deploy, as a returning reader lives it. Build A is a copy of dist/; build B is A with one
 * lesson's text changed and its service worker written again by the build's own step (so B's
 * sw.js differs from A's in that page's revision only). One local host serves A, then B: the
 * folder it serves is swapped under it, as a static host swaps a deploy.
 */

const getBrowser = useBrowser();
const LESSON = '/stappen/1-envision/';
const NOTICE = 'Er is een nieuwe versie van deze site';

let folder = '';
let server: Server;
let origin = '';
/** Paths of the requests that reached the host. */
const log: string[] = [];
/** The host is unreachable: every connection is dropped. */
let down = false;
let revisions: { a: string; b: string };
let changed: string[] = [];

beforeAll(async () => {
  const dist = new URL('../../dist/', import.meta.url).pathname;
  folder = await mkdtemp(join(tmpdir(), 'deploy-'));
  await cp(dist, join(folder, 'a'), { recursive: true });
  await cp(dist, join(folder, 'b'), { recursive: true });
  const file = join(folder, 'b', LESSON, 'index.html');
  const html = await readFile(file, 'utf8');
  if (!html.includes('<h2 id="wat-je-leert">')) throw new Error(`${LESSON} has no "Wat je leert" heading to change`);
  await writeFile(file, html.replace('<h2 id="wat-je-leert">', '<p class="deploy-b">Nieuw in deze versie.</p><h2 id="wat-je-leert">'));
  await writeServiceWorker(join(folder, 'b'));

  const a = (await precacheManifest(join(folder, 'a'))).entries;
  const b = (await precacheManifest(join(folder, 'b'))).entries;
  changed = changedEntries(a, b).map((entry) => entry.url);
  revisions = { a: a.find((e) => e.url === LESSON)!.revision!, b: b.find((e) => e.url === LESSON)!.revision! };

  await symlink('a', join(folder, 'live'));
  ({ server, origin } = await serveStatic(join(folder, 'live')));
  const [serve] = server.listeners('request') as RequestListener[];
  server.removeAllListeners('request');
  server.on('request', (req: IncomingMessage, res: ServerResponse) => {
    log.push(new URL(req.url ?? '/', origin).pathname);
    if (down) return void res.destroy();
    serve!(req, res);
  });
});

afterAll(async () => {
  server?.closeAllConnections();
  await new Promise((ok) => server?.close(ok));
  if (folder) await rm(folder, { recursive: true, force: true });
});

/** Deploys build `name`: the host serves its folder from the next request on. */
async function deploy(name: 'a' | 'b') {
  await symlink(name, join(folder, 'next'));
  await rename(join(folder, 'next'), join(folder, 'live'));
}

/** Waits until a service worker controls the page. */
async function controlled(page: Page) {
  await page.evaluate(() => navigator.serviceWorker.ready);
  await expect.poll(() => page.evaluate(() => !!navigator.serviceWorker.controller)).toBe(true);
}

/** The revision of `url` in the build of the worker that controls the page. */
function controllerRevision(page: Page, url: string) {
  return page.evaluate(
    (url) =>
      new Promise<string | null>((resolve) => {
        const channel = new MessageChannel();
        channel.port1.onmessage = (event) => resolve(event.data as string | null);
        navigator.serviceWorker.controller!.postMessage({ type: 'revision', url }, [channel.port2]);
      }),
    url,
  );
}

/**
 * Paths the next service worker that starts in `context` (the new build's) requests. Until it
 * controls a page, these are its precache downloads.
 */
function nextWorkerRequests(context: BrowserContext): string[] {
  const paths: string[] = [];
  let next: Worker | undefined;
  context.once('serviceworker', (worker) => (next = worker));
  context.on('request', (request) => {
    if (next && request.serviceWorker() === next) paths.push(new URL(request.url()).pathname);
  });
  return paths;
}

describe('a deploy reaches a returning reader', () => {
  it('build B changes one page: its precache manifest differs in that page only', () => {
    expect(changed).toEqual([LESSON]);
    expect(revisions.a).not.toBe(revisions.b);
  });

  it('a reload shows the new page at once; the new worker downloads only that page and serves build B offline', async () => {
    await deploy('a');
    const context = await newContext(getBrowser(), { serviceWorkers: 'allow' });
    const watch = await watchContext(context, origin);
    const page = await context.newPage();
    await page.goto(`${origin}${LESSON}`);
    await controlled(page);
    expect(await controllerRevision(page, LESSON)).toBe(revisions.a);

    const downloads = nextWorkerRequests(context);
    await deploy('b');
    const since = log.length;
    await page.reload();
    await page.locator('.deploy-b').waitFor();
    // The new worker installs; the open page is already build B's, so it takes over without a notice.
    await expect.poll(() => controllerRevision(page, LESSON), { timeout: 15_000 }).toBe(revisions.b);
    expect(downloads).toEqual(changed);
    expect(log.slice(since).filter((path) => path.startsWith('/_astro/'))).toEqual([]);
    expect(await page.getByText(NOTICE).count()).toBe(0);
    expect(watch.consoleErrors).toEqual([]);
    expect(watch.outsideRequests).toEqual([]);

    // The host is gone: every page of build B, and the 404 page for paths the site does not have.
    down = true;
    try {
      await page.goto(`${origin}${LESSON}`);
      await page.locator('.deploy-b').waitFor();
      await page.goto(`${origin}/stappen/5-align/`);
      await expect(page.locator('h1').innerText()).resolves.toMatch(/Align/);
      await page.goto(`${origin}/bestaat-niet/`);
      await expect(page.locator('h1').innerText()).resolves.toMatch(/Pagina niet gevonden/);
    } finally {
      down = false;
    }
    await context.close();
  });

  it('an open page offers the new version; the button loads it and keeps what was typed', async () => {
    await deploy('a');
    const context = await newContext(getBrowser(), { serviceWorkers: 'allow' });
    const watch = await watchContext(context, origin);
    const page = await context.newPage();
    await page.goto(`${origin}${LESSON}#werkblad`);
    await controlled(page);
    await page.locator('.worksheet[data-ready="true"]').waitFor();
    // The first visit installs the worker: that is no new version.
    await page.waitForTimeout(300);
    expect(await page.getByText(NOTICE).count()).toBe(0);

    const downloads = nextWorkerRequests(context);
    await deploy('b');
    const since = log.length;
    // The browser looks for a new worker (as on a navigation, or register-sw.js now and then).
    await page.evaluate(() => navigator.serviceWorker.getRegistration().then((r) => r?.update()));
    const notice = page.getByRole('status').filter({ hasText: NOTICE });
    await notice.waitFor();
    expect(downloads).toEqual(changed);
    expect(log.slice(since).filter((path) => path.startsWith('/_astro/'))).toEqual([]);
    // The page itself is still build A's until the reader chooses.
    expect(await page.locator('.deploy-b').count()).toBe(0);
    expect(await controllerRevision(page, LESSON)).toBe(revisions.a);

    // Accessible in light and dark mode.
    for (const theme of ['light', 'dark']) {
      await page.evaluate((theme) => (document.documentElement.dataset['theme'] = theme), theme);
      const results = await new AxeBuilder({ page }).include('.site-update').analyze();
      expect(results.violations.map((v) => `${theme}: ${v.id} ${v.help}`)).toEqual([]);
    }

    // The reader types, then loads the new version with the keyboard.
    const field = page.locator('#werkblad-ambition-invoer');
    await field.fill('Getypt vlak voor de nieuwe versie');
    const load = page.getByRole('button', { name: 'Nieuwe versie laden' });
    await load.focus();
    expect(await load.evaluate((el) => [el.matches(':focus-visible'), getComputedStyle(el).outlineStyle, getComputedStyle(el).outlineWidth])).toEqual([
      true,
      'solid',
      '3px',
    ]);
    await page.keyboard.press('Enter');
    await page.locator('.deploy-b').waitFor();
    await page.locator('.worksheet[data-ready="true"]').waitFor();
    await expect(field.inputValue()).resolves.toBe('Getypt vlak voor de nieuwe versie');
    expect(await controllerRevision(page, LESSON)).toBe(revisions.b);
    expect(await page.getByText(NOTICE).count()).toBe(0);
    expect(watch.consoleErrors).toEqual([]);
    expect(watch.outsideRequests).toEqual([]);
    await context.close();
  });
});
