import { describe, expect, it } from 'vitest';
import { COMPETENCE_SOURCES, COMPETENCES, competence, PASS_SCORE, RUBRIC_SCALE, RUBRIC_SCORES } from '../../../src/plan/exam/rubric';
import { SECTION_IDS } from '../../../src/plan/model/schema';

/**
 * The rubric (issue 22 §4, review M12): NIMA's names where they are known, with their source,
 * NIMA's scale with 3 as "voldoende", and the parts of the plan in the right step.
 */
describe('the rubric', () => {
  it('keeps every competence id that feedback may have stored, each once', () => {
    const ids = COMPETENCES.map((c) => c.id);
    expect(new Set(ids).size).toBe(ids.length);
    // Scores in feedback files are stored by these ids; an id that disappears drops the score on reading.
    for (const stored of ['analyse', 'strategie', 'financieel', 'plannen', 'klantgericht', 'samenwerken']) expect(competence(stored), stored).toBeDefined();
  });

  it.each([
    ['Analyse en oordeelsvorming', 'sales-b-2014'],
    ['Strategisch inzicht', 'sales-b-2014'],
    ['Probleemoplossing', 'sales-b-2014'],
    ['Waardebepaling', 'sales-b-2014'],
    ['Doelgericht/planmatig handelen', 'b2-accountmanager'],
    ['Commercieel handelen', 'b2-accountmanager'],
  ])('names the NIMA competence %s, from %s', (name, source) => {
    expect(COMPETENCES.find((c) => c.name === name)?.source).toBe(source);
  });

  it("says of every name where it comes from; only two are this site's own", () => {
    for (const c of COMPETENCES) expect(COMPETENCE_SOURCES).toContain(c.source);
    expect(COMPETENCES.filter((c) => c.source === 'eigen').map((c) => c.name)).toEqual(['Klantgerichtheid', 'Samenwerken en overtuigen']);
  });

  it("uses NIMA's scale, with 3 as voldoende", () => {
    expect(RUBRIC_SCORES.map((s) => RUBRIC_SCALE[s])).toEqual(['onvoldoende', 'matig', 'voldoende', 'goed', 'zeer goed']);
    expect(RUBRIC_SCALE[PASS_SCORE]).toBe('voldoende');
  });

  it('describes a 1, a 3 and a 5 for every competence, and points to parts of the plan that exist', () => {
    for (const c of COMPETENCES) {
      for (const level of [1, 3, 5] as const) expect(c.levels[level].length, `${c.id} ${level}`).toBeGreaterThan(40);
      expect(c.parts.length).toBeGreaterThan(0);
      for (const p of c.parts) expect(SECTION_IDS).toContain(p.section);
    }
  });

  // Review M12: shared goals are written in step 4, not in step 5.
  it('looks for the shared goals in step 4', () => {
    const places = COMPETENCES.flatMap((c) => c.parts.filter((p) => /gedeelde doelen/.test(p.what)).map((p) => p.section));
    expect(places.length).toBeGreaterThan(0);
    expect(new Set(places)).toEqual(new Set(['klantplan']));
  });

  it('practises the account strategy (step 6) under a competence', () => {
    expect(COMPETENCES.some((c) => c.parts.some((p) => p.section === 'develop' && /groeirichting/.test(p.what)))).toBe(true);
  });
});
