import { describe, expect, it } from 'vitest';
import { createFeedback, targetKey } from '../../src/plan/feedback/feedback';
import { examplePlan } from '../../src/plan/example/example-plan';
import { feedbackForDocument } from '../../src/document/feedback-input';
import { readPdf, render, squash } from './fixtures';

describe('the PDF with trainer feedback as appendix', () => {
  const plan = examplePlan();
  const feedback = createFeedback(
    plan,
    {
      id: 'fb1',
      trainer: 'Marieke Bos',
      overall: 'Een sterk plan.',
      scores: { analyse: 4 },
      comments: { [targetKey('envision', 'ambition')]: 'Noem wat Lindenhof eraan heeft.', [targetKey('develop', null)]: 'Reken het saldo na.' },
    },
    new Date('2027-03-04T10:00:00Z'),
  );

  it('lists every comment under its place, marks what is done, and has the scores', async () => {
    const { pages, outline } = await readPdf(render(plan, { feedback: feedbackForDocument([{ feedback, done: ['envision.ambition'] }]) }).bytes);
    const appendix = squash(pages.filter((p) => p.includes('Feedback van je trainer')).join('\n'));
    expect(outline).toContain('Feedback van je trainer');
    for (const text of [
      'Feedback van Marieke Bos, 4 maart 2027',
      'Algemene opmerking',
      'Een sterk plan.',
      'Analyse en oordeelsvorming 4 van 5',
      'Stap 1 · Envision › Ambitie voor het account · verwerkt',
      'Noem wat Lindenhof eraan heeft.',
      'Stap 6 · Develop (de hele stap)',
      'Reken het saldo na.',
    ]) {
      expect(appendix).toContain(squash(text));
    }
    expect(appendix).not.toContain(squash('Stap 6 · Develop (de hele stap) · verwerkt'));
  });

  it('is left out when there is no feedback', async () => {
    const { outline } = await readPdf(render(plan, {}).bytes);
    expect(outline).not.toContain('Feedback van je trainer');
  });
});
