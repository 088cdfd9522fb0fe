// Loaded by register-sw.js when a new build's service worker is installed (`waiting`) or has taken
// over while this page is open. If this page is byte for byte the new build's page, nothing changes
// for the reader (and a waiting worker may take over). Otherwise the reader sees "Er is een nieuwe
// versie van deze site" with a button that reloads: safe, because the plan store writes what was
// typed on `pagehide`. The build minifies this file.

/** Asks a worker something; null when it does not answer (an older worker, or it stopped). */
function ask(worker, message) {
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = (event) => resolve(event.data);
    setTimeout(resolve, 10000, null);
    worker.postMessage(message, [channel.port2]);
  });
}

let offered = false;

/**
 * @param {ServiceWorkerRegistration} registration
 * @param {ServiceWorker} worker the new build's worker
 * @param {boolean} waiting whether it still waits (else it controls this page already)
 * @param {Promise<{ url: string, revision: string } | null>} page what the worker that served this page served
 */
export async function check(registration, worker, waiting, page) {
  const mine = await page;
  const theirs = mine && (await ask(worker, { type: 'revision', url: mine.url }));
  if (mine && theirs === mine.revision) {
    if (waiting) worker.postMessage({ type: 'skip-waiting' });
    return;
  }
  if (offered) return;
  offered = true;
  offer(registration);
}

function offer(registration) {
  const box = document.createElement('div');
  box.className = 'site-update';
  // A status region that is in the page before its text, so screen readers announce the text.
  box.setAttribute('role', 'status');
  document.body.prepend(box);
  // Its styles are in the site's stylesheet: a stylesheet fetched now, through the old worker, kept
  // Chrome from letting the new worker take over (seen in the deploy story).
  fill(box, registration);
}

function fill(box, registration) {
  const text = document.createElement('p');
  text.textContent = 'Er is een nieuwe versie van deze site. Wat je hebt ingevuld, blijft bewaard.';
  const load = document.createElement('button');
  load.type = 'button';
  load.className = 'primary';
  load.textContent = 'Nieuwe versie laden';
  load.addEventListener('click', () => {
    load.setAttribute('aria-disabled', 'true');
    const reload = () => location.reload();
    const waiting = registration.waiting;
    if (!waiting) return reload();
    // Let the new worker take over first, so the reloaded page and its files are the new build's.
    navigator.serviceWorker.addEventListener('controllerchange', reload, { once: true });
    waiting.postMessage({ type: 'skip-waiting' });
    // Should it not take over, a reload still shows the newest pages (network first).
    setTimeout(reload, 3000);
  });
  const later = document.createElement('button');
  later.type = 'button';
  later.textContent = 'Later';
  later.addEventListener('click', () => {
    box.remove();
    document.documentElement.classList.remove('has-site-update');
  });
  box.append(text, load, later);
  document.documentElement.classList.add('has-site-update');
}
