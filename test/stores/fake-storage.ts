/**
 * An in-memory Web Storage for tests. Several "tabs" can share one backing map; a write in one
 * tab fires a `storage` event in the others, like browsers do. A quota (in characters) makes
 * writes fail with a QuotaExceededError.
 */
export class FakeStorageArea {
  readonly data = new Map<string, string>();
  quota = Infinity;
  readonly tabs: FakeTab[] = [];
  /** Browsers deliver storage events later, as a task; set this to hold them until {@link deliver}. */
  deferEvents = false;
  readonly pending: Array<() => void> = [];

  deliver(): void {
    for (const send of this.pending.splice(0)) send();
  }

  tab(): FakeTab {
    const tab = new FakeTab(this);
    this.tabs.push(tab);
    return tab;
  }

  used(): number {
    let n = 0;
    for (const [k, v] of this.data) n += k.length + v.length;
    return n;
  }
}

class QuotaError extends Error {
  override name = 'QuotaExceededError';
}

export class FakeTab implements Storage {
  readonly events = new EventTarget();
  constructor(private readonly area: FakeStorageArea) {}

  get length() {
    return this.area.data.size;
  }
  key(i: number) {
    return [...this.area.data.keys()][i] ?? null;
  }
  getItem(key: string) {
    return this.area.data.get(key) ?? null;
  }
  setItem(key: string, value: string) {
    const old = this.area.data.get(key) ?? null;
    const growth = (old === null ? key.length : 0) + value.length - (old?.length ?? 0);
    if (this.area.used() + growth > this.area.quota) throw new QuotaError('The quota has been exceeded.');
    this.area.data.set(key, String(value));
    this.broadcast(key, old, String(value));
  }
  removeItem(key: string) {
    const old = this.area.data.get(key) ?? null;
    if (this.area.data.delete(key)) this.broadcast(key, old, null);
  }
  clear() {
    this.area.data.clear();
    this.broadcast(null, null, null);
  }

  private broadcast(key: string | null, oldValue: string | null, newValue: string | null) {
    for (const tab of this.area.tabs) {
      if (tab === this) continue;
      const event = new Event('storage') as Event & { key: string | null; oldValue: string | null; newValue: string | null };
      Object.assign(event, { key, oldValue, newValue });
      if (this.area.deferEvents) this.area.pending.push(() => tab.events.dispatchEvent(event));
      else tab.events.dispatchEvent(event);
    }
  }
}
