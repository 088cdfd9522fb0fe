import { readFileSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { MIGRATIONS, readPlan } from '../../src/plan/model/migrations';
import { PLAN_STRUCTURE, WRITTEN_SECTION_IDS, type Plan } from '../../src/plan/model/schema';
import { defaultOf, newRowOf } from '../../src/plan/values/validate';
import { planKey } from '../../src/stores/keys';
import { createPlanStore } from '../../src/stores/plan-store';
import { FakeStorageArea } from '../stores/fake-storage';

/** The version that added the presentation: the lead renumbers it when versions meet on main. */
const migration = MIGRATIONS.find((m) => m.description.startsWith('Adds the section presentatie'))!;
const fixtures = new URL('../plan/model/fixtures/', import.meta.url);
/** A plan as version 3 wrote it, frozen (the version before the presentation). */
const v2 = JSON.parse(readFileSync(new URL(`plan-v${migration.from}.json`, fixtures), 'utf8'));
/** A plan as the version with the presentation writes it. */
const withPresentation = JSON.parse(readFileSync(new URL(`plan-v${migration.from + 1}.json`, fixtures), 'utf8'));

describe('the migration that adds the presentation', () => {
  const read = readPlan(structuredClone(v2));
  const plan = read.ok ? read.plan : null;

  it('reads the frozen plan of the version before without a repair, and says it migrated', () => {
    expect(migration.from).toBe(3);
    expect(read.ok && read.repairs).toEqual([]);
    expect(read.ok && read.migratedFrom).toBe(migration.from);
  });

  it('keeps every field of the written plan as it was', () => {
    for (const section of WRITTEN_SECTION_IDS) expect(plan![section], section).toEqual(v2[section]);
    expect((plan as Record<string, unknown>)['veldUitDeToekomst']).toEqual(v2.veldUitDeToekomst);
  });

  it('gives the plan an empty presentation: generated titles and notes, no slide off, the default length', () => {
    for (const [key, def] of Object.entries(PLAN_STRUCTURE.presentatie))
      expect((plan!.presentatie as Record<string, unknown>)[key], key).toEqual(defaultOf(def));
  });

  it('moves a member called presentatie that the version before did not know aside, unchanged', () => {
    const foreign = { dias: ['eigen'], minutes: 'lang' };
    const migrated = migration.migrate({ ...structuredClone(v2), presentatie: foreign });
    expect(migrated['presentatie-v3']).toEqual(foreign);
    const again = readPlan({ ...structuredClone(v2), presentatie: foreign });
    expect(again.ok && again.repairs).toEqual([]);
    expect(again.ok && (again.plan as Record<string, unknown>)['presentatie-v3']).toEqual(foreign);
    expect(again.ok && again.plan.presentatie.minutes).toBeNull();
  });

  it('reads a plan of the new version with its presentation', () => {
    const result = readPlan(structuredClone(withPresentation));
    expect(result.ok && result.repairs).toEqual([]);
    expect(result.ok && result.migratedFrom).toBeNull();
    expect(result.ok && result.plan.presentatie).toEqual(withPresentation.presentatie);
  });
});

describe('the store keeps what the student changes in the presentation', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('with its generic actions: a row per slide or question, by its code, read back equal', () => {
    const area = new FakeStorageArea();
    const tab = area.tab();
    const store = createPlanStore({ storage: () => tab, events: tab.events, saveDelay: 300 });
    store.load();
    const plan = () => store.$activePlan.get()!;
    const slideRow = newRowOf(PLAN_STRUCTURE.presentatie.slides, {}, 'klant') as Plan['presentatie']['slides'][number];
    expect(store.setField('presentatie', 'slides', [slideRow])).toEqual({ ok: true });
    expect(store.updateRow('presentatie', 'slides', 'klant', 'notes', 'Begin met de inspectie.')).toEqual({ ok: true });
    expect(store.updateRow('presentatie', 'slides', 'klant', 'off', true)).toEqual({ ok: true });
    expect(store.setField('presentatie', 'minutes', 12)).toEqual({ ok: true });
    const answerRow = newRowOf(PLAN_STRUCTURE.presentatie.answers, {}, 'analyse-klasse') as Plan['presentatie']['answers'][number];
    store.setField('presentatie', 'answers', [answerRow]);
    expect(store.updateRow('presentatie', 'answers', 'analyse-klasse', 'score', 4)).toEqual({ ok: true });
    // Refused, and nothing changes: a score outside 1–5, a length in half minutes, notes over the limit.
    expect(store.updateRow('presentatie', 'answers', 'analyse-klasse', 'score', 6).ok).toBe(false);
    expect(store.setField('presentatie', 'minutes', 12.5).ok).toBe(false);
    expect(store.updateRow('presentatie', 'slides', 'klant', 'notes', 'x'.repeat(20_001)).ok).toBe(false);
    store.flush();
    const stored = readPlan(JSON.parse(area.data.get(planKey(plan().id))!));
    expect(stored.ok && stored.plan.presentatie).toEqual({
      minutes: 12,
      forCustomer: false,
      slides: [{ id: 'klant', title: '', notes: 'Begin met de inspectie.', off: true }],
      answers: [{ id: 'analyse-klasse', notes: '', score: 4 }],
    });
  });
});
