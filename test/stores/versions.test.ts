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
    const versions = createVersionStore(store.versionHost);
    store.renamePlan('Lindenhof');
    store.setField('envision', 'ambition', 'Versie van maart');
    expect(versions.saveVersion('na klantgesprek 12 maart')).toMatchObject({ ok: true });
    store.setField('envision', 'ambition', 'Later aangepast');
    store.flush();
    const planId = store.$activePlan.get()!.id;

    const reloaded = open(area.tab());
    const reloadedVersions = createVersionStore(reloaded.versionHost);
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
    const versions = createVersionStore(store.versionHost);
    const planId = store.$activePlan.get()!.id;
    for (let i = 0; i < 30; i++) expect(versions.saveVersion(`v${i}`).ok).toBe(true);
    expect(versions.saveVersion('een te veel')).toMatchObject({ ok: false, message: expect.stringMatching(/Verwijder eerst een oude versie/) });
    versions.deleteVersion(planId, versions.versionsOf(planId)[0]!.id);
    expect(versions.versionsOf(planId)).toHaveLength(29);
    expect(versions.saveVersion('weer ruimte').ok).toBe(true);
  });

  it('clears the versions of a plan deleted in an earlier visit, and keeps those that undo can still bring back', () => {
    const area = new FakeStorageArea();
    const store = open(area.tab());
    const versions = createVersionStore(store.versionHost);
    const kept = store.$activePlan.get()!.id;
    expect(versions.saveVersion('van het plan dat blijft').ok).toBe(true);
    const gone = store.createNewPlan('Weg').id;
    store.switchPlan(gone);
    expect(versions.saveVersion('van het plan dat weggaat').ok).toBe(true);
    store.deletePlan(gone);
    store.flush();
    // Undo is still possible on this page: its versions stay.
    expect(versions.removeOrphans()).toBe(0);
    expect(area.tab().getItem(`accountplan:versies:${gone}`)).not.toBeNull();

    // A later visit: the deleted plan cannot come back, so its versions go; the others stay.
    const later = open(area.tab());
    const laterVersions = createVersionStore(later.versionHost);
    expect(laterVersions.removeOrphans()).toBe(1);
    expect(area.tab().getItem(`accountplan:versies:${gone}`)).toBeNull();
    expect(laterVersions.versionsOf(kept).map((v) => v.note)).toEqual(['van het plan dat blijft']);
    expect(laterVersions.removeOrphans()).toBe(0);
  });

  it('clears the feedback a deleted plan received in a later visit, and keeps the feedback of plans that exist and the trainer drafts on shared plans', () => {
    const area = new FakeStorageArea();
    const store = open(area.tab());
    const kept = store.$activePlan.get()!.id;
    const gone = store.createNewPlan('Weg').id;
    const raw = area.tab();
    raw.setItem(`accountplan:feedback:${kept}`, '{"version":1,"received":[]}');
    raw.setItem(`accountplan:feedback:${gone}`, '{"version":1,"received":[]}');
    raw.setItem('accountplan:feedback-concept:gedeeld-plan', '{"overall":"half af"}');
    store.deletePlan(gone);
    store.flush();
    expect(createVersionStore(store.versionHost).removeOrphans()).toBe(0);
    expect(raw.getItem(`accountplan:feedback:${gone}`)).not.toBeNull();

    const later = open(area.tab());
    expect(createVersionStore(later.versionHost).removeOrphans()).toBe(1);
    expect(raw.getItem(`accountplan:feedback:${gone}`)).toBeNull();
    expect(raw.getItem(`accountplan:feedback:${kept}`)).not.toBeNull();
    expect(raw.getItem('accountplan:feedback-concept:gedeeld-plan')).toBe('{"overall":"half af"}');
  });

  it('leaves the versions of a plan another tab has stored but this tab does not list yet', () => {
    const area = new FakeStorageArea();
    const store = open(area.tab());
    const versions = createVersionStore(store.versionHost);
    const other = area.tab();
    other.setItem('accountplan:plan:van-elders', JSON.stringify({ schemaVersion: 1, id: 'van-elders' }));
    other.setItem('accountplan:versies:van-elders', '[]');
    expect(versions.removeOrphans()).toBe(0);
    expect(other.getItem('accountplan:versies:van-elders')).toBe('[]');
  });
});
