import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { PLAN_SCHEMA_VERSION, type Plan } from '../../src/plan/model/schema';
import { createPlan } from '../../src/plan/model/plan';
import { LIMITS } from '../../src/plan/model/limits';
import { KEYS, planKey } from '../../src/stores/keys';
import { createPlanStore, type Environment } from '../../src/stores/plan-store';
import { FakeStorageArea, type FakeTab } from './fake-storage';

function open(tab: FakeTab, extra: Partial<Environment> = {}) {
  const store = createPlanStore({ storage: () => tab, events: tab.events, saveDelay: 300, ...extra });
  store.load();
  return store;
}

/** Two tabs on one storage, with the code that merges their changes loaded. */
async function openTabs(area: FakeStorageArea) {
  const tabs = [open(area.tab()), open(area.tab())] as const;
  await Promise.all(tabs.map((t) => t.mergeReady()));
  return tabs;
}

function stored(area: FakeStorageArea, id: string): Plan {
  return JSON.parse(area.data.get(planKey(id))!) as Plan;
}

beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  vi.useRealTimers();
});

describe('saving', () => {
  it('starts with one empty plan and stores it', () => {
    const area = new FakeStorageArea();
    const store = open(area.tab());
    expect(store.$plans.get()).toHaveLength(1);
    expect(area.data.has(planKey(store.$activePlan.get()!.id))).toBe(true);
    expect(store.$status.get()).toMatchObject({ mode: 'storage', state: 'saved' });
  });

  it('stores a change within 500 ms and says "pending" until then', () => {
    const area = new FakeStorageArea();
    const store = open(area.tab());
    const id = store.$activePlan.get()!.id;
    store.setField('envision', 'ambition', 'Groeien met de klant');
    expect(store.$status.get().state).toBe('pending');
    expect(stored(area, id).envision.ambition).toBe('');
    vi.advanceTimersByTime(499);
    expect(stored(area, id).envision.ambition).toBe('Groeien met de klant');
    expect(store.$status.get().state).toBe('saved');
  });

  it.each(['pagehide', 'visibilitychange'])('writes at once when the page fires %s', (eventName) => {
    const area = new FakeStorageArea();
    const tab = area.tab();
    const store = open(tab, { isHidden: () => true });
    const id = store.$activePlan.get()!.id;
    store.setField('cover', 'account', 'Van Dijk Zorggroep');
    tab.events.dispatchEvent(new Event(eventName));
    expect(stored(area, id).cover.account).toBe('Van Dijk Zorggroep');
  });

  it('finds every value again after a reload', () => {
    const area = new FakeStorageArea();
    const first = open(area.tab());
    first.setField('cover', 'title', 'Accountplan 2027');
    first.setField('schedule', 'hoursNeeded', 12);
    const rowId = first.addRow('discover', 'dmu', { name: 'Anouk Vermeer' });
    first.updateRow('discover', 'dmu', rowId, 'role', 'beslisser');
    first.flush();
    const second = open(area.tab());
    const plan = second.$activePlan.get()!;
    expect(plan.cover.title).toBe('Accountplan 2027');
    expect(plan.schedule.hoursNeeded).toBe(12);
    expect(plan.discover.dmu).toEqual([expect.objectContaining({ id: rowId, name: 'Anouk Vermeer', role: 'beslisser' })]);
  });

  it('keeps any character, up to the length limit of the field', () => {
    const area = new FakeStorageArea();
    const store = open(area.tab());
    const start = `Zoë „citaat” € 1.250,50 — Łódź, İstanbul, Ørsted\t😀\u0000\ud800 <script>alert(1)</script> `;
    const text = start + 'x'.repeat(LIMITS.longText - start.length);
    expect(store.setField('envision', 'ambition', text)).toEqual({ ok: true });
    store.flush();
    expect(open(area.tab()).$activePlan.get()!.envision.ambition).toBe(text);
  });

  it('refuses a text over the limit of its field, says why, and keeps what was stored', () => {
    const area = new FakeStorageArea();
    const store = open(area.tab());
    store.setField('cover', 'title', 'Accountplan 2027');
    const result = store.setField('cover', 'title', 'x'.repeat(LIMITS.text + 1));
    expect(result).toEqual({
      ok: false,
      message: 'Deze tekst is 1.001 tekens; hier passen er 1.000 in. Maak hem korter: je wijziging is nog niet opgeslagen.',
    });
    store.flush();
    expect(store.$activePlan.get()!.cover.title).toBe('Accountplan 2027');
    expect(open(area.tab()).$activePlan.get()!.cover.title).toBe('Accountplan 2027');
  });
});

describe('two tabs on the same plan', () => {
  it("see each other's changes without a reload", async () => {
    const area = new FakeStorageArea();
    const [a, b] = await openTabs(area);
    a.setField('envision', 'ambition', 'Uit tab A');
    a.flush();
    expect(b.$activePlan.get()!.envision.ambition).toBe('Uit tab A');
  });

  it('never wipe out a different field edited in the other tab', async () => {
    const area = new FakeStorageArea();
    const [a, b] = await openTabs(area);
    const id = a.$activePlan.get()!.id;
    // Both type before either saves, and B saves before it hears of A's save (events come late).
    area.deferEvents = true;
    a.setField('envision', 'ambition', 'Ambitie uit tab A');
    b.setField('cover', 'account', 'Klant uit tab B');
    a.flush();
    b.flush();
    area.deliver();
    expect(stored(area, id).envision.ambition).toBe('Ambitie uit tab A');
    expect(stored(area, id).cover.account).toBe('Klant uit tab B');
    expect(a.$activePlan.get()!.cover.account).toBe('Klant uit tab B');
    expect(b.$activePlan.get()!.envision.ambition).toBe('Ambitie uit tab A');
  });

  it('keep both rows when both add to the same list, whoever saves first', async () => {
    const area = new FakeStorageArea();
    const [a, b] = await openTabs(area);
    const id = a.$activePlan.get()!.id;
    area.deferEvents = true;
    a.addRow('klantplan', 'strengths', { text: 'Sterk merk (A)' });
    b.addRow('klantplan', 'strengths', { text: 'Trouwe klanten (B)' });
    a.flush();
    b.flush();
    area.deliver();
    a.flush();
    expect(stored(area, id).klantplan.strengths.map((i) => i.text)).toEqual(['Sterk merk (A)', 'Trouwe klanten (B)']);
    expect(a.$activePlan.get()!.klantplan.strengths).toEqual(b.$activePlan.get()!.klantplan.strengths);
  });

  it("keep the other tab's text as a version when both change the same field, and say so in both tabs", async () => {
    const area = new FakeStorageArea();
    const [a, b] = await openTabs(area);
    const id = a.$activePlan.get()!.id;
    a.setField('envision', 'ambition', 'Tekst uit tab A');
    b.setField('envision', 'ambition', 'Tekst uit tab B');
    a.flush(); // B hears of it while its own text is not saved yet: a conflict
    b.flush();
    expect(stored(area, id).envision.ambition).toBe('Tekst uit tab B');
    expect(a.$activePlan.get()!.envision.ambition).toBe('Tekst uit tab B');
    // The text of tab A is a version of the plan.
    const versions = JSON.parse(area.data.get(`${KEYS.versionsPrefix}${id}`)!) as Array<{ note: string; plan: Plan; conflict?: { where: string } }>;
    expect(versions).toHaveLength(1);
    expect(versions[0]!.plan.envision.ambition).toBe('Tekst uit tab A');
    expect(versions[0]!.conflict).toEqual({ where: 'Stap 1 (Envision) › Ambitie voor het account' });
    // Both readers are told, and each can put the text that is not on screen back.
    await a.mergeReady();
    const inB = b.$notices.get().find((n) => n.kind === 'conflict')!;
    const inA = a.$notices.get().find((n) => n.kind === 'conflict')!;
    expect(inB.conflict).toMatchObject({ value: 'Tekst uit tab A', whose: 'other' });
    expect(inA.conflict).toMatchObject({ value: 'Tekst uit tab A', whose: 'own' });
    expect(inA.message).toContain('Stap 1 (Envision) › Ambitie voor het account');
    expect(a.useConflictValue(inA.conflict!)).toEqual({ ok: true });
    a.flush();
    expect(stored(area, id).envision.ambition).toBe('Tekst uit tab A');
    expect(b.$activePlan.get()!.envision.ambition).toBe('Tekst uit tab A');
    expect(a.$notices.get().some((n) => n.kind === 'conflict')).toBe(false);
  });

  it('keep a plan deleted in another tab on screen, and write nothing until the reader chooses', async () => {
    const area = new FakeStorageArea();
    const [a, b] = await openTabs(area);
    const plan = a.$activePlan.get()!;
    a.createNewPlan('Tweede plan');
    a.switchPlan(plan.id);
    a.flush();
    b.deletePlan(plan.id);
    b.flush();
    // A still shows the plan, says why, and does not bring it back by typing.
    expect(a.$activePlan.get()!.id).toBe(plan.id);
    expect(a.$notices.get().find((n) => n.kind === 'deleted-elsewhere')!.message).toMatch(/in een ander tabblad verwijderd/);
    a.setField('envision', 'ambition', 'Getypt na het verwijderen');
    a.flush();
    expect(area.data.has(planKey(plan.id))).toBe(false);
    expect(a.$status.get().state).toBe('failed');
    // "Zet terug" stores it again with what was typed.
    a.keepDeletedPlan(plan.id);
    expect(stored(area, plan.id).envision.ambition).toBe('Getypt na het verwijderen');
    expect(b.$plans.get().map((p) => p.id)).toContain(plan.id);
  });

  it('let a plan deleted in another tab go, when the reader chooses so', async () => {
    const area = new FakeStorageArea();
    const [a, b] = await openTabs(area);
    const first = a.$activePlan.get()!;
    const second = a.createNewPlan('Tweede plan');
    a.flush();
    b.deletePlan(second.id);
    b.flush();
    a.letGoDeletedPlan(second.id);
    a.flush();
    expect(a.$plans.get().map((p) => p.id)).toEqual([first.id]);
    expect(a.$activePlan.get()!.id).toBe(first.id);
    expect(area.data.has(planKey(second.id))).toBe(false);
  });

  it("merge once the merge code has loaded, when the other tab's save comes before it", async () => {
    const area = new FakeStorageArea();
    const a = open(area.tab());
    const b = open(area.tab()); // B has not loaded the merge code: one tab is the usual case
    const id = a.$activePlan.get()!.id;
    b.addRow('klantplan', 'strengths', { text: 'Uit B' });
    a.addRow('klantplan', 'strengths', { text: 'Uit A' });
    a.flush();
    await b.mergeReady();
    b.flush();
    expect(stored(area, id).klantplan.strengths.map((i) => i.text)).toEqual(['Uit A', 'Uit B']);
    expect(b.$status.get().state).toBe('saved');
  });

  it("keep this tab's plan as a version when the page closes before another tab's save can be merged", () => {
    const area = new FakeStorageArea();
    area.deferEvents = true;
    const tabA = area.tab();
    const a = open(tabA);
    const b = open(area.tab());
    const id = a.$activePlan.get()!.id;
    a.setField('envision', 'ambition', 'Uit A, nog niet samengevoegd');
    b.setField('cover', 'account', 'Uit B');
    b.flush();
    tabA.events.dispatchEvent(new Event('pagehide'));
    expect(stored(area, id).cover.account).toBe('Uit B');
    const versions = JSON.parse(area.data.get(`${KEYS.versionsPrefix}${id}`)!) as Array<{ plan: Plan }>;
    expect(versions[0]!.plan.envision.ambition).toBe('Uit A, nog niet samengevoegd');
  });

  it('keep unsaved typing when the other tab saves first', async () => {
    const area = new FakeStorageArea();
    const [a, b] = await openTabs(area);
    b.setField('cover', 'author', 'Nog niet opgeslagen in B');
    a.setField('cover', 'title', 'Opgeslagen in A');
    a.flush();
    expect(b.$activePlan.get()!.cover).toMatchObject({ author: 'Nog niet opgeslagen in B', title: 'Opgeslagen in A' });
  });

  it('show a plan created in another tab', async () => {
    const area = new FakeStorageArea();
    const [a, b] = await openTabs(area);
    a.createNewPlan('Tweede klant');
    a.flush();
    expect(b.$plans.get().map((p) => p.name)).toContain('Tweede klant');
  });
});

describe('when storage fails', () => {
  it('works in memory and says so when storage is blocked', async () => {
    const store = createPlanStore({
      storage: () => {
        throw new DOMException('The operation is insecure.', 'SecurityError');
      },
    });
    store.load();
    expect(store.$status.get()).toMatchObject({ mode: 'memory', state: 'failed' });
    // The words of this rare notice load when it is needed.
    await vi.dynamicImportSettled();
    expect(store.$status.get().message).toMatch(/verdwijnt als je dit tabblad sluit/);
    expect(store.$notices.get().map((n) => n.kind)).toContain('memory');
    store.setField('envision', 'ambition', 'Typen werkt gewoon');
    expect(store.$activePlan.get()!.envision.ambition).toBe('Typen werkt gewoon');
    expect((await store.exportPlans('active')).text).toContain('Typen werkt gewoon');
  });

  it('keeps the typed text on screen and the stored plan intact when storage is full', async () => {
    const area = new FakeStorageArea();
    const store = open(area.tab());
    const id = store.$activePlan.get()!.id;
    store.setField('envision', 'ambition', 'Eerste versie');
    store.flush();
    const before = area.data.get(planKey(id));
    area.quota = area.used() + 100;
    store.setField('envision', 'ambition', `Tweede versie ${'x'.repeat(5000)}`);
    store.flush();
    expect(store.$status.get().state).toBe('failed');
    // The words of this rare notice load when it is needed.
    await vi.dynamicImportSettled();
    expect(store.$status.get().message).toMatch(/opslag van je browser is vol/);
    expect(store.$notices.get().map((n) => n.kind)).toContain('quota');
    expect(store.$activePlan.get()!.envision.ambition).toMatch(/^Tweede versie/);
    expect(area.data.get(planKey(id))).toBe(before);
    // Room again: the next save succeeds and the message goes away.
    area.quota = Infinity;
    store.setField('envision', 'ambition', 'Derde versie');
    store.flush();
    expect(stored(area, id).envision.ambition).toBe('Derde versie');
    expect(store.$status.get().state).toBe('saved');
  });
});

describe('unreadable stored data', () => {
  it.each([
    ['broken JSON', '{"schemaVersion":1,"id":"abc","cover":{'],
    ['a plan without a readable id', JSON.stringify({ schemaVersion: 1, id: 42, cover: { account: 'Lindenhof' } })],
    ['no version', JSON.stringify({ id: 'abc' })],
  ])('is kept aside untouched when it is %s, and the site starts fresh', async (_name, raw) => {
    const area = new FakeStorageArea();
    area.data.set(planKey('abc'), raw);
    const store = open(area.tab());
    expect(store.$plans.get()).toHaveLength(1);
    expect(store.$activePlan.get()!.id).not.toBe('abc');
    const aside = [...area.data.entries()].filter(([k]) => k.startsWith(KEYS.keptAsidePrefix));
    expect(aside).toHaveLength(1);
    expect(aside[0]![1]).toBe(raw);
    // The words of this rare notice load when it is needed.
    await vi.dynamicImportSettled();
    const notice = store.$notices.get().find((n) => n.kind === 'kept-aside')!;
    expect(notice.message).toMatch(/apart bewaard en niet overschreven/);
    expect(store.keptAsideText(notice.key!)).toBe(raw);
  });

  it('keeps a corrupt plan list aside and still finds the plans', () => {
    const area = new FakeStorageArea();
    const plan = createPlan('Bewaard plan');
    area.data.set(planKey(plan.id), JSON.stringify(plan));
    area.data.set(KEYS.index, 'niet te lezen');
    const store = open(area.tab());
    expect(store.$plans.get().map((p) => p.name)).toEqual(['Bewaard plan']);
    expect([...area.data.values()]).toContain('niet te lezen');
  });

  it('does not open or overwrite a plan from a newer version, and asks to update', async () => {
    const area = new FakeStorageArea();
    const future = JSON.stringify({ schemaVersion: PLAN_SCHEMA_VERSION + 1, id: 'toekomst', name: 'Uit de toekomst', nieuwVeld: 1 });
    area.data.set(planKey('toekomst'), future);
    const store = open(area.tab());
    expect(store.$plans.get().map((p) => p.id)).not.toContain('toekomst');
    await vi.dynamicImportSettled();
    expect(store.$notices.get().find((n) => n.kind === 'newer')!.message).toMatch(/nieuwere versie/);
    store.setField('envision', 'ambition', 'iets');
    store.flush();
    expect(area.data.get(planKey('toekomst'))).toBe(future);
  });

  it('keeps fields it does not know when it saves a plan', () => {
    const area = new FakeStorageArea();
    const plan = { ...createPlan('Met extra'), extraVeld: { bewaar: true }, envision: { ...createPlan().envision, onbekend: 'blijft' } };
    area.data.set(planKey(plan.id), JSON.stringify(plan));
    const store = open(area.tab());
    store.setField('envision', 'ambition', 'gewijzigd');
    store.flush();
    const saved = stored(area, plan.id) as Plan & { extraVeld: unknown; envision: { onbekend: string } };
    expect(saved.extraVeld).toEqual({ bewaar: true });
    expect(saved.envision.onbekend).toBe('blijft');
    expect(saved.envision.ambition).toBe('gewijzigd');
  });
});

describe('several plans', () => {
  it('creates, renames, duplicates, switches and deletes plans, with undo', () => {
    const area = new FakeStorageArea();
    const store = open(area.tab());
    store.renamePlan('Klant A');
    store.setField('cover', 'account', 'Klant A bv');
    const b = store.createNewPlan('Klant B');
    expect(store.$activePlan.get()!.id).toBe(b.id);
    store.switchPlan(store.$plans.get()[0]!.id);
    const copy = store.duplicatePlan(store.$activePlan.get()!.id)!;
    expect(copy.name).toBe('Klant A (kopie)');
    expect(copy.cover.account).toBe('Klant A bv');
    expect(store.$plans.get().map((p) => p.name)).toEqual(['Klant A', 'Klant B', 'Klant A (kopie)']);
    store.deletePlan(b.id);
    store.flush();
    expect(area.data.has(planKey(b.id))).toBe(false);
    expect(store.$notices.get().find((n) => n.kind === 'deleted')!.message).toContain('Klant B');
    store.undoDelete();
    store.flush();
    expect(store.$plans.get().map((p) => p.name)).toEqual(['Klant A', 'Klant B', 'Klant A (kopie)']);
    expect(area.data.has(planKey(b.id))).toBe(true);
    const reloaded = open(area.tab());
    expect(reloaded.$plans.get().map((p) => p.name)).toEqual(['Klant A', 'Klant B', 'Klant A (kopie)']);
  });

  it('always keeps one plan to type in', () => {
    const area = new FakeStorageArea();
    const store = open(area.tab());
    store.deletePlan(store.$activePlan.get()!.id);
    store.flush();
    expect(store.$plans.get()).toHaveLength(1);
    expect(open(area.tab()).$plans.get()).toHaveLength(1);
  });

  it('adds, moves and removes table rows and list items', () => {
    const store = open(new FakeStorageArea().tab());
    const a = store.addRow('klantplan', 'strengths', { text: 'A' });
    const b = store.addRow('klantplan', 'strengths', { text: 'B' });
    store.addRow('klantplan', 'strengths', { text: 'C' });
    store.moveRow('klantplan', 'strengths', b, -1);
    store.moveRow('klantplan', 'strengths', b, -1);
    expect(store.$activePlan.get()!.klantplan.strengths.map((i) => i.text)).toEqual(['B', 'A', 'C']);
    store.removeRow('klantplan', 'strengths', a);
    expect(store.$activePlan.get()!.klantplan.strengths.map((i) => i.text)).toEqual(['B', 'C']);
    const row = store.addRow('develop', 'budget');
    expect(store.$activePlan.get()!.develop.budget[0]).toEqual({
      id: row,
      item: '',
      opportunity: '',
      noOpportunity: '',
      hours: null,
      rate: null,
      otherCost: null,
    });
  });

  it('undoes removing a row, back in its place with every cell', () => {
    const area = new FakeStorageArea();
    const store = open(area.tab());
    const a = store.addRow('discover', 'dmu', {
      name: 'Marco Huisman',
      position: 'Manager facilitaire dienst',
      role: 'beslisser',
      influence: 'hoog',
      attitude: 'voorstander',
      lastContact: '2026-11-02',
      owner: 'Sanne',
    });
    store.addRow('discover', 'dmu', { name: 'Els Kramer' });
    const before = store.$activePlan.get()!.discover.dmu;
    store.removeRow('discover', 'dmu', a, { item: 'persoon', field: 'DMU: wie beslist mee', title: 'Marco Huisman' });
    expect(store.$notices.get().find((n) => n.kind === 'row-removed')!.message).toBe('Persoon "Marco Huisman" is verwijderd uit "DMU: wie beslist mee".');
    expect(store.undoRemove()).toBe(true);
    store.flush();
    expect(store.$activePlan.get()!.discover.dmu).toEqual(before);
    expect(stored(area, store.$activePlan.get()!.id).discover.dmu).toEqual(before);
    expect(store.$notices.get().some((n) => n.kind === 'row-removed')).toBe(false);
    expect(store.undoRemove()).toBe(false);
  });

  it('scores and clears cells of the confrontation matrix', () => {
    const store = open(new FakeStorageArea().tab());
    store.setMatrixCell('s1', 'k1', '++');
    store.setMatrixCell('s1', 'k2', '-');
    store.setMatrixCell('s1', 'k2', null);
    expect(store.$activePlan.get()!.klantplan.matrix).toEqual({ 's1:k1': '++' });
  });
});

describe('backup and restore', () => {
  it('round-trips export → import into another browser as an identical plan', async () => {
    const source = open(new FakeStorageArea().tab());
    source.renamePlan('Van Dijk');
    source.setField('cover', 'account', 'Van Dijk Zorggroep');
    source.setField('develop', 'objectives', [
      {
        id: 'o1',
        objective: 'Omzet +15%',
        type: 'omzet',
        kpi: 'omzet',
        baseline: '€ 400.000',
        target: '€ 460.000',
        deadline: '2027-12-31',
        question: '',
        goal: '',
        strategy: '',
      },
    ]);
    const exported = await source.exportPlans('active');
    expect(exported.fileName).toMatch(/^accountplan-van-dijk-zorggroep-\d{4}-\d{2}-\d{2}\.json$/);
    const target = open(new FakeStorageArea().tab());
    const result = await target.importBackup(exported.text);
    expect(result.ok).toBe(true);
    const imported = target.$activePlan.get()!;
    const original = source.$activePlan.get()!;
    expect({ ...imported, updatedAt: '' }).toEqual({ ...original, updatedAt: '' });
  });

  it('imports a plan whose id exists as a new plan, never replacing the existing one', async () => {
    const store = open(new FakeStorageArea().tab());
    store.setField('cover', 'account', 'Origineel');
    const { text } = await store.exportPlans('active');
    store.setField('cover', 'account', 'Intussen gewijzigd');
    await store.importBackup(text);
    const accounts = store.$plans.get().map((p) => p.cover.account);
    expect(accounts).toEqual(['Intussen gewijzigd', 'Origineel']);
    expect(new Set(store.$plans.get().map((p) => p.id)).size).toBe(2);
  });

  it('exports all plans in one file', async () => {
    const store = open(new FakeStorageArea().tab());
    store.renamePlan('Een');
    store.createNewPlan('Twee');
    const { fileName, text } = await store.exportPlans('all');
    expect(fileName).toMatch(/^accountplannen-/);
    const target = open(new FakeStorageArea().tab());
    await target.importBackup(text);
    // The empty plan the target browser started with gave way to the two imported ones.
    expect(target.$plans.get().map((p) => p.name)).toEqual(['Een', 'Twee']);
  });

  it('into a browser that has only the empty plan it started with, leaves only the imported plan, and says so', async () => {
    const source = open(new FakeStorageArea().tab());
    source.setField('cover', 'account', 'Van Dijk Zorggroep');
    const { text } = await source.exportPlans('active');
    const area = new FakeStorageArea();
    const target = open(area.tab());
    const empty = target.$activePlan.get()!.id;
    const result = await target.importBackup(text);
    expect(result.message).toMatch(/is nu je actieve plan\. Het lege plan "Mijn plan" is weggehaald\./);
    expect(target.$plans.get().map((p) => p.cover.account)).toEqual(['Van Dijk Zorggroep']);
    expect(target.$activePlan.get()!.cover.account).toBe('Van Dijk Zorggroep');
    target.flush();
    expect(area.data.has(planKey(empty))).toBe(false);
    expect(JSON.parse(area.data.get(KEYS.index)!).order).toEqual([target.$activePlan.get()!.id]);
  });

  it('keeps a first plan the reader typed in or named, and every plan when there are more', async () => {
    const { text } = await open(new FakeStorageArea().tab()).exportPlans('active');
    const typed = open(new FakeStorageArea().tab());
    typed.setField('envision', 'ambition', 'Groeien');
    await typed.importBackup(text);
    expect(typed.$plans.get()).toHaveLength(2);
    const named = open(new FakeStorageArea().tab());
    named.renamePlan('Klant A');
    await named.importBackup(text);
    expect(named.$plans.get()).toHaveLength(2);
    const two = open(new FakeStorageArea().tab());
    two.createNewPlan();
    await two.importBackup(text);
    expect(two.$plans.get()).toHaveLength(3);
  });

  it.each([
    ['broken JSON', '{"format": "accountplan-in-9-stappen", "plans": [', /geen leesbare JSON/],
    ['an unrelated JSON file', '{"naam": "boodschappenlijst"}', /geen reservekopie/],
    [
      'a plan without an id',
      JSON.stringify({ format: 'accountplan-in-9-stappen', plans: [{ schemaVersion: 1, cover: { title: 'Zonder id' } }] }),
      /Dit plan klopt niet: id: dit gegeven ontbreekt\. Er is niets ingelezen of veranderd\.$/,
    ],
    ['a __proto__ key', '{"format":"accountplan-in-9-stappen","plans":[{"schemaVersion":1,"id":"x","__proto__":{"polluted":true}}]}', /__proto__/],
    [
      'a constructor key',
      JSON.stringify({ format: 'accountplan-in-9-stappen', plans: [{ schemaVersion: 1, id: 'x', constructor: { prototype: {} } }] }),
      /constructor/,
    ],
    ['a plan from a newer version', JSON.stringify({ format: 'accountplan-in-9-stappen', plans: [{ schemaVersion: 99, id: 'x' }] }), /nieuwere versie/],
    ['an empty backup', JSON.stringify({ format: 'accountplan-in-9-stappen', plans: [] }), /geen plannen/],
    ['absurd nesting', `{"format":"accountplan-in-9-stappen","plans":[${'['.repeat(40)}${']'.repeat(40)}]}`, /dieper genest/],
  ])('refuses %s with a Dutch message and changes nothing', async (_name, text, message) => {
    const area = new FakeStorageArea();
    const store = open(area.tab());
    store.setField('cover', 'account', 'Blijft staan');
    store.flush();
    const before = new Map(area.data);
    const result = await store.importBackup(text);
    expect(result.ok).toBe(false);
    expect(result.message).toMatch(message);
    expect(store.$plans.get()).toHaveLength(1);
    expect(area.data).toEqual(before);
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
  });

  it('imports script-looking text as plain text and says so', async () => {
    const source = open(new FakeStorageArea().tab());
    source.setField('envision', 'ambition', '<img src=x onerror=alert(1)><script>alert(2)</script>');
    const target = open(new FakeStorageArea().tab());
    const result = await target.importBackup((await source.exportPlans('active')).text);
    expect(result.ok).toBe(true);
    expect(result.message).toMatch(/als gewone tekst overgenomen/);
    expect(target.$activePlan.get()!.envision.ambition).toBe('<img src=x onerror=alert(1)><script>alert(2)</script>');
  });
});

describe('the backup reminder', () => {
  const day = 24 * 3600 * 1000;

  it.each([
    ['never exported', null, true],
    ['exported eight days ago', 8, true],
    ['exported yesterday', 1, false],
  ])('shows when the plans were %s', async (_name, daysAgo, shown) => {
    const area = new FakeStorageArea();
    const today = new Date('2027-03-12T10:00:00Z');
    const plan = { ...createPlan('Oud plan', new Date('2027-01-01T00:00:00Z')), updatedAt: '2027-02-01T00:00:00.000Z' };
    area.data.set(planKey(plan.id), JSON.stringify(plan));
    if (daysAgo !== null) area.data.set(KEYS.lastExport, new Date(today.getTime() - daysAgo * day).toISOString());
    const store = open(area.tab(), { now: () => today });
    await vi.dynamicImportSettled();
    expect(store.$notices.get().some((n) => n.kind === 'backup')).toBe(shown);
  });
});

describe('persistent storage', () => {
  it('is asked for once, after the first successful save', async () => {
    const persist = vi.fn(async () => true);
    const store = open(new FakeStorageArea().tab(), { persist });
    store.setField('envision', 'ambition', 'a');
    store.flush();
    store.setField('envision', 'ambition', 'b');
    store.flush();
    expect(persist).toHaveBeenCalledTimes(1);
  });

  it('is not asked for when nothing can be stored', () => {
    const persist = vi.fn(async () => true);
    const store = createPlanStore({ storage: () => null, persist });
    store.load();
    store.setField('envision', 'ambition', 'a');
    store.flush();
    expect(persist).not.toHaveBeenCalled();
  });
});
