// Registers the service worker that keeps lessons, worksheets and the workbook usable offline, and
// tells a reader when a new version of the site is there (src/integrations/sw-worker.js).
if ('serviceWorker' in navigator && location.hostname !== 'localhost') {
  window.addEventListener('load', () => {
    const sw = navigator.serviceWorker;
    /** Asks a worker something; null when it does not answer (an older worker, or it stopped). */
    const ask = (worker, message) =>
      new Promise((resolve) => {
        const channel = new MessageChannel();
        channel.port1.onmessage = (event) => resolve(event.data);
        setTimeout(() => resolve(null), 2000);
        worker.postMessage(message, [channel.port2]);
      });
    // Which build's page this is: { url, revision } of what the worker served, asked right away.
    const page = sw.controller ? ask(sw.controller, { type: 'page' }) : Promise.resolve(null);
    let controller = sw.controller;
    let offered = false;
    /**
     * A new build is installed (waiting) or has taken over. If this page is the new build's own
     * page, nothing changes for the reader (and a waiting worker may take over); otherwise the
     * reader is offered the new version.
     */
    const check = async (registration, worker, waiting) => {
      const mine = await page;
      const theirs = mine && (await ask(worker, { type: 'revision', url: mine.url }));
      if (mine && theirs === mine.revision) {
        if (waiting) worker.postMessage({ type: 'skip-waiting' });
        return;
      }
      if (offered) return;
      offered = true;
      import('/site-update.js').then(
        (notice) => notice.offer(registration),
        () => (offered = false),
      );
    };
    sw.register('/sw.js').then(
      (registration) => {
        // No notice on the first visit: there is no controller yet.
        if (registration.waiting && sw.controller) check(registration, registration.waiting, true);
        registration.addEventListener('updatefound', () => {
          const worker = registration.installing;
          worker?.addEventListener('statechange', () => {
            if (worker.state === 'installed' && sw.controller) check(registration, worker, true);
          });
        });
        sw.addEventListener('controllerchange', () => {
          const previous = controller;
          controller = sw.controller;
          if (previous && controller) check(registration, controller, false);
        });
        // Tabs stay open for days: look for a new build when the tab comes back, at most every 10 minutes.
        let checked = Date.now();
        const update = () => {
          if (document.visibilityState !== 'visible' || Date.now() - checked < 600000) return;
          checked = Date.now();
          registration.update().catch(() => {});
        };
        document.addEventListener('visibilitychange', update);
        setInterval(update, 3600000);
      },
      () => {
        // No offline support (e.g. blocked by the browser); the site works as before.
      },
    );
  });
}
