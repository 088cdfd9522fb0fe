import { AxeBuilder } from '@axe-core/playwright';
import { cp, mkdtemp, readdir, readFile, rename, rm, symlink, writeFile } from 'node:fs/promises';
import type { IncomingMessage, RequestListener, Server, ServerResponse } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { BrowserContext, Page, Worker } from 'playwright-core';
import { afterAll, beforeAll, describe, expect } from 'vitest';
import { changedEntries, precacheManifest } from '../../src/integrations/precache-manifest';
import { writeServiceWorker } from '../../src/integrations/service-worker';
import { it, watchContext } from './browser';
import { serveStatic } from '../../scripts/lib/static-server';

/**
 * A deploy, as a returning reader lives it. Build A is a copy of dist/. Build B is A with one
 * lesson's text changed and that lesson's worksheet code under a new name (as a code change
 * gives it), its service worker written again by the build's own step: B's sw.js differs from
 * A's in those two entries. A third folder is A with the service worker from before Workbox.
 * One local host serves a build; the folder it serves is swapped under it, as a static host
 * swaps a deploy.
 */

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
/** The worksheet island's chunk in build B, and the pages that load it. */
const RENAMED = '/_astro/Worksheet.DeployB1.js';
const pagesWithChunk: string[] = [];

beforeAll(async () => {
  const dist = new URL('../../dist/', import.meta.url).pathname;
  folder = await mkdtemp(join(tmpdir(), 'deploy-'));
  for (const name of ['a', 'b', 'legacy']) await cp(dist, join(folder, name), { recursive: true });

  // Build B: a sentence added to the lesson, and the worksheet island's chunk renamed in every
  // file (the pages that load it change with it; every lesson does).
  const b = join(folder, 'b');
  const lessonFile = join(b, LESSON, 'index.html');
  const html = await readFile(lessonFile, 'utf8');
  if (!html.includes('<h2 id="wat-je-leert">')) throw new Error(`${LESSON} has no "Wat je leert" heading to change`);
  await writeFile(lessonFile, html.replace('<h2 id="wat-je-leert">', '<p class="deploy-b">Nieuw in deze versie.</p><h2 id="wat-je-leert">'));
  const chunk = (await readdir(join(b, '_astro'))).find((f) => /^Worksheet\..*\.js$/.test(f));
  if (!chunk) throw new Error('No Worksheet chunk in dist/_astro');
  const renamed = RENAMED.slice('/_astro/'.length);
  await rename(join(b, '_astro', chunk), join(b, '_astro', renamed));
  for (const file of await readdir(b, { recursive: true })) {
    if (!/\.(html|js)$/.test(file) || file.startsWith('pagefind')) continue;
    const text = await readFile(join(b, file), 'utf8');
    if (!text.includes(chunk)) continue;
    await writeFile(join(b, file), text.replaceAll(chunk, renamed));
    if (file.endsWith('index.html')) pagesWithChunk.push(`/${file.replace(/index\.html$/, '')}`);
  }
  await writeServiceWorker(b);

  // The folder with the worker before Workbox: one cache per build, pages cache first.
  const a = (await precacheManifest(join(folder, 'a'))).entries;
  const fixture = (name: string) => readFile(new URL(`./fixtures/${name}`, import.meta.url), 'utf8');
  const legacy = (await fixture('legacy-sw.js')).replace("'__VERSION__'", '"0123456789ab"').replace("['__URLS__']", JSON.stringify(a.map((e) => e.url)));
  await writeFile(join(folder, 'legacy', 'sw.js'), legacy);
  await writeFile(join(folder, 'legacy', 'register-sw.js'), await fixture('legacy-register-sw.js'));

  const bEntries = (await precacheManifest(b)).entries;
  changed = changedEntries(a, bEntries).map((entry) => entry.url);
  revisions = { a: a.find((e) => e.url === LESSON)!.revision!, b: bEntries.find((e) => e.url === LESSON)!.revision! };

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
async function deploy(name: 'a' | 'b' | 'legacy') {
  await symlink(name, join(folder, 'next'));
  await rename(join(folder, 'next'), join(folder, 'live'));
}

/** Waits until a service worker controls the page. */
async function controlled(page: Page) {
  await page.evaluate(() => navigator.serviceWorker.ready);
  await expect.poll(() => page.evaluate(() => !!navigator.serviceWorker.controller)).toBe(true);
}

/** The revision of `url` in the build of the worker that controls the page (null: it does not answer). */
function controllerRevision(page: Page, url: string) {
  return page.evaluate(
    (url) =>
      new Promise<string | null>((resolve) => {
        const channel = new MessageChannel();
        channel.port1.onmessage = (event) => resolve(event.data as string | null);
        // A worker that does not know the question never answers: ask again (a busy machine may take seconds).
        setTimeout(resolve, 5000, null);
        navigator.serviceWorker.controller!.postMessage({ type: 'revision', url }, [channel.port2]);
      }),
    url,
  );
}

/**
 * The next service worker that starts in `context` (the new build's), and the paths it requests:
 * until it controls a page, these are its precache downloads.
 */
function nextWorker(context: BrowserContext) {
  const requests: string[] = [];
  let next: Worker | undefined;
  const started = new Promise<Worker>((resolve) =>
    context.once('serviceworker', (worker) => {
      next = worker;
      resolve(worker);
    }),
  );
  context.on('request', (request) => {
    if (next && request.serviceWorker() === next) requests.push(new URL(request.url()).pathname);
  });
  /**
   * Waits until it is the active worker. Asked in the worker itself: questions to the old worker
   * would be events that keep it busy, and Chrome lets a new worker take over once the old one is idle.
   */
  const activated = async (...pages: Page[]) => {
    const worker = await started;
    const isActive = () =>
      worker.evaluate(() => {
        const registration = (self as unknown as { registration: ServiceWorkerRegistration }).registration;
        return !registration.installing && !registration.waiting && registration.active?.state === 'activated';
      });
    try {
      await expect.poll(isActive, { timeout: 30_000, interval: 250 }).toBe(true);
    } catch (error) {
      // What each page sees, to tell a worker that never took over from a page that never asked it to.
      const seen = await Promise.all(
        pages.map((page) =>
          page.evaluate(async () => {
            const r = await navigator.serviceWorker.getRegistration();
            return {
              url: location.href,
              installing: r?.installing?.state,
              waiting: r?.waiting?.state,
              active: r?.active?.state,
              notice: !!document.querySelector('.site-update'),
            };
          }),
        ),
      );
      throw new Error(`The new worker did not take over: ${JSON.stringify(seen)}`, { cause: error });
    }
  };
  return { requests, activated };
}

describe('a deploy reaches a returning reader', () => {
  it('build B changes one lesson and the worksheet chunk: its precache manifest differs in those files only', () => {
    expect(pagesWithChunk).toContain(LESSON);
    expect(changed).toEqual([RENAMED, ...pagesWithChunk].sort());
    expect(revisions.a).not.toBe(revisions.b);
  });

  it('a reload shows the new page at once; the new worker downloads only the changed files and serves build B offline', async ({ openContext }) => {
    await deploy('a');
    const context = await openContext({ serviceWorkers: 'allow' });
    const watch = await watchContext(context, origin);
    const page = await context.newPage();
    await page.goto(`${origin}${LESSON}`);
    await controlled(page);
    expect(await controllerRevision(page, LESSON)).toBe(revisions.a);

    const next = nextWorker(context);
    await deploy('b');
    const since = log.length;
    await page.reload();
    await page.locator('.deploy-b').waitFor();
    // The new worker installs; the open page is already build B's, so it takes over without a notice.
    await next.activated(page);
    await expect.poll(() => controllerRevision(page, LESSON), { timeout: 30_000 }).toBe(revisions.b);
    expect(next.requests.sort()).toEqual(changed);
    // Not one of the unchanged /_astro/ files: neither the old worker nor the new one asked for them.
    expect(log.slice(since).filter((path) => path.startsWith('/_astro/'))).toEqual([RENAMED]);
    expect(await page.getByText(NOTICE).count()).toBe(0);
    // A folder without its slash still arrives at its page (the host's redirect passes the worker).
    await page.goto(`${origin}/stappen/5-align`);
    expect(page.url()).toBe(`${origin}/stappen/5-align/`);
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

  it('an open page offers the new version; the button loads it and keeps what was typed', async ({ openContext }) => {
    await deploy('a');
    const context = await openContext({ serviceWorkers: 'allow' });
    const watch = await watchContext(context, origin);
    const page = await context.newPage();
    await page.goto(`${origin}${LESSON}#werkblad`);
    await controlled(page);
    await page.locator('.worksheet[data-ready="true"]').waitFor();
    // The first visit installs the worker: that is no new version. Once nothing is installing or
    // waiting, the page has nothing more to say about workers.
    await expect
      .poll(
        () =>
          page.evaluate(async () => navigator.serviceWorker.getRegistration().then((r) => !r?.installing && !r?.waiting && r?.active?.state === 'activated')),
        { timeout: 30_000 },
      )
      .toBe(true);
    expect(await page.getByText(NOTICE).count()).toBe(0);

    const next = nextWorker(context);
    await deploy('b');
    const since = log.length;
    // The browser looks for a new worker (as on a navigation, or register-sw.js now and then).
    await page.evaluate(() => navigator.serviceWorker.getRegistration().then((r) => r?.update()));
    const notice = page.getByRole('status').filter({ hasText: NOTICE });
    await notice.waitFor();
    expect(next.requests.sort()).toEqual(changed);
    expect(log.slice(since).filter((path) => path.startsWith('/_astro/'))).toEqual([RENAMED]);
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
    await expect.poll(() => controllerRevision(page, LESSON), { timeout: 30_000 }).toBe(revisions.b);
    expect(await page.getByText(NOTICE).count()).toBe(0);
    expect(watch.consoleErrors).toEqual([]);
    expect(watch.outsideRequests).toEqual([]);
    await context.close();
  });

  it('a page left open on build A is told when another tab brought build B, and keeps loading its own code, offline too', async ({ openContext }) => {
    await deploy('a');
    const context = await openContext({ serviceWorkers: 'allow' });
    const watch = await watchContext(context, origin);
    const old = await context.newPage();
    await old.goto(`${origin}${LESSON}`);
    await controlled(old);

    const next = nextWorker(context);
    await deploy('b');
    const fresh = await context.newPage();
    await fresh.goto(`${origin}${LESSON}`);
    await fresh.locator('.deploy-b').waitFor();
    // The fresh tab is build B's page: the new worker takes over without asking; the old tab is told.
    await next.activated(old, fresh);
    await expect.poll(() => controllerRevision(fresh, LESSON), { timeout: 30_000 }).toBe(revisions.b);
    await old.getByRole('status').filter({ hasText: NOTICE }).waitFor();
    expect(await fresh.getByText(NOTICE).count()).toBe(0);

    // Offline, the old page's worksheet still loads build A's chunk, which build B no longer has.
    down = true;
    try {
      await old.locator('#werkblad').scrollIntoViewIfNeeded();
      await old.locator('.worksheet[data-ready="true"]').waitFor({ timeout: 30_000 });
    } finally {
      down = false;
    }
    expect(watch.consoleErrors).toEqual([]);
    await context.close();
  });

  it('a reader of the worker before Workbox gets the new build on the next page, without closing tabs', async ({ openContext }) => {
    await deploy('legacy');
    const context = await openContext({ serviceWorkers: 'allow' });
    const page = await context.newPage();
    await page.goto(`${origin}${LESSON}`);
    await controlled(page);
    expect(await page.evaluate(() => caches.keys())).toEqual(['accountplan-0123456789ab']);

    const next = nextWorker(context);
    await deploy('b');
    // The old worker answers this reload from its cache; meanwhile the new worker installs and takes over.
    await page.reload();
    expect(await page.locator('.deploy-b').count()).toBe(0);
    await next.activated(page);
    // The page hears of its new controller a moment after the worker is active.
    await expect.poll(() => controllerRevision(page, LESSON), { timeout: 30_000 }).toBe(revisions.b);
    await page.reload();
    await page.locator('.deploy-b').waitFor();
    expect((await page.evaluate(() => caches.keys())).filter((name) => /^accountplan-[0-9a-f]{12}$/.test(name))).toEqual([]);
    await context.close();
  });
});
