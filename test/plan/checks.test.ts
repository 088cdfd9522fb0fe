import { describe, expect, it } from 'vitest';
import { runChecks } from '../../src/plan/checks';
import { createPlan } from '../../src/plan/plan';
import type { Plan } from '../../src/plan/schema';

/** A plan that passes every check; each case below breaks one thing. */
function goodPlan(): Plan {
  const plan = createPlan('Goed plan');
  plan.schedule = { ...plan.schedule, validFrom: '2027-01-01', validUntil: '2027-12-31', reviewRhythm: 'kwartaal' };
  plan.discover.dmu = [
    { id: 'd1', name: 'Anouk', position: 'Directeur', role: 'beslisser', influence: 'hoog', attitude: 'neutraal', lastContact: '', owner: '' },
    { id: 'd2', name: 'Bram', position: 'Hoofd facilitair', role: 'gebruiker', influence: 'midden', attitude: 'voorstander', lastContact: '', owner: '' },
  ];
  plan.klantplan.strengths = [{ id: 's1', text: 'Sterk merk' }];
  plan.klantplan.opportunities = [{ id: 'k1', text: 'Vergrijzing' }];
  plan.klantplan.matrix = { 's1:k1': '++' };
  plan.klantplan.keyQuestions = [{ id: 'q1', question: 'Hoe kunnen we het merk inzetten?', cell: 's1:k1' }];
  plan.develop.objectives = [
    { id: 'o1', objective: 'Omzet +10%', type: 'omzet', kpi: 'Omzet', baseline: '€ 400.000', target: '€ 440.000', deadline: '2027-12-31', question: 'q1' },
  ];
  plan.actie.actions = [
    { id: 'a1', action: 'Offerte maken', objective: 'o1', owner: 'Sam', start: '2027-01-10', due: '2027-02-01', resources: '', status: 'gepland' },
  ];
  return plan;
}

const failing = (plan: Plan) => Object.fromEntries(runChecks(plan).filter((c) => !c.ok).map((c) => [c.id, c.problems.map((p) => p.message)]));

describe('the workbook checks', () => {
  it('all pass on a complete plan', () => {
    expect(failing(goodPlan())).toEqual({});
  });

  it('all fail on an empty plan, each with a link to the field to fix', () => {
    const results = runChecks(createPlan());
    expect(results.every((c) => !c.ok)).toBe(true);
    for (const p of results.flatMap((c) => c.problems)) expect(p.href).toMatch(/^\/stappen\/\d-[a-z]+\/#werkblad-[a-z-]+$/);
  });

  it.each<[string, (p: Plan) => void, string, RegExp]>([
    ['an objective without action', (p) => (p.actie.actions[0]!.objective = ''), 'doelen-hebben-acties', /Doel "Omzet \+10%" heeft nog geen actie/],
    ['an action without owner', (p) => (p.actie.actions[0]!.owner = ''), 'acties-eigenaar-datum', /geen eigenaar/],
    ['an action without date', (p) => (p.actie.actions[0]!.due = ''), 'acties-eigenaar-datum', /geen datum/],
    ['an objective without KPI', (p) => (p.develop.objectives[0]!.kpi = ''), 'doelen-smart', /mist: KPI/],
    ['an objective without target and deadline', (p) => Object.assign(p.develop.objectives[0]!, { target: '', deadline: '' }), 'doelen-smart', /mist: streefwaarde, deadline/],
    ['a key question without matrix cell', (p) => (p.klantplan.keyQuestions[0]!.cell = ''), 'kernvragen-uit-matrix', /hangt nog niet aan een cel/],
    ['a key question whose strength was deleted', (p) => (p.klantplan.strengths = []), 'kernvragen-uit-matrix', /hangt nog niet aan een cel/],
    ['a DMU without decision maker', (p) => (p.discover.dmu[0]!.role = 'inkoper'), 'dmu-beslisser-voorstander', /geen beslisser/],
    ['a DMU without supporter', (p) => (p.discover.dmu[1]!.attitude = 'kritisch'), 'dmu-beslisser-voorstander', /geen voorstander/],
    ['no validity period', (p) => (p.schedule.validUntil = ''), 'geldigheid-evaluatie', /van wanneer tot wanneer/],
    ['an end before the start', (p) => (p.schedule.validUntil = '2026-06-01'), 'geldigheid-evaluatie', /vóór de begindatum/],
    ['no review rhythm', (p) => (p.schedule.reviewRhythm = ''), 'geldigheid-evaluatie', /hoe vaak je het plan evalueert/],
    ['a period too short for one review', (p) => (p.schedule.validUntil = '2027-02-01'), 'geldigheid-evaluatie', /nog geen evaluatiemoment/],
  ])('flag %s', (_name, breakIt, id, message) => {
    const plan = goodPlan();
    breakIt(plan);
    const result = failing(plan);
    expect(Object.keys(result)).toEqual([id]);
    expect(result[id]!.join(' ')).toMatch(message);
  });

  it('ignore empty rows the reader added but did not fill', () => {
    const plan = goodPlan();
    plan.develop.objectives.push({ id: 'o2', objective: '', type: '', kpi: '', baseline: '', target: '', deadline: '', question: '' });
    plan.actie.actions.push({ id: 'a2', action: '', objective: '', owner: '', start: '', due: '', resources: '', status: '' });
    expect(failing(plan)).toEqual({});
  });
});
