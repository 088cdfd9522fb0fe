// Registers the service worker that keeps lessons, worksheets and the workbook usable offline
// (src/integrations/sw-worker.js). When a new build of the site arrives while this page is open,
// site-update.js (loaded only then) decides whether to tell the reader. The build minifies this file.
if ('serviceWorker' in navigator && location.hostname !== 'localhost') {
  window.addEventListener('load', () => {
    const sw = navigator.serviceWorker;
    let controller = sw.controller;
    // Which build's page this is ({ url, revision }), asked at once: the worker that served the
    // page remembers it only while it runs.
    const page = new Promise((resolve) => {
      if (!controller) return resolve(null);
      const channel = new MessageChannel();
      channel.port1.onmessage = (event) => resolve(event.data);
      setTimeout(resolve, 10000, null);
      controller.postMessage({ type: 'page' }, [channel.port2]);
    });
    sw.register('/sw.js').then(
      (registration) => {
        // Nothing to follow where registering is stubbed out (test browsers that block service workers).
        if (!registration) return;
        // A new worker is installed (waiting) or has taken over. Never on the first visit: no controller yet.
        const arrived = (worker, waiting) => {
          if (sw.controller) import('/site-update.js').then((update) => update.check(registration, worker, waiting, page));
        };
        const installing = (worker) => worker?.addEventListener('statechange', () => worker.state === 'installed' && arrived(worker, true));
        if (registration.waiting) arrived(registration.waiting, true);
        // The browser may have started installing it before this page registered (a navigation looks for one).
        installing(registration.installing);
        registration.addEventListener('updatefound', () => installing(registration.installing));
        sw.addEventListener('controllerchange', () => {
          const previous = controller;
          controller = sw.controller;
          if (previous) arrived(controller, false);
        });
        // Tabs stay open for days: look for a new build when the tab is shown again, at most every 10 minutes.
        let checked = Date.now();
        document.addEventListener('visibilitychange', () => {
          if (document.visibilityState !== 'visible' || Date.now() - checked < 600000) return;
          checked = Date.now();
          registration.update().catch(() => {});
        });
      },
      () => {
        // No offline support (e.g. blocked by the browser); the site works as before.
      },
    );
  });
}
