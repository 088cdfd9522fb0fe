/*
 * Service worker of Accountplan in 9 stappen. src/integrations/service-worker.ts bundles this file
 * with Workbox's precaching (esbuild) into dist/sw.js and puts the build's precache manifest in
 * place of `self.__WB_MANIFEST`: every file of the build with a revision (a hash of its content;
 * files under /_astro/ carry theirs in their name).
 *
 * - Install: Workbox fetches only the files whose URL or revision this browser does not have yet,
 *   so a new build costs what changed. All or nothing: one failed file and this worker is dropped.
 * - Activate: files the build no longer has are removed, except the previous build's /_astro/
 *   files, kept until the next build: a page of that build still open in another tab keeps
 *   loading its own code (offline too). The worker takes over open pages.
 * - Fetch: /_astro/ from the precache first (immutable), then the kept files. Pages and other
 *   files from the network first, the precache when the network fails or takes longer than 3 s.
 *   Online a reload is the newest build; offline every page and its assets come from one build.
 * - A new worker waits while pages are open. register-sw.js asks how its page was served and what
 *   the new build has for it: an open page that is already the new build lets the new worker take
 *   over at once; any other shows "Er is een nieuwe versie van deze site" (site-update.js).
 */
import { PrecacheController } from 'workbox-precaching/PrecacheController.js';
import { NETWORK_TIMEOUT_MS, NOT_FOUND_URL, networkFirst, precacheURL, revisionOf, routeFor } from './offline-routes';

/** @type {Array<{ url: string, revision: string | null }>} */
const MANIFEST = self.__WB_MANIFEST;
const precache = new PrecacheController();
precache.addToCacheList(MANIFEST);
/** Revision of every precached URL in this build (null: the URL carries its own hash). */
const revisions = new Map(MANIFEST.map((entry) => [entry.url, entry.revision]));
/** Caches of the service worker before Workbox: one per build, named after a hash of the build. */
const LEGACY_CACHE = /^accountplan-[0-9a-f]{12}$/;
/** The /_astro/ files of the build before this one that this build no longer has. */
const PREVIOUS_ASSETS = 'accountplan-previous-assets';

self.addEventListener('install', (event) => {
  precache.install(event);
  // Pages of the old worker cannot show the notice: take over from it at once.
  event.waitUntil(caches.keys().then((keys) => (keys.some((key) => LEGACY_CACHE.test(key)) ? self.skipWaiting() : undefined)));
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    (async () => {
      await removeOutdated();
      // The browser starts a page's request while the worker starts up.
      await self.registration.navigationPreload?.enable();
      await self.clients.claim();
    })(),
  );
});

self.addEventListener('fetch', (event) => {
  const { request } = event;
  const url = new URL(request.url);
  const route = routeFor(request.method, url, self.location.origin);
  if (route === 'asset') event.respondWith(asset(request, url));
  else if (route === 'page') event.respondWith(page(event, url));
});

/**
 * Workbox's cleanup (PrecacheController.activate), except that the previous build's /_astro/
 * files move to PREVIOUS_ASSETS instead of going, replacing the ones kept from the build before.
 * The caches of the worker before Workbox go the same way.
 */
async function removeOutdated() {
  const expected = new Set(precache.getURLsToCacheKeys().values());
  const previous = await caches.open(PREVIOUS_ASSETS);
  for (const request of await previous.keys()) await previous.delete(request);
  const legacy = (await caches.keys()).filter((name) => LEGACY_CACHE.test(name));
  for (const name of [precache.strategy.cacheName, ...legacy]) {
    const cache = await caches.open(name);
    for (const request of await cache.keys()) {
      if (expected.has(request.url)) continue;
      if (new URL(request.url).pathname.startsWith('/_astro/')) {
        const response = await cache.match(request);
        if (response) await previous.put(request, response);
      }
      if (!legacy.includes(name)) await cache.delete(request);
    }
  }
  for (const name of legacy) await caches.delete(name);
}

/**
 * A file under /_astro/: this build's precache, else any cache that has it (files under /_astro/
 * never change under one name): PREVIOUS_ASSETS, or the previous build's precache entry before
 * removeOutdated ran. Chrome hands a worker that was told to skip waiting the fetches of the pages
 * it takes over before its `activate` event, while a page of the previous build may still load code.
 * @param {Request} request @param {URL} url
 */
async function asset(request, url) {
  return (await precache.matchPrecache(url.pathname)) ?? (await caches.match(url.pathname)) ?? fetch(request);
}

/** @param {FetchEvent} event @param {URL} url */
async function page(event, url) {
  const { request } = event;
  const navigate = request.mode === 'navigate';
  let key = precacheURL(url);
  const served = await networkFirst({
    network: navigate ? event.preloadResponse.then((preloaded) => preloaded ?? fetch(request)) : fetch(request),
    cached: () => precache.matchPrecache(key),
    fallback: navigate
      ? () => {
          key = NOT_FOUND_URL;
          return precache.matchPrecache(NOT_FOUND_URL);
        }
      : undefined,
    timeoutMs: NETWORK_TIMEOUT_MS,
  });
  if (navigate && event.resultingClientId) remember(event, key, served);
  return served.response;
}

/**
 * Which build's page each open page is, by client id: the URL and revision of what it was served
 * (from the network: the SHA-256 of the body). register-sw.js asks for it.
 * @type {Map<string, Promise<{ url: string, revision: string } | null>>}
 */
const pages = new Map();

/** @param {FetchEvent} event @param {string} key @param {import('./offline-routes').Served} served */
function remember(event, key, { response, source }) {
  let record = Promise.resolve(null);
  if (source === 'cache') {
    const revision = revisions.get(key);
    if (revision) record = Promise.resolve({ url: key, revision });
  } else if (response.type === 'basic' && (response.status === 200 || response.status === 404)) {
    const url = response.status === 404 ? NOT_FOUND_URL : key;
    if (revisions.get(url)) {
      record = response
        .clone()
        .arrayBuffer()
        .then(revisionOf)
        .then((revision) => ({ url, revision }))
        .catch(() => null);
    }
  }
  pages.set(event.resultingClientId, record);
  if (pages.size > 50) pages.delete(pages.keys().next().value);
  event.waitUntil(record);
}

self.addEventListener('message', (event) => {
  const data = event.data ?? {};
  const port = event.ports[0];
  if (data.type === 'skip-waiting') {
    self.skipWaiting();
  } else if (data.type === 'page' && port) {
    const id = event.source && 'id' in event.source ? event.source.id : '';
    event.waitUntil((pages.get(id) ?? Promise.resolve(null)).then((record) => port.postMessage(record)));
  } else if (data.type === 'revision' && port) {
    port.postMessage(revisions.get(data.url) ?? null);
  }
});
