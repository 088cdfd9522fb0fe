import { describe, expect, it } from 'vitest';
import { createFeedback, emptyDraft, FEEDBACK_LIMITS, planForFeedback, targetKey, type FeedbackDraft } from '../../../src/plan/feedback/feedback';
import { createFeedbackLink, feedbackFile, isFeedbackFragment, openFeedbackLink } from '../../../src/plan/feedback/feedback-link';
import { parseFeedbackText, readFeedback } from '../../../src/plan/feedback/feedback-read';
import { createPlan } from '../../../src/plan/model/plan';
import { createShareLink, openShareLink } from '../../../src/plan/exchange/share';

const ORIGIN = 'https://accountplan.test';
const NOW = new Date('2027-03-04T10:00:00Z');

function studentPlan() {
  const plan = createPlan('Mijn plan', new Date('2027-03-01T09:00:00Z'));
  plan.cover.account = 'Zorggroep Lindenhof';
  plan.cover.author = 'Sanne de Wit';
  plan.envision.ambition = 'Over drie jaar de vaste partner voor hygiëne.';
  return plan;
}

function draft(): FeedbackDraft {
  return {
    id: 'fb1',
    trainer: 'Marieke Bos',
    overall: 'Een sterk begin. Werk de cijfers van stap 6 nog uit.',
    scores: { analyse: 4, financieel: 2 },
    comments: {
      [targetKey('envision', 'ambition')]: 'Noem wat Lindenhof eraan heeft — “Zoë” <script>alert(1)</script>',
      [targetKey('develop', null)]: 'Elk doel mist nog een nulmeting.',
      [targetKey('envision', 'history')]: '   ',
    },
  };
}

const fragmentOf = (url: string) => url.slice(url.indexOf('#'));

describe('feedback made from a draft', () => {
  it('names the plan it belongs to and keeps only comments with text, in the order of the plan', () => {
    const feedback = createFeedback(studentPlan(), draft(), NOW, 'fb1');
    expect(feedback.plan).toMatchObject({ name: 'Mijn plan', account: 'Zorggroep Lindenhof', author: 'Sanne de Wit' });
    expect(feedback.comments.map((c) => [c.section, c.field])).toEqual([
      ['envision', 'ambition'],
      ['develop', null],
    ]);
    expect(feedback.scores).toEqual({ analyse: 4, financieel: 2 });
  });

  it('drops scores of competences that do not exist and scores outside 1–5', () => {
    const feedback = createFeedback(studentPlan(), { ...emptyDraft(), scores: { analyse: 5, onbekend: 3, strategie: 9 as never } }, NOW);
    expect(feedback.scores).toEqual({ analyse: 5 });
  });
});

describe('a feedback link', () => {
  it('carries the feedback in the fragment and opens as the same feedback', async () => {
    const feedback = createFeedback(studentPlan(), draft(), NOW, 'fb1');
    const link = await createFeedbackLink(feedback, ORIGIN);
    if (!link.ok) throw new Error(link.message);
    expect(link.url.startsWith(`${ORIGIN}/gedeeld/#f1.`)).toBe(true);
    expect(new URL(link.url).pathname + new URL(link.url).search).toBe('/gedeeld/');
    expect(isFeedbackFragment(fragmentOf(link.url))).toBe(true);
    await expect(openFeedbackLink(fragmentOf(link.url))).resolves.toEqual({ ok: true, feedback, skipped: 0 });
  });

  it.each<[string, (fragment: string) => string]>([
    ['cut off', (f) => f.slice(0, Math.floor(f.length / 2))],
    ['with one character changed', (f) => f.slice(0, -3) + (f.at(-3) === 'A' ? 'B' : 'A') + f.slice(-2)],
    ['with a forged check', (f) => f.replace(/^#f1\.[^.]+\./, '#f1.AAAAAAAAAAAA.')],
    ['of another version', (f) => f.replace('#f1.', '#f9.')],
    ['not base64', () => '#f1.abc.<script>'],
  ])('that is %s is refused as damaged', async (_name, tamper) => {
    const link = await createFeedbackLink(createFeedback(studentPlan(), draft(), NOW), ORIGIN);
    if (!link.ok) throw new Error(link.message);
    const opened = await openFeedbackLink(tamper(fragmentOf(link.url)));
    expect(opened.ok).toBe(false);
    if (!opened.ok) expect(opened.message).toMatch(/feedbacklink is beschadigd of onvolledig/);
  });

  it('is not a shared plan, and a shared plan is not feedback', async () => {
    const feedback = await createFeedbackLink(createFeedback(studentPlan(), draft(), NOW), ORIGIN);
    const share = await createShareLink(studentPlan(), ORIGIN);
    if (!feedback.ok || !share.ok) throw new Error('no link');
    expect((await openShareLink(fragmentOf(feedback.url))).ok).toBe(false);
    expect((await openFeedbackLink(fragmentOf(share.url))).ok).toBe(false);
    expect(isFeedbackFragment(fragmentOf(share.url))).toBe(false);
  });

  it('says to send the file when the feedback is too long for a link', async () => {
    const noise = () => Array.from({ length: 4_900 }, () => String.fromCharCode(33 + Math.floor(Math.random() * 90))).join('');
    const comments = Object.fromEntries(
      ['ambition', 'attitudeNote', 'willingnessNote', 'customerGoals', 'firstGoals', 'readers', 'history'].map((f) => [targetKey('envision', f), noise()]),
    );
    const link = await createFeedbackLink(createFeedback(studentPlan(), { ...draft(), comments }, NOW), ORIGIN);
    expect(link.ok).toBe(false);
    if (!link.ok) expect(link.message).toMatch(/te lang voor een link.*JSON-bestand/);
  });
});

describe('a feedback file', () => {
  it('round-trips, and is named after the account', () => {
    const feedback = createFeedback(studentPlan(), draft(), NOW, 'fb1');
    const file = feedbackFile(feedback);
    expect(file.fileName).toBe('feedback-zorggroep-lindenhof-2027-03-04.json');
    expect(parseFeedbackText(file.text)).toEqual({ ok: true, feedback, skipped: 0 });
  });

  it.each<[string, string, RegExp]>([
    ['no JSON', '{kapot', /geen leesbare feedback/],
    ['a backup of a plan', JSON.stringify({ format: 'accountplan-in-9-stappen', plans: [] }), /geen feedback op een accountplan/],
    ['feedback without its plan', JSON.stringify({ format: 'accountplan-feedback', version: 1, id: 'x' }), /plan waar ze bij hoort, ontbreekt/],
    ['feedback of a newer version', JSON.stringify({ format: 'accountplan-feedback', version: 2 }), /nieuwere versie/],
  ])('with %s is refused with a clear message', (_name, text, message) => {
    const result = parseFeedbackText(text);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.message).toMatch(message);
  });

  it('skips comments at places the plan does not have, keeps the rest, and cuts over-long texts', () => {
    const feedback = createFeedback(studentPlan(), draft(), NOW, 'fb1');
    const data = {
      ...feedback,
      comments: [
        ...feedback.comments,
        { id: 'x1', section: 'envision', field: 'bestaatNiet', text: 'weg' },
        { id: 'x2', section: '__proto__', field: null, text: 'weg' },
        { id: 'x3', section: 'adapt', field: null, text: 'l'.repeat(FEEDBACK_LIMITS.comment + 10) },
      ],
    };
    const result = readFeedback(JSON.parse(JSON.stringify(data)));
    if (!result.ok) throw new Error(result.message);
    expect(result.skipped).toBe(2);
    expect(result.feedback.comments.map((c) => c.id)).toEqual([...feedback.comments.map((c) => c.id), 'x3']);
    expect(result.feedback.comments.at(-1)!.text).toHaveLength(FEEDBACK_LIMITS.comment);
  });

  it('cuts an over-long text of characters outside the BMP to the limit as the trainer counted it, never inside a character', () => {
    const feedback = createFeedback(studentPlan(), draft(), NOW, 'fb1');
    const data = { ...feedback, comments: [{ id: 'x1', section: 'adapt', field: null, text: '𐀀'.repeat(FEEDBACK_LIMITS.comment) }] };
    const result = readFeedback(JSON.parse(JSON.stringify(data)));
    if (!result.ok) throw new Error(result.message);
    const text = result.feedback.comments[0]!.text;
    expect(text.length).toBeLessThanOrEqual(FEEDBACK_LIMITS.comment);
    expect(text.endsWith('𐀀…')).toBe(true);
  });
});

describe('the plan feedback belongs to', () => {
  it("is the reader's plan with the same id", () => {
    const plan = studentPlan();
    const other = createPlan('Ander plan');
    const result = planForFeedback(createFeedback(plan, draft(), NOW), [other, plan]);
    expect(result).toEqual({ ok: true, plan });
  });

  it('is refused when the reader has no such plan, naming the plan and its author', () => {
    const result = planForFeedback(createFeedback(studentPlan(), draft(), NOW), [createPlan('Mijn plan')]);
    expect(result.ok).toBe(false);
    if (!result.ok)
      expect(result.message).toBe(
        'Deze feedback hoort bij een ander plan: "Accountplan Zorggroep Lindenhof" van Sanne de Wit. Dat plan staat niet in dit werkboek, dus de feedback is niet bewaard en er is niets veranderd. Open de link in de browser waarin dat plan staat. Ben je de trainer? Stuur de link dan naar de student.',
      );
  });
});
