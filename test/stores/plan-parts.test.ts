import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { readPlan } from '../../src/plan/model/migrations';
import { KEYS, planKey } from '../../src/stores/keys';
import { createPlanStore } from '../../src/stores/plan-store';
import { PART_MIN } from '../../src/stores/plan-parts';
import { createVersionStore } from '../../src/stores/versions';
import { FakeStorageArea, type FakeTab } from './fake-storage';

/**
 * Issue 26 §5: a save writes what changed. A big section is stored under a key of its own, so
 * typing in one section of a big plan writes that section and the plan's small key, not the
 * whole plan; and whatever happens, the plan reads back whole.
 */

function open(tab: FakeTab) {
  const store = createPlanStore({ storage: () => tab, events: tab.events, saveDelay: 300 });
  store.load();
  return store;
}

const big = (word: string) => `${word} `.repeat(Math.ceil((PART_MIN + 100) / (word.length + 1))).trim();
const partKeys = (area: FakeStorageArea) => [...area.data.keys()].filter((k) => k.startsWith(KEYS.partPrefix)).sort();

/**
 * The code that writes parts loads when a plan first gets big (its first save is whole): load it,
 * so the next save writes parts.
 */
async function partsLoaded(store: ReturnType<typeof open>): Promise<void> {
  store.setField('envision', 'attitudeNote', big('houding'));
  store.flush();
  await vi.dynamicImportSettled();
}

/** Records the keys written to the area. */
function watchWrites(area: FakeStorageArea): string[] {
  const written: string[] = [];
  const set = area.data.set.bind(area.data);
  area.data.set = (key: string, value: string) => {
    written.push(key);
    return set(key, value);
  };
  return written;
}

beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  vi.useRealTimers();
});

describe('a big plan is stored in parts', () => {
  it('typing in one section writes that section and the plan key only, and the old revision goes', async () => {
    const area = new FakeStorageArea();
    const store = open(area.tab());
    const id = store.$activePlan.get()!.id;
    await partsLoaded(store);
    store.setField('envision', 'attitudeNote', '');
    store.setField('envision', 'ambition', big('ambitie'));
    store.setField('discover', 'strategy', big('situatie'));
    store.flush();
    const before = partKeys(area);
    expect(before).toHaveLength(2);
    const written = watchWrites(area);
    store.setField('envision', 'ambition', `${big('ambitie')} en meer`);
    store.flush();
    expect(written.sort()).toEqual([planKey(id), expect.stringMatching(new RegExp(`^${KEYS.partPrefix}${id}:envision:`))].sort());
    // The discover part is the same revision; the envision part has a new one, the old is removed.
    const after = partKeys(area);
    expect(after).toHaveLength(2);
    expect(after.filter((k) => before.includes(k))).toEqual(before.filter((k) => k.includes(':discover:')));
    expect(area.data.get(planKey(id))!.length).toBeLessThan(PART_MIN);
    expect(open(area.tab()).$activePlan.get()).toEqual(store.$activePlan.get());
  });

  it('a big plan is written whole until the code for parts is here, and reads back', () => {
    const area = new FakeStorageArea();
    const store = open(area.tab());
    store.setField('envision', 'ambition', big('ambitie'));
    store.flush();
    const plan = store.$activePlan.get()!;
    expect(area.data.get(planKey(plan.id))).toBe(JSON.stringify(plan));
    expect(open(area.tab()).$activePlan.get()).toEqual(plan);
  });

  it('a plan of ordinary size is stored whole, as before', () => {
    const area = new FakeStorageArea();
    const store = open(area.tab());
    store.setField('envision', 'ambition', 'Vaste partner worden.');
    store.flush();
    const plan = store.$activePlan.get()!;
    expect(area.data.get(planKey(plan.id))).toBe(JSON.stringify(plan));
    expect(partKeys(area)).toEqual([]);
  });

  it('reads as a plan from a newer version to code that does not know parts, so that code leaves it alone', async () => {
    const area = new FakeStorageArea();
    const store = open(area.tab());
    await partsLoaded(store);
    store.setField('envision', 'ambition', big('ambitie'));
    store.flush();
    const head = JSON.parse(area.data.get(planKey(store.$activePlan.get()!.id))!);
    expect(readPlan(head)).toMatchObject({ ok: false, reason: 'newer' });
  });

  it('storage full while writing parts leaves the stored plan whole and no parts behind', async () => {
    const area = new FakeStorageArea();
    const store = open(area.tab());
    await partsLoaded(store);
    const id = store.$activePlan.get()!.id;
    store.setField('envision', 'ambition', big('eerste'));
    store.flush();
    const stored = area.data.get(planKey(id));
    const parts = partKeys(area);
    area.quota = area.used() + PART_MIN / 2;
    store.setField('envision', 'ambition', big('tweede'));
    store.setField('discover', 'strategy', big('situatie'));
    store.flush();
    expect(store.$status.get().state).toBe('failed');
    expect(area.data.get(planKey(id))).toBe(stored);
    expect(partKeys(area)).toEqual(parts);
    expect(open(area.tab()).$activePlan.get()!.envision.ambition).toBe(big('eerste'));
  });

  it('two tabs typing in different big sections: both texts stay, and only named parts are left', async () => {
    const area = new FakeStorageArea();
    const [a, b] = [open(area.tab()), open(area.tab())];
    await Promise.all([a.mergeReady(), b.mergeReady(), partsLoaded(a), partsLoaded(b)]);
    const id = a.$activePlan.get()!.id;
    a.setField('envision', 'ambition', big('eerst'));
    a.flush();
    area.deferEvents = true;
    a.setField('envision', 'ambition', big('van-a'));
    b.setField('discover', 'strategy', big('van-b'));
    a.flush();
    b.flush();
    area.deliver();
    a.flush();
    const reloaded = open(area.tab()).$activePlan.get()!;
    expect(reloaded.envision.ambition).toBe(big('van-a'));
    expect((reloaded.discover as Record<string, unknown>)['strategy']).toBe(big('van-b'));
    const named = Object.values(JSON.parse(area.data.get(planKey(id))!) as Record<string, { $deel?: string }>)
      .map((v) => v?.$deel)
      .filter(Boolean);
    expect(partKeys(area).map((k) => k.split(':').at(-1))).toEqual(expect.arrayContaining(named as string[]));
    expect(partKeys(area)).toHaveLength(named.length);
  });

  it('a part that is missing: the plan and what is left of it are kept aside, never read as empty', async () => {
    const area = new FakeStorageArea();
    const store = open(area.tab());
    await partsLoaded(store);
    store.setField('envision', 'attitudeNote', '');
    const id = store.$activePlan.get()!.id;
    store.setField('envision', 'ambition', big('ambitie'));
    store.setField('discover', 'strategy', big('situatie'));
    store.flush();
    const [first, second] = partKeys(area);
    const left = area.data.get(second!)!;
    area.data.delete(first!);
    const reloaded = open(area.tab());
    await vi.dynamicImportSettled();
    expect(reloaded.$plans.get().map((p) => p.id)).not.toContain(id);
    const aside = [...area.data.entries()].filter(([k]) => k.startsWith(KEYS.keptAsidePrefix)).map(([, v]) => v);
    expect(aside).toContain(left);
    expect(partKeys(area)).toEqual([]);
  });

  it('deleting a plan removes its parts; the workbook clears parts of plans that are gone', async () => {
    const area = new FakeStorageArea();
    const store = open(area.tab());
    await partsLoaded(store);
    store.setField('envision', 'attitudeNote', '');
    store.setField('envision', 'ambition', big('ambitie'));
    store.flush();
    expect(partKeys(area)).toHaveLength(1);
    store.deletePlan(store.$activePlan.get()!.id);
    await vi.dynamicImportSettled();
    expect(partKeys(area)).toEqual([]);
    area.data.set(`${KEYS.partPrefix}weg:envision:r1`, '{}');
    createVersionStore(open(area.tab()).versionHost).removeOrphans();
    expect(partKeys(area)).toEqual([]);
  });
});
