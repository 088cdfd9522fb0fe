import { describe, expect, it } from 'vitest';
import { lessonFrontmatter } from '../../src/lessons/frontmatter';
import { STEPS } from '../../src/plan/model/steps';

const goals = ['een eerste voorstel schrijven', 'ordenen wat je al weet over de klant'];

describe('lesson frontmatter', () => {
  it('accepts an ordinary page without lesson fields', () => {
    expect(lessonFrontmatter.safeParse({}).success).toBe(true);
  });

  it('accepts a complete, consistent lesson', () => {
    const result = lessonFrontmatter.safeParse({ step: 4, stepName: 'Wat zou de klant moeten plannen?', goals, worksheet: 'klantplan' });
    expect(result.success).toBe(true);
  });

  it.each([
    ['a lesson without a worksheet', { step: 1, stepName: 'Envision', goals }, 'moet "worksheet" hebben'],
    ['a step name that does not match the step', { step: 2, stepName: 'Envision', goals, worksheet: 'schedule' }, 'Stap 2 heet "Schedule"'],
    ['a worksheet of another step', { step: 1, stepName: 'Envision', goals, worksheet: 'actie' }, 'hoort bij werkblad "envision"'],
    ['lesson fields on a page that is not a lesson', { worksheet: 'envision' }, 'hoort alleen bij een les'],
    ['a step beyond the last', { step: STEPS.length + 1, stepName: 'X', goals, worksheet: 'actie' }, `Er zijn ${STEPS.length} stappen`],
    ['a single learning goal', { step: 1, stepName: 'Envision', goals: [goals[0]], worksheet: 'envision' }, 'Geef twee tot vier leerdoelen.'],
  ])('rejects %s with a clear message', (_name, data, message) => {
    const result = lessonFrontmatter.safeParse(data);
    expect(result.success).toBe(false);
    expect(result.success ? '' : result.error.issues.map((i) => i.message).join('\n')).toContain(message);
  });
});
