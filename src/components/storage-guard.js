// Runs first in <head>. Where the browser blocks storage (privacy settings, some private modes),
// merely reading `window.localStorage` throws, which breaks Starlight's theme scripts. Put a
// memory-only Storage in its place, marked so the plan store knows nothing will be kept.
(function () {
  try {
    window.localStorage.getItem('accountplan:probe');
  } catch (error) {
    var data = new Map();
    var memory = {
      get length() { return data.size; },
      key: function (i) { return Array.from(data.keys())[i] ?? null; },
      getItem: function (k) { return data.has(String(k)) ? data.get(String(k)) : null; },
      setItem: function (k, v) { data.set(String(k), String(v)); },
      removeItem: function (k) { data.delete(String(k)); },
      clear: function () { data.clear(); },
      __memoryOnly: true,
    };
    try {
      Object.defineProperty(window, 'localStorage', { value: memory, configurable: true });
    } catch (e) {
      // Not replaceable: the plan store still detects blocked storage on its own.
    }
  }
})();
