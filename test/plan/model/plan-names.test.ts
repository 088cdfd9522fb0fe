import { describe, expect, it } from 'vitest';
import { LIMITS } from '../../../src/plan/model/limits';
import { createPlan, isDefaultName, planDisplayName } from '../../../src/plan/model/plan';
import { copyNameWithAuthor, planLabel } from '../../../src/plan/model/plan-label';

function plan(name: string, account = '', author = '') {
  const p = createPlan(name);
  p.cover.account = account;
  p.cover.author = author;
  return p;
}

describe('the name a plan is shown by', () => {
  it.each([
    ['a default name, no account yet', 'Mijn plan', '', 'Mijn plan'],
    ['"Mijn plan" once the account is filled in', 'Mijn plan', 'Zorggroep Lindenhof', 'Accountplan Zorggroep Lindenhof'],
    ['"Nieuw plan" once the account is filled in', 'Nieuw plan', 'Bakkerij Ørsted', 'Accountplan Bakkerij Ørsted'],
    ['"Naamloos plan" once the account is filled in', 'Naamloos plan', 'Van Dijk', 'Accountplan Van Dijk'],
    ['an empty name with an account', '   ', 'Van Dijk', 'Accountplan Van Dijk'],
    ['an empty name without an account', '', '', 'Naamloos plan'],
    ['a name the reader chose, whatever the account', 'Oefenplan les 2', 'Van Dijk', 'Oefenplan les 2'],
    ['a default name with spaces around it', '  Mijn plan ', 'Van  Dijk\n', 'Accountplan Van Dijk'],
  ])('%s', (_case, name, account, shown) => {
    expect(planDisplayName(plan(name, account))).toBe(shown);
  });

  it('follows the account when it changes', () => {
    const p = plan('Mijn plan', 'Lindenhof');
    expect(planDisplayName(p)).toBe('Accountplan Lindenhof');
    p.cover.account = 'Zorggroep Lindenhof';
    expect(planDisplayName(p)).toBe('Accountplan Zorggroep Lindenhof');
  });

  it('fits the name limit, however long the account', () => {
    const shown = planDisplayName(plan('Mijn plan', 'K'.repeat(LIMITS.name * 2)));
    expect(shown.length).toBeLessThanOrEqual(LIMITS.name);
    expect(shown.startsWith('Accountplan KKK')).toBe(true);
    expect(shown.endsWith('…')).toBe(true);
  });

  it.each([
    ['Mijn plan', true],
    ['Nieuw plan', true],
    ['', true],
    ['Mijn plan (kopie)', false],
    ['Accountplan Lindenhof', false],
  ])('"%s" is a default name: %s', (name, expected) => {
    expect(isDefaultName(name)).toBe(expected);
  });
});

describe('a plan as messages name it', () => {
  it.each([
    ['account and author', plan('Mijn plan', 'Zorggroep Lindenhof', 'Sanne de Wit'), '"Accountplan Zorggroep Lindenhof" van Sanne de Wit'],
    [
      'a name of its own that does not say the account',
      plan('Oefenplan', 'Zorggroep Lindenhof', 'Sanne de Wit'),
      '"Oefenplan" (Zorggroep Lindenhof) van Sanne de Wit',
    ],
    ['no author', plan('Mijn plan', 'Van Dijk'), '"Accountplan Van Dijk"'],
    ['nothing filled in', plan('Mijn plan'), '"Mijn plan"'],
  ])('with %s', (_case, p, label) => {
    expect(planLabel(p)).toBe(label);
  });
});

describe("the name of a kept copy of someone else's plan", () => {
  it("names the account and the author, so twenty students' plans differ", () => {
    expect(copyNameWithAuthor(plan('Mijn plan', 'Zorggroep Lindenhof', 'Sanne de Wit'), ' (gedeeld)')).toBe(
      'Accountplan Zorggroep Lindenhof van Sanne de Wit (gedeeld)',
    );
    expect(copyNameWithAuthor(plan('Mijn plan', 'Zorggroep Lindenhof', 'Ahmed El Amrani'), ' (gedeeld)')).toBe(
      'Accountplan Zorggroep Lindenhof van Ahmed El Amrani (gedeeld)',
    );
  });

  it('keeps its suffix whole within the name limit', () => {
    const name = copyNameWithAuthor(plan('N'.repeat(LIMITS.name), '', 'Sanne'), ' (gedeeld)');
    expect(name.length).toBeLessThanOrEqual(LIMITS.name);
    expect(name.endsWith('… (gedeeld)')).toBe(true);
  });
});
