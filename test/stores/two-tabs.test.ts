import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Plan } from '../../src/plan/model/schema';
import { readPlan } from '../../src/plan/model/migrations';
import { KEYS, planKey } from '../../src/stores/keys';
import { PART_MIN } from '../../src/stores/plan-parts';
import { assemble } from '../../src/stores/plan-parts-read';
import { createPlanStore } from '../../src/stores/plan-store';
import { FakeStorageArea } from './fake-storage';

/**
 * Two tabs on one plan, typing in any order, saving at any moment, hearing of each other late or
 * at once. Whatever happens: both tabs end up showing what is stored, every row added in either
 * tab and removed in neither is there, and no text typed in one tab disappears because of the
 * other — it is on screen, or the other tab saw it before writing over it, or it is kept as a
 * version of the plan.
 */

const TEXT_FIELDS = [
  ['cover', 'title'],
  ['envision', 'ambition'],
] as const;

type Step =
  | { tab: 0 | 1; op: 'type'; field: 0 | 1 }
  /** A text so long that its section is stored on its own (plan-parts.ts). */
  | { tab: 0 | 1; op: 'typeBig' }
  | { tab: 0 | 1; op: 'add' }
  | { tab: 0 | 1; op: 'edit'; row: number }
  | { tab: 0 | 1; op: 'remove'; row: number }
  | { tab: 0 | 1; op: 'flush' }
  | { op: 'deliver' };

const tab = fc.constantFrom(0 as const, 1 as const);
const stepArb: fc.Arbitrary<Step> = fc.oneof(
  { weight: 4, arbitrary: fc.record({ tab, op: fc.constant('type' as const), field: fc.constantFrom(0 as const, 1 as const) }) },
  { weight: 3, arbitrary: fc.record({ tab, op: fc.constant('add' as const) }) },
  { weight: 1, arbitrary: fc.record({ tab, op: fc.constant('typeBig' as const) }) },
  { weight: 2, arbitrary: fc.record({ tab, op: fc.constant('edit' as const), row: fc.nat() }) },
  { weight: 1, arbitrary: fc.record({ tab, op: fc.constant('remove' as const), row: fc.nat() }) },
  { weight: 3, arbitrary: fc.record({ tab, op: fc.constant('flush' as const) }) },
  { weight: 2, arbitrary: fc.constant({ op: 'deliver' as const }) },
);

const textOf = (plan: Plan, field: 0 | 1) => (plan[TEXT_FIELDS[field][0]] as Record<string, string>)[TEXT_FIELDS[field][1]]!;

/** Plays the steps in two tabs, settles, and checks that nothing was lost. */
async function play(steps: Step[], deferEvents: boolean): Promise<void> {
  const area = new FakeStorageArea();
  const handles = [area.tab(), area.tab()];
  const tabs = handles.map((h) => createPlanStore({ storage: () => h, events: h.events, saveDelay: 300 }));
  tabs[0]!.load();
  tabs[1]!.load();
  await Promise.all(tabs.map((t) => t.mergeReady()));
  const planId = tabs[0]!.$activePlan.get()!.id;
  expect(tabs[1]!.$activePlan.get()!.id).toBe(planId);
  area.deferEvents = deferEvents;

  let counter = 0;
  /** What each tab last typed per text field, and every text each tab had on screen. */
  const lastTyped: Array<Array<string | null>> = [
    [null, null],
    [null, null],
  ];
  const seen: Array<Set<string>> = [new Set(), new Set()];
  const added = new Set<string>();
  const removed = new Set<string>();
  const look = () =>
    tabs.forEach((t, i) => {
      const plan = t.$activePlan.get()!;
      for (const f of [0, 1] as const) seen[i]!.add(textOf(plan, f));
    });

  for (const step of steps) {
    if (step.op === 'deliver') area.deliver();
    else {
      const t = tabs[step.tab]!;
      const plan = t.$activePlan.get()!;
      const rows = plan.klantplan.strengths;
      const value = `${'AB'[step.tab]}${++counter}`;
      if (step.op === 'type') {
        const [section, key] = TEXT_FIELDS[step.field];
        t.setField(section, key as never, value as never);
        lastTyped[step.tab]![step.field] = value;
      } else if (step.op === 'typeBig') {
        const big = `${value} ${'x'.repeat(PART_MIN)}`;
        t.setField('envision', 'ambition', big);
        lastTyped[step.tab]![1] = big;
      } else if (step.op === 'add') {
        added.add(t.addRow('klantplan', 'strengths', { text: value }));
      } else if (step.op === 'edit' && rows.length) {
        t.updateRow('klantplan', 'strengths', rows[step.row % rows.length]!.id, 'text', value);
      } else if (step.op === 'remove' && rows.length) {
        const row = rows[step.row % rows.length]!;
        removed.add(row.id);
        t.removeRow('klantplan', 'strengths', row.id);
      } else if (step.op === 'flush') t.flush();
    }
    look();
  }
  // Settle: everyone saves and hears everything.
  for (let i = 0; i < 3; i++) {
    tabs[0]!.flush();
    area.deliver();
    tabs[1]!.flush();
    area.deliver();
    look();
  }

  const whole = assemble(area.tab(), planId, JSON.parse(area.data.get(planKey(planId))!));
  expect(whole, 'every part the plan names is stored').not.toBeNull();
  const stored = readPlan(whole!.data);
  if (!stored.ok) throw new Error(stored.message);
  // Both tabs show what is stored.
  for (const t of tabs) expect(t.$activePlan.get()).toEqual(stored.plan);
  // Every row added in a tab and removed in none is there.
  const ids = new Set(stored.plan.klantplan.strengths.map((r) => r.id));
  for (const id of added) if (!removed.has(id)) expect(ids.has(id), `row ${id}`).toBe(true);
  // No typed text vanished unseen.
  const versionsRaw = area.data.get(`${KEYS.versionsPrefix}${planId}`);
  const versions = versionsRaw ? (JSON.parse(versionsRaw) as Array<{ plan: Plan }>) : [];
  for (const i of [0, 1] as const) {
    for (const f of [0, 1] as const) {
      const value = lastTyped[i]![f] ?? null;
      if (value === null || textOf(stored.plan, f) === value) continue;
      const other = 1 - i;
      const sawIt = seen[other]!.has(value);
      const kept = versions.some((v) => textOf(v.plan, f) === value);
      expect(sawIt || kept, `text "${value}" of tab ${'AB'[i]} in field ${f}`).toBe(true);
    }
  }
}

describe('two tabs typing at once', () => {
  it('lose nothing, whatever the order of typing, saving and hearing of each other', async () => {
    await fc.assert(fc.asyncProperty(fc.array(stepArb, { minLength: 1, maxLength: 40 }), fc.boolean(), play), {
      numRuns: Number(process.env['FC_RUNS'] ?? 300),
    });
    // 300 random plays: seconds on a calm machine, more on a busy one.
  }, 120_000);

  // What the property found against the store that merged per field (the last writer's field won).
  it.each<[string, Step[]]>([
    [
      'a row added in each tab',
      [
        { tab: 0, op: 'add' },
        { tab: 1, op: 'add' },
        { tab: 1, op: 'remove', row: 0 },
      ],
    ],
    [
      'the same text typed in both tabs',
      [
        { tab: 0, op: 'type', field: 0 },
        { tab: 1, op: 'type', field: 0 },
        { tab: 0, op: 'remove', row: 0 },
      ],
    ],
  ])('keep %s', (_what, steps) => play(steps, false));
});
