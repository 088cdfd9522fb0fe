// The notice "Er is een nieuwe versie van deze site": loaded by register-sw.js when an open page is
// not the newest build's. Reloading is safe: the plan store writes what was typed on `pagehide`.
export function offer(registration) {
  if (document.querySelector('.site-update')) return;
  const box = document.createElement('div');
  box.className = 'site-update';
  // A status region that is in the page before its text, so screen readers announce the text.
  box.setAttribute('role', 'status');
  document.body.prepend(box);
  const style = document.createElement('link');
  style.rel = 'stylesheet';
  style.href = '/site-update.css';
  style.onload = style.onerror = () => fill(box, registration);
  document.head.append(style);
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
