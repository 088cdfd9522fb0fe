import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { diffPlans, wordChanges, wordChangeText } from '../../../src/plan/edit/diff';
import { createPlan } from '../../../src/plan/model/plan';

function base() {
  const p = createPlan('Van Dijk');
  p.envision.ambition = 'Groeien';
  p.klantplan.strengths = [
    { id: 's1', text: 'Sterk merk' },
    { id: 's2', text: 'Eigen logistiek' },
  ];
  p.develop.objectives = [
    {
      id: 'o1',
      objective: 'Marge',
      type: 'marge',
      kpi: 'Brutomarge',
      baseline: '30%',
      target: '32%',
      deadline: '2027-12-31',
      question: '',
      goal: '',
      strategy: '',
    },
  ];
  p.develop.budget = [{ id: 'b1', item: 'Klantdag', opportunity: '', noOpportunity: '', hours: null, rate: null, otherCost: 2500 }];
  return p;
}

describe('the difference between two versions', () => {
  it('is empty for identical plans', () => {
    expect(diffPlans(base(), base())).toEqual([]);
  });

  it('names every changed field with its step, label and old and new value', () => {
    const before = base();
    const after = structuredClone(before);
    after.envision.ambition = 'Groeien en binden';
    after.klantplan.strengths = [
      { id: 's1', text: 'Sterk merk' },
      { id: 's3', text: 'Snelle service' },
    ];
    after.develop.objectives[0]!.target = '35%';
    after.develop.budget[0]!.otherCost = 3000;
    after.klantplan.matrix = { 's1:k1': '++' };
    after.name = 'Van Dijk 2027';
    expect(diffPlans(before, after).map(({ words: _, ...change }) => change)).toEqual([
      { section: 'cover', key: 'name', where: 'Naam van het plan', lines: ['"Van Dijk" → "Van Dijk 2027"'] },
      { section: 'envision', key: 'ambition', where: 'Stap 1 (Envision) › Ambitie voor het account', lines: ['"Groeien" → "Groeien en binden"'] },
      {
        section: 'klantplan',
        key: 'strengths',
        where: 'Stap 4 (Wat zou de klant moeten plannen?) › Sterktes van de klant',
        lines: ['toegevoegd: "Snelle service"', 'verwijderd: "Eigen logistiek"'],
      },
      { section: 'klantplan', key: 'matrix', where: 'Stap 4 (Wat zou de klant moeten plannen?) › Confrontatiematrix', lines: ['1 cel anders gescoord'] },
      { section: 'develop', key: 'objectives', where: 'Stap 6 (Develop) › SMART-doelen', lines: ['doel 1 "Marge" › Streefwaarde: "32%" → "35%"'] },
      { section: 'develop', key: 'budget', where: 'Stap 6 (Develop) › Budget', lines: ['post 1 "Klantdag" › Overige kosten: "€ 2.500" → "€ 3.000"'] },
    ]);
  });

  it('reports added and removed table rows', () => {
    const before = base();
    const after = structuredClone(before);
    after.develop.budget = [{ id: 'b2', item: 'Bezoek', opportunity: '', noOpportunity: 'Geen order', hours: null, rate: null, otherCost: 100 }];
    expect(diffPlans(before, after)[0]!.lines).toEqual(['toegevoegd: post 1 "Bezoek"', 'verwijderd: post 1 "Klantdag"']);
  });

  it('shows where a long text changed at its end: the new words, with the words before them', () => {
    const before = base();
    const after = structuredClone(before);
    const long = `${'De klant wil groeien in de ouderenzorg en zoekt een partner die meedenkt. '.repeat(4)}Dat vraagt om een vaste contactpersoon.`;
    before.envision.ambition = long;
    after.envision.ambition = `${long} En om een gezamenlijke jaarplanning met kwartaalreviews.`;
    const [change] = diffPlans(before, after);
    expect(change!.lines).toEqual(['… Dat vraagt om een vaste contactpersoon. [erbij: En om een gezamenlijke jaarplanning met kwartaalreviews.]']);
    expect(change!.words[0]!.parts).toEqual([
      { kind: 'same', text: '… Dat vraagt om een vaste contactpersoon.' },
      { kind: 'added', text: ' En om een gezamenlijke jaarplanning met kwartaalreviews.' },
    ]);
  });

  it('shows a word changed in the middle of a list item and a table cell, with context on both sides', () => {
    const before = base();
    const after = structuredClone(before);
    before.klantplan.strengths[0]!.text = 'Een sterk merk in de regio met veel vaste klanten en een goede naam bij verpleegkundigen';
    after.klantplan.strengths[0]!.text = 'Een sterk merk in de regio met veel trouwe klanten en een goede naam bij verpleegkundigen';
    before.develop.objectives[0]!.objective = 'Meer marge op de vaste producten door een betere mix van artikelen in het assortiment';
    after.develop.objectives[0]!.objective = 'Meer marge op de vaste producten door een slimmere mix van artikelen in het assortiment';
    const lines = diffPlans(before, after).flatMap((c) => c.lines);
    expect(lines).toEqual([
      '… merk in de regio met veel [weg: vaste][erbij: trouwe] klanten en een goede naam bij …',
      'doel 1 "Meer marge op de vaste producten door een slimmere mix van artikelen in het assortiment" › Doel: … op de vaste producten door een [weg: betere][erbij: slimmere] mix van artikelen in het assortiment',
    ]);
  });

  it('names every added word of a text that grew at its end, whatever the text (property)', () => {
    fc.assert(
      fc.property(fc.array(fc.stringMatching(/^[a-zé]{1,8}$/), { maxLength: 200 }), fc.integer({ min: 1, max: 5 }), (words, n) => {
        const before = words.join(' ');
        const extra = Array.from({ length: n }, (_, i) => `nieuw${i}q`).join(' ');
        const after = before ? `${before} ${extra}` : extra;
        const text = wordChangeText(wordChanges(before, after));
        expect(text).toContain(extra);
        expect(text.length).toBeLessThan(before.length + extra.length + 120);
      }),
    );
  });

  it('stays whole and fast for two texts that share nothing', () => {
    const a = Array.from({ length: 3000 }, (_, i) => `oud${i}`).join(' ');
    const b = Array.from({ length: 3000 }, (_, i) => `nieuw${i}`).join(' ');
    const parts = wordChanges(a, b);
    expect(
      parts
        .filter((p) => p.kind === 'removed')
        .map((p) => p.text)
        .join(''),
    ).toContain('oud2999');
    expect(
      parts
        .filter((p) => p.kind === 'added')
        .map((p) => p.text)
        .join(''),
    ).toContain('nieuw2999');
  });
});
