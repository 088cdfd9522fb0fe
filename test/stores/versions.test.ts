import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createPlanStore } from '../../src/stores/plan-store';
import { createVersionStore } from '../../src/stores/versions';
import { FakeStorageArea, type FakeTab } from './fake-storage';

function open(tab: FakeTab) {
  const store = createPlanStore({ storage: () => tab, events: tab.events, saveDelay: 300 });
  store.load();
  return store;
}

beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  vi.useRealTimers();
});

describe('versions', () => {
  it('saves a named snapshot, keeps it across a reload, and restores it as a new plan', () => {
    const area = new FakeStorageArea();
    const store = open(area.tab());
    const versions = createVersionStore(store);
    store.renamePlan('Lindenhof');
    store.setField('envision', 'ambition', 'Versie van maart');
    expect(versions.saveVersion('na klantgesprek 12 maart')).toMatchObject({ ok: true });
    store.setField('envision', 'ambition', 'Later aangepast');
    store.flush();
    const planId = store.$activePlan.get()!.id;

    const reloaded = open(area.tab());
    const reloadedVersions = createVersionStore(reloaded);
    const [version] = reloadedVersions.versionsOf(planId);
    expect(version).toMatchObject({ note: 'na klantgesprek 12 maart' });
    expect(version!.plan.envision.ambition).toBe('Versie van maart');

    const restored = reloadedVersions.restoreVersion(planId, version!.id)!;
    expect(restored.name).toBe('Lindenhof (versie: na klantgesprek 12 maart)');
    expect(restored.envision.ambition).toBe('Versie van maart');
    expect(reloaded.$plans.get().find((p) => p.id === planId)!.envision.ambition).toBe('Later aangepast');
  });

  it('can be deleted, and stop at a maximum so storage stays free for plans', () => {
    const store = open(new FakeStorageArea().tab());
    const versions = createVersionStore(store);
    const planId = store.$activePlan.get()!.id;
    for (let i = 0; i < 30; i++) expect(versions.saveVersion(`v${i}`).ok).toBe(true);
    expect(versions.saveVersion('een te veel')).toMatchObject({ ok: false, message: expect.stringMatching(/Verwijder eerst een oude versie/) });
    versions.deleteVersion(planId, versions.versionsOf(planId)[0]!.id);
    expect(versions.versionsOf(planId)).toHaveLength(29);
    expect(versions.saveVersion('weer ruimte').ok).toBe(true);
  });
});
