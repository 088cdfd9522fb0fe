/* Service worker of Accountplan in 9 stappen (generated at build from src/integrations/sw-template.js). */
const VERSION = '__VERSION__';
const CACHE = `accountplan-${VERSION}`;
const URLS = ['__URLS__'];

self.addEventListener('install', (event) => {
  // All files of this build, or none: a half-filled cache is never used.
  event.waitUntil(caches.open(CACHE).then((cache) => cache.addAll(URLS)));
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    caches
      .keys()
      .then((keys) => Promise.all(keys.filter((k) => k.startsWith('accountplan-') && k !== CACHE).map((k) => caches.delete(k))))
      .then(() => self.clients.claim()),
  );
});

self.addEventListener('fetch', (event) => {
  const request = event.request;
  if (request.method !== 'GET') return;
  const url = new URL(request.url);
  if (url.origin !== self.location.origin || url.pathname.startsWith('/pagefind/')) return;
  event.respondWith(
    caches.open(CACHE).then(async (cache) => {
      // Same build, same files: answer from this worker's cache first.
      const path = url.pathname.endsWith('/') || url.pathname.includes('.') ? url.pathname : `${url.pathname}/`;
      const cached = await cache.match(path, { ignoreSearch: true });
      if (cached) return cached;
      try {
        return await fetch(request);
      } catch (error) {
        if (request.mode === 'navigate') {
          const notFound = await cache.match('/404.html');
          if (notFound) return notFound;
        }
        throw error;
      }
    }),
  );
});
