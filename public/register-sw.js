// Registers the service worker that keeps lessons, worksheets and the workbook usable offline.
if ('serviceWorker' in navigator && location.hostname !== 'localhost') {
  window.addEventListener('load', () => {
    navigator.serviceWorker.register('/sw.js').catch(() => {
      // No offline support (e.g. blocked by the browser); the site works as before.
    });
  });
}
