import { describe, expect, it } from 'vitest';
import { pathLabel } from '../../../src/plan/model/field-path';
import { readPlan } from '../../../src/plan/model/migrations';

/** A stored or imported plan with damage in one place loses nothing else. */
describe('reading a damaged plan', () => {
  it.each([
    ['a date in the wrong form', { schedule: { readyBy: '12-03-2027', hoursNeeded: 12 } }, 'Stap 2 (Schedule) › Klaar op', '12-03-2027'],
    ['an impossible date', { schedule: { readyBy: '2027-02-31', hoursNeeded: 12 } }, 'Stap 2 (Schedule) › Klaar op', '2027-02-31'],
    [
      'a year a date input allows but no plan needs',
      { schedule: { readyBy: '275760-01-01', hoursNeeded: 12 } },
      'Stap 2 (Schedule) › Klaar op',
      '275760-01-01',
    ],
    ['a score of 9', { envision: { willingness: 9 } }, 'Stap 1 (Envision) › Bereidheid om met ons samen te werken', 9],
    ['a choice that does not exist', { cover: { purpose: 'hobby' } }, 'Voorblad › Doel van het plan', 'hobby'],
    ['text where a number belongs', { discover: { employees: 'veel' } }, 'Stap 3 (Discover) › Aantal medewerkers', 'veel'],
    ['a section that is no object', { inspire: 'kapot' }, 'Stap 8 (Inspire)', 'kapot'],
  ])('keeps every other field when one holds %s, and names the field', (_what, damage, where, value) => {
    const sound = { cover: { account: 'Lindenhof' }, schedule: { hoursNeeded: 12 }, envision: { ambition: 'Groeien' }, discover: { sector: 'zorg' } };
    const raw: Record<string, unknown> = { schemaVersion: 1, id: 'p1', name: 'Mijn plan', ...sound };
    for (const [section, fields] of Object.entries(damage)) {
      raw[section] = typeof fields === 'object' ? { ...(raw[section] as object), ...fields } : fields;
    }
    const result = readPlan(raw);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.repairs.map((r) => ({ where: pathLabel(r.path), kind: r.kind, value: r.value }))).toEqual([{ where, kind: 'unreadable', value }]);
    expect(result.plan).toMatchObject({ name: 'Mijn plan', ...sound });
  });

  it('keeps the readable cells of a row and the other rows of a table', () => {
    const result = readPlan({
      schemaVersion: 1,
      id: 'p1',
      discover: {
        dmu: [{ id: 'r1', name: 'Marco Huisman', role: 'beslisser' }, { id: 'r2', name: 'Els Kramer', role: 'koning', lastContact: '2027-13-01' }, 'geen rij'],
      },
    });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.plan.discover.dmu.map((p) => [p.id, p.name, p.role, p.lastContact])).toEqual([
      ['r1', 'Marco Huisman', 'beslisser', ''],
      ['r2', 'Els Kramer', '', ''],
    ]);
    expect(result.repairs.map((r) => pathLabel(r.path))).toEqual([
      'Stap 3 (Discover) › DMU: wie beslist mee › rij 2 › Rol in de DMU',
      'Stap 3 (Discover) › DMU: wie beslist mee › rij 2 › Laatste contact',
      'Stap 3 (Discover) › DMU: wie beslist mee › rij 3',
    ]);
  });

  it('drops unreadable matrix scores and keeps the others', () => {
    const result = readPlan({ schemaVersion: 1, id: 'p1', klantplan: { matrix: { 'a:b': '++', 'a:c': 'heel goed' } } });
    expect(result.ok && result.plan.klantplan.matrix).toEqual({ 'a:b': '++' });
    expect(result.ok && result.repairs.map((r) => r.value)).toEqual(['heel goed']);
  });

  it('shortens a name that is too long instead of refusing the plan', () => {
    const result = readPlan({ schemaVersion: 1, id: 'p1', name: 'x'.repeat(250) });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.plan.name).toHaveLength(200);
    expect(result.plan.name.endsWith('…')).toBe(true);
    expect(result.repairs).toEqual([{ path: ['name'], kind: 'shortened', value: 'x'.repeat(250) }]);
  });

  it('gives rows that share an id a fresh id, so editing one never changes the other', () => {
    const result = readPlan({
      schemaVersion: 1,
      id: 'p1',
      discover: {
        dmu: [
          { id: 'same', name: 'Een' },
          { id: 'same', name: 'Twee' },
          { id: 'same', name: 'Drie' },
        ],
      },
    });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const ids = result.plan.discover.dmu.map((p) => p.id);
    expect(ids[0]).toBe('same');
    expect(new Set(ids).size).toBe(3);
    expect(result.repairs.map((r) => [r.kind, pathLabel(r.path)])).toEqual([
      ['new-id', 'Stap 3 (Discover) › DMU: wie beslist mee › rij 2'],
      ['new-id', 'Stap 3 (Discover) › DMU: wie beslist mee › rij 3'],
    ]);
  });

  it('reports nothing for a sound plan', () => {
    const result = readPlan({ schemaVersion: 1, id: 'p1', cover: { account: 'Lindenhof' } });
    expect(result.ok && result.repairs).toEqual([]);
  });
});

describe('data an earlier version set aside', () => {
  it('can be imported again: what does not read is left out and named', async () => {
    const { parseBackup } = await import('../../../src/plan/exchange/transfer');
    // What the site used to set aside whole: a copy whose name had grown past the limit, with a date typed as 20245.
    const setAside = JSON.stringify({
      schemaVersion: 1,
      id: 'oud',
      name: `${'Accountplan Lindenhof '.repeat(10)}(kopie)`,
      cover: { account: 'Zorggroep Lindenhof', periodFrom: '20245-01-01' },
      envision: { ambition: 'Voorkeursleverancier worden.' },
    });
    const result = parseBackup(setAside);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.plans[0]!.cover.account).toBe('Zorggroep Lindenhof');
    expect(result.plans[0]!.envision.ambition).toBe('Voorkeursleverancier worden.');
    expect(result.plans[0]!.cover.periodFrom).toBe('');
    expect(result.notes.join(' ')).toContain('kon één veld niet gelezen worden en is leeg gelaten: Voorblad › Periode van.');
    expect(result.notes.join(' ')).toContain('was te lang en is ingekort');
  });
});
