// Runs first in <head>. Where the browser blocks storage (privacy settings, some private modes),
// merely reading `window.localStorage` throws, which breaks Starlight's theme scripts. Put a
// memory-only Storage in its place, marked so the plan store knows nothing will be kept.
// Where reading works but writing throws (storage full, some private modes), Starlight's theme
// picker throws on every page when it stores the theme: a failed write of a key that is not ours
// is let go (the theme then lasts for the page). Our own keys still throw, so the plan store can
// tell the reader that nothing was saved.
(function () {
  try {
    window.localStorage.getItem('accountplan:probe');
  } catch (error) {
    var data = new Map();
    var memory = {
      get length() {
        return data.size;
      },
      key: function (i) {
        return Array.from(data.keys())[i] ?? null;
      },
      getItem: function (k) {
        return data.has(String(k)) ? data.get(String(k)) : null;
      },
      setItem: function (k, v) {
        data.set(String(k), String(v));
      },
      removeItem: function (k) {
        data.delete(String(k));
      },
      clear: function () {
        data.clear();
      },
      __memoryOnly: true,
    };
    try {
      Object.defineProperty(window, 'localStorage', { value: memory, configurable: true });
    } catch (e) {
      // Not replaceable: the plan store still detects blocked storage on its own.
    }
    return;
  }
  try {
    var proto = window.Storage.prototype;
    var setItem = proto.setItem;
    proto.setItem = function (key, value) {
      try {
        return setItem.call(this, key, value);
      } catch (e) {
        if (String(key).indexOf('accountplan:') === 0) throw e;
      }
    };
  } catch (e) {
    // No Storage to guard.
  }
})();
