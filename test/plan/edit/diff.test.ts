import { describe, expect, it } from 'vitest';
import { diffPlans } from '../../../src/plan/edit/diff';
import { createPlan } from '../../../src/plan/model/plan';

function base() {
  const p = createPlan('Van Dijk');
  p.envision.ambition = 'Groeien';
  p.klantplan.strengths = [{ id: 's1', text: 'Sterk merk' }, { id: 's2', text: 'Eigen logistiek' }];
  p.develop.objectives = [{ id: 'o1', objective: 'Marge', type: 'marge', kpi: 'Brutomarge', baseline: '30%', target: '32%', deadline: '2027-12-31', question: '', goal: '', strategy: '' }];
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
    after.klantplan.strengths = [{ id: 's1', text: 'Sterk merk' }, { id: 's3', text: 'Snelle service' }];
    after.develop.objectives[0]!.target = '35%';
    after.develop.budget[0]!.otherCost = 3000;
    after.klantplan.matrix = { 's1:k1': '++' };
    after.name = 'Van Dijk 2027';
    expect(diffPlans(before, after)).toEqual([
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
});
