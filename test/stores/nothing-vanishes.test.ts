import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createBackup, serializeBackup } from '../../src/plan/exchange/transfer';
import { createFeedback, targetKey } from '../../src/plan/feedback/feedback';
import { createPlan } from '../../src/plan/model/plan';
import { PLAN_SCHEMA_VERSION, type Plan } from '../../src/plan/model/schema';
import { createFeedbackStore } from '../../src/stores/feedback';
import { feedbackDraftKey, feedbackKey, KEYS, planKey, versionsKey } from '../../src/stores/keys';
import { createPlanStore } from '../../src/stores/plan-store';
import { createQuizStore } from '../../src/stores/quiz';
import { createVersionStore } from '../../src/stores/versions';
import { FakeStorageArea, type FakeTab } from './fake-storage';

/**
 * Issue 26 §1: what a hostile or unlucky reader did, and what vanished. Each test is one of those
 * attacks; each failed on the store before its fix. The rule they hold: no typed text, version,
 * feedback or answer vanishes without the reader being told and able to get it back.
 */

function open(tab: FakeTab) {
  const store = createPlanStore({ storage: () => tab, events: tab.events, saveDelay: 300 });
  store.load();
  return store;
}

async function openTabs(area: FakeStorageArea, n: number) {
  const tabs = Array.from({ length: n }, () => open(area.tab()));
  await Promise.all(tabs.map((t) => t.mergeReady()));
  return tabs;
}

/** Every text stored anywhere (plans, versions, kept-aside copies), to look for a typed text. */
const everything = (area: FakeStorageArea) => [...area.data.values()].join('\n');

const versionTexts = (area: FakeStorageArea, planId: string, read: (p: Plan) => string) =>
  (JSON.parse(area.data.get(versionsKey(planId)) ?? '[]') as Array<{ plan: Plan }>).map((v) => read(v.plan));

const keptAside = (area: FakeStorageArea) => [...area.data.entries()].filter(([k]) => k.startsWith(KEYS.keptAsidePrefix)).map(([, v]) => v);

beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  vi.useRealTimers();
});

describe('conflicts keep every losing text', () => {
  it('three conflicts in a row on one field: each losing text is a version', async () => {
    const area = new FakeStorageArea();
    const [a, b] = await openTabs(area, 2);
    const id = a!.$activePlan.get()!.id;
    area.deferEvents = true;
    for (const round of [1, 2, 3]) {
      a!.setField('envision', 'ambition', `A${round}`);
      b!.setField('envision', 'ambition', `B${round}`);
      a!.flush();
      b!.flush();
      area.deliver();
      await Promise.resolve();
    }
    const losing = versionTexts(area, id, (p) => p.envision.ambition);
    for (const round of [1, 2, 3]) expect(losing, `A${round}`).toContain(`A${round}`);
  });

  it('three tabs typing into one table cell: two texts are versions, one is on screen', async () => {
    const area = new FakeStorageArea();
    const [a, b, c] = await openTabs(area, 3);
    const id = a!.$activePlan.get()!.id;
    const row = a!.addRow('discover', 'dmu', { name: 'Anouk' });
    a!.flush();
    area.deferEvents = true;
    a!.updateRow('discover', 'dmu', row, 'position', 'van A');
    b!.updateRow('discover', 'dmu', row, 'position', 'van B');
    c!.updateRow('discover', 'dmu', row, 'position', 'van C');
    a!.flush();
    b!.flush();
    c!.flush();
    area.deliver();
    const stored = JSON.parse(area.data.get(planKey(id))!) as Plan;
    const onScreen = stored.discover.dmu[0]!.position;
    const losing = versionTexts(area, id, (p) => p.discover.dmu[0]?.position ?? '');
    for (const text of ['van A', 'van B', 'van C']) expect(onScreen === text || losing.includes(text), text).toBe(true);
  });
});

describe('undo of a delete', () => {
  it('never lists the plan twice and keeps the text another tab put back', async () => {
    const area = new FakeStorageArea();
    const [one, two] = await openTabs(area, 2);
    const plan = one!.$activePlan.get()!;
    one!.setField('envision', 'ambition', 'eerste tekst');
    one!.flush();
    one!.deletePlan(plan.id);
    // Tab 2 shows the plan: it stays there; the reader types and puts it back.
    two!.setField('envision', 'ambition', 'nieuwe tekst uit tab 2');
    two!.keepDeletedPlan(plan.id);
    one!.undoDelete();
    one!.flush();
    two!.flush();
    const ids = one!.$plans.get().map((p) => p.id);
    expect(ids.filter((i) => i === plan.id)).toHaveLength(1);
    const index = JSON.parse(area.data.get(KEYS.index)!) as { order: string[] };
    expect(index.order.filter((i) => i === plan.id)).toHaveLength(1);
    const reloaded = open(area.tab());
    expect(reloaded.$plans.get().filter((p) => p.id === plan.id)).toHaveLength(1);
    expect(reloaded.$plans.get().find((p) => p.id === plan.id)!.envision.ambition).toBe('nieuwe tekst uit tab 2');
  });

  it('reads an index that holds an id twice as one plan', () => {
    const area = new FakeStorageArea();
    const first = open(area.tab());
    const id = first.$activePlan.get()!.id;
    area.data.set(KEYS.index, JSON.stringify({ version: 1, activeId: id, order: [id, id] }));
    expect(
      open(area.tab())
        .$plans.get()
        .map((p) => p.id),
    ).toEqual([id]);
  });
});

describe('a plan kept aside keeps its companions', () => {
  it('its versions and feedback are kept aside with it, not removed as orphans', async () => {
    const area = new FakeStorageArea();
    const first = open(area.tab());
    first.setField('cover', 'account', 'Lindenhof');
    const versions = createVersionStore(first.versionHost);
    expect(versions.saveVersion('versie een').ok).toBe(true);
    const plan = first.$activePlan.get()!;
    const feedback = createFeedbackStore(first);
    expect(feedback.receive(createFeedback(plan, { id: 'fb1', trainer: 'Marieke', overall: 'Sterk begin.', scores: {}, comments: {} })).ok).toBe(true);
    first.flush();
    const versionsRaw = area.data.get(versionsKey(plan.id))!;
    const feedbackRaw = area.data.get(feedbackKey(plan.id))!;
    area.data.set(planKey(plan.id), '{"kapot');
    const workbook = open(area.tab());
    // The workbook clears orphans at once; what belongs to the plan goes aside a moment later.
    createVersionStore(workbook.versionHost).removeOrphans();
    await vi.dynamicImportSettled();
    const aside = keptAside(area);
    expect(aside).toContain('{"kapot');
    expect(aside).toContain(versionsRaw);
    expect(aside).toContain(feedbackRaw);
  });
});

describe('unreadable data of any key is kept aside before a write', () => {
  it('a versions list that does not read, then a conflict writes a version', async () => {
    const area = new FakeStorageArea();
    const [a, b] = await openTabs(area, 2);
    const id = a!.$activePlan.get()!.id;
    area.data.set(versionsKey(id), '[{"kapotte versie"');
    area.deferEvents = true;
    a!.setField('envision', 'ambition', 'A');
    b!.setField('envision', 'ambition', 'B');
    a!.flush();
    b!.flush();
    expect(keptAside(area)).toContain('[{"kapotte versie"');
  });

  it('a versions list that does not read, then a tab that closes before it could merge', () => {
    const area = new FakeStorageArea();
    const one = open(area.tab());
    const tab = area.tab();
    const two = createPlanStore({ storage: () => tab, events: tab.events, saveDelay: 300 });
    two.load();
    const id = one.$activePlan.get()!.id;
    area.data.set(versionsKey(id), 'geen lijst');
    one.setField('envision', 'ambition', 'uit tab een');
    one.flush();
    two.setField('envision', 'ambition', 'uit tab twee');
    tab.events.dispatchEvent(new Event('pagehide'));
    expect(keptAside(area)).toContain('geen lijst');
    expect(everything(area)).toContain('uit tab twee');
  });

  it('feedback that does not read, then a backup with feedback for the same plan id is imported', async () => {
    const area = new FakeStorageArea();
    const store = open(area.tab());
    const plan = createPlan('Uit de reservekopie', new Date('2027-01-01T00:00:00Z'));
    area.data.set(feedbackKey(plan.id), '{"onleesbare feedback');
    const feedback = createFeedback(plan, { id: 'fb1', trainer: 'Marieke', overall: 'Goed.', scores: {}, comments: {} });
    await store.importBackup(
      serializeBackup(createBackup([plan], new Date(), { [plan.id]: [{ feedback, receivedAt: '2027-01-02T00:00:00.000Z', done: [] }] })),
    );
    expect(keptAside(area)).toContain('{"onleesbare feedback');
  });

  it("a trainer's draft of another shape is kept aside before the next save", () => {
    const area = new FakeStorageArea();
    const store = open(area.tab());
    const feedback = createFeedbackStore(store);
    const raw = JSON.stringify({
      id: 'd1',
      trainer: 'Marieke',
      overall: 'Goed',
      scores: {},
      comments: { 'envision.ambition': { tekst: 'nieuwe vorm' } },
      version: 2,
    });
    area.data.set(feedbackDraftKey('p1'), raw);
    const draft = feedback.readDraft('p1');
    feedback.saveDraft('p1', { ...draft, overall: 'Goed gedaan' });
    expect(keptAside(area)).toContain(raw);
  });

  it('the date of the last export that does not read is kept aside before the next export', async () => {
    const area = new FakeStorageArea();
    const store = open(area.tab());
    area.data.set(KEYS.lastExport, 'gisteren');
    await store.exportPlans('all');
    expect(keptAside(area)).toContain('gisteren');
  });
});

describe('a backup whose plan has the id of a stored plan from a newer version', () => {
  it('is imported as a new plan that is still there after a reload', async () => {
    const area = new FakeStorageArea();
    const plan = createPlan('Uit de reservekopie', new Date('2027-01-01T00:00:00Z'));
    const newer = JSON.stringify({ ...plan, name: 'Van een nieuwere site', schemaVersion: PLAN_SCHEMA_VERSION + 1 });
    area.data.set(planKey(plan.id), newer);
    const store = open(area.tab());
    const result = await store.importBackup(serializeBackup(createBackup([plan])));
    expect(result.ok).toBe(true);
    store.flush();
    expect(area.data.get(planKey(plan.id))).toBe(newer);
    const reloaded = open(area.tab());
    expect(reloaded.$plans.get().map((p) => p.name)).toContain('Uit de reservekopie');
  });
});

describe('the knowledge-check answers', () => {
  it.each([
    ['garbage', '{kapot'],
    ["a newer version's answers", JSON.stringify({ version: 2, lessons: { envision: { answers: { q1: { keuze: 'a' } } } } })],
  ])('%s is kept aside before the next answer is written', (_what, raw) => {
    const area = new FakeStorageArea();
    area.data.set(KEYS.quiz, raw);
    const quiz = createQuizStore(() => area.tab());
    quiz.record('envision', 'q1', { choice: 'a', correct: true }, ['q1']);
    expect(keptAside(area)).toContain(raw);
    expect(quiz.keptAside()).toMatch(/apart bewaard/);
    expect(quiz.score('envision')).toEqual({ correct: 1, answered: 1, total: 1 });
  });
});

describe("a trainer's feedback draft in two tabs", () => {
  it('merges per field: what each tab typed is there after a reload', () => {
    const area = new FakeStorageArea();
    const [one, two] = [open(area.tab()), open(area.tab())].map((s) => createFeedbackStore(s));
    const d1 = one!.readDraft('gedeeld');
    const d2 = two!.readDraft('gedeeld');
    const here = targetKey('envision', 'ambition');
    const there = targetKey('develop', null);
    expect(one!.saveDraft('gedeeld', { ...d1, trainer: 'Marieke', comments: { [here]: 'Uit tab een.' } })).toBe(true);
    expect(two!.saveDraft('gedeeld', { ...d2, overall: 'Algemeen uit tab twee.', comments: { [there]: 'Uit tab twee.' } })).toBe(true);
    const after = createFeedbackStore(open(area.tab())).readDraft('gedeeld');
    expect(after).toMatchObject({ trainer: 'Marieke', overall: 'Algemeen uit tab twee.', comments: { [here]: 'Uit tab een.', [there]: 'Uit tab twee.' } });
  });

  it('the same comment changed in both tabs: the one not kept is kept aside', () => {
    const area = new FakeStorageArea();
    const [one, two] = [open(area.tab()), open(area.tab())].map((s) => createFeedbackStore(s));
    const d1 = one!.readDraft('gedeeld');
    const d2 = two!.readDraft('gedeeld');
    const here = targetKey('envision', 'ambition');
    one!.saveDraft('gedeeld', { ...d1, comments: { [here]: 'Versie van tab een.' } });
    two!.saveDraft('gedeeld', { ...d2, comments: { [here]: 'Versie van tab twee.' } });
    expect(everything(area)).toContain('Versie van tab een.');
    expect(everything(area)).toContain('Versie van tab twee.');
  });
});

describe('smaller', () => {
  it('a version refused because storage is full is not listed', () => {
    const area = new FakeStorageArea();
    const store = open(area.tab());
    const versions = createVersionStore(store.versionHost);
    const id = store.$activePlan.get()!.id;
    area.quota = area.used() + 10;
    expect(versions.saveVersion('past niet').ok).toBe(false);
    expect(versions.versionsOf(id)).toEqual([]);
  });

  it.each([
    ['a path without a section', { path: 'nergens', where: 'x', other: 'tekst' }],
    ['an unknown section', { path: 'kapot.veld', where: 'x', other: 'tekst' }],
    ['an unknown field', { path: 'envision.bestaatniet', where: 'x', other: 'tekst' }],
    ['a row id that is no text', { path: 'discover.dmu', rowId: 5, column: 'name', where: 'x', other: 'tekst' }],
    ['a prototype key', { path: 'envision.__proto__', where: 'x', other: 'tekst' }],
  ])('a malformed conflict event (%s) gives no button that throws', async (_what, item) => {
    const area = new FakeStorageArea();
    const [a, b] = await openTabs(area, 2);
    const planId = a!.$activePlan.get()!.id;
    area.tab().setItem(KEYS.conflict, JSON.stringify({ id: 'e', planId, items: [item] }));
    for (const store of [a!, b!]) {
      for (const notice of store.$notices.get()) {
        if (notice.conflict) expect(() => store.useConflictValue(notice.conflict!)).not.toThrow();
      }
    }
    // And the action itself never throws on a choice it cannot place.
    expect(() => a!.useConflictValue({ planId, path: 'nergens', where: 'x', value: 'tekst', whose: 'own' })).not.toThrow();
    expect(a!.useConflictValue({ planId, path: 'kapot.veld', where: 'x', value: 'tekst', whose: 'own' })).toMatchObject({ ok: false });
  });
});
