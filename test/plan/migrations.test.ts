import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { describeIssue } from '../../src/plan/describe-issue';
import { MIGRATIONS, readPlan } from '../../src/plan/migrations';
import { PLAN_SCHEMA_VERSION } from '../../src/plan/schema';

const fixturesDir = new URL('./fixtures/', import.meta.url);
const fixtures = readdirSync(fixturesDir)
  .filter((f) => /^plan-v\d+\.json$/.test(f))
  .map((f) => [f, JSON.parse(readFileSync(new URL(f, fixturesDir), 'utf8'))] as const);

describe('released plan versions', () => {
  it('have a frozen fixture for every version up to the current one', () => {
    const versions = fixtures.map(([, data]) => data.schemaVersion).sort();
    expect(versions).toEqual(Array.from({ length: PLAN_SCHEMA_VERSION }, (_, i) => i + 1));
  });

  it('have a migration from every older version, in order, each described', () => {
    expect(MIGRATIONS.map((m) => m.from)).toEqual(Array.from({ length: PLAN_SCHEMA_VERSION - 1 }, (_, i) => i + 1));
    for (const m of MIGRATIONS) expect(m.description.length, `migration from v${m.from}`).toBeGreaterThan(20);
  });

  it.each(fixtures)('%s reads as a current plan and keeps what it holds', (_file, data) => {
    const result = readPlan(structuredClone(data));
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.plan.schemaVersion).toBe(PLAN_SCHEMA_VERSION);
    expect(result.plan.id).toBe(data.id);
    expect(result.plan.cover.account).toBe(data.cover.account);
    expect(result.plan.klantplan.matrix).toEqual(data.klantplan.matrix);
    expect(result.plan.actie.actions[0]).toMatchObject(data.actie.actions[0]);
    // Fields this version does not know are kept.
    expect((result.plan as Record<string, unknown>)['veldUitDeToekomst']).toEqual({ blijft: 'bewaard' });
  });
});

describe('reading a plan', () => {
  it.each([
    ['nothing', null, 'invalid', 'Dit is geen plan.'],
    ['a list', [], 'invalid', 'Dit is geen plan.'],
    ['a plan without version', { id: 'x' }, 'invalid', 'Dit plan heeft geen geldig versienummer.'],
    ['a plan with a version of 0', { schemaVersion: 0, id: 'x' }, 'invalid', 'Dit plan heeft geen geldig versienummer.'],
    ['a plan without an id', { schemaVersion: 1 }, 'invalid', 'Dit plan klopt niet.'],
    ['a plan from a newer version', { schemaVersion: PLAN_SCHEMA_VERSION + 1, id: 'x' }, 'newer', /^Dit plan is gemaakt met een nieuwere versie van deze site \(planversie \d+\)/],
  ])('refuses %s', (_name, raw, reason, message) => {
    const result = readPlan(raw);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.reason).toBe(reason);
      expect(result.message).toMatch(message);
    }
  });

  it('names the step, field and row of a problem in Dutch', () => {
    const result = readPlan({ schemaVersion: 1, id: 42 });
    expect(result.ok).toBe(false);
    if (!result.ok && result.reason === 'invalid') expect(describeIssue(result.issues[0]!)).toBe('id: dit gegeven heeft de verkeerde vorm');
    const missing = readPlan({ schemaVersion: 1 });
    if (!missing.ok && missing.reason === 'invalid') expect(describeIssue(missing.issues[0]!)).toBe('id: dit gegeven ontbreekt');
    expect(missing.ok).toBe(false);
    expect(describeIssue({ path: ['discover', 'dmu', 1, 'role'], problem: 'wrong-kind' })).toBe('Stap 3 (Discover) › DMU: wie beslist mee › rij 2 › Rol in de DMU: dit gegeven heeft de verkeerde vorm');
  });

  it('fills every missing field with its default', () => {
    const result = readPlan({ schemaVersion: 1, id: 'x' });
    expect(result.ok && result.plan.develop.budget).toEqual([]);
    expect(result.ok && result.plan.schedule.hoursNeeded).toBeNull();
    expect(result.ok && result.plan.cover.purpose).toBe('');
  });
});
