import { describe, expect, it } from 'vitest';
import { createFeedback, targetKey, type FeedbackDraft } from '../../src/plan/feedback/feedback';
import { createPlan } from '../../src/plan/model/plan';
import { createFeedbackStore, OVERALL } from '../../src/stores/feedback';
import { feedbackKey, KEYS, planKey } from '../../src/stores/keys';
import { createPlanStore } from '../../src/stores/plan-store';
import { FakeStorageArea, type FakeTab } from './fake-storage';

const NOW = new Date('2027-03-04T10:00:00Z');

function open(tab: FakeTab) {
  const plans = createPlanStore({ storage: () => tab, events: tab.events, saveDelay: 300 });
  plans.load();
  return { plans, feedback: createFeedbackStore(plans, () => NOW) };
}

const draft: FeedbackDraft = {
  id: 'fb1',
  trainer: 'Marieke Bos',
  overall: 'Goed begin.',
  scores: { analyse: 3 },
  comments: { [targetKey('envision', 'ambition')]: 'Noem wat de klant eraan heeft.', [targetKey('develop', null)]: 'Doelen missen een nulmeting.' },
};

function studentWithPlan() {
  const area = new FakeStorageArea();
  const { plans, feedback } = open(area.tab());
  plans.setField('cover', 'account', 'Zorggroep Lindenhof');
  plans.setField('cover', 'author', 'Sanne de Wit');
  plans.setField('envision', 'ambition', 'Vaste partner worden.');
  plans.flush();
  const plan = plans.$activePlan.get()!;
  return { area, plans, feedback, plan };
}

describe('receiving feedback', () => {
  it('keeps it beside the plan, under its own key, and never changes the plan', () => {
    const { area, plans, feedback, plan } = studentWithPlan();
    const before = area.data.get(planKey(plan.id));
    const result = feedback.receive(createFeedback(plan, draft, NOW, 'fb1'));
    expect(result).toMatchObject({ ok: true, planId: plan.id });
    if (result.ok)
      expect(result.message).toBe(
        'Feedback van Marieke Bos op "Accountplan Zorggroep Lindenhof" van Sanne de Wit staat nu bij dat plan: 2 opmerkingen en een algemene opmerking. Je plan zelf is niet veranderd.',
      );
    plans.flush();
    expect(area.data.get(planKey(plan.id))).toBe(before);
    expect(JSON.parse(area.data.get(feedbackKey(plan.id))!).received).toHaveLength(1);
    expect(feedback.commentsAt(plan.id, 'envision', 'ambition').map((c) => c.comment.text)).toEqual(['Noem wat de klant eraan heeft.']);
    expect(feedback.commentsAt(plan.id, 'develop', null)).toHaveLength(1);
  });

  it('refuses feedback for a plan the reader does not have, and stores nothing', () => {
    const { area, feedback } = studentWithPlan();
    const other = createPlan('Mijn plan');
    other.cover.account = 'Van Dijk';
    other.cover.author = 'Ahmed';
    const result = feedback.receive(createFeedback(other, draft, NOW));
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.message).toContain('hoort bij een ander plan: "Accountplan Van Dijk" van Ahmed');
    expect([...area.data.keys()].filter((k) => k.startsWith(KEYS.feedbackPrefix))).toEqual([]);
  });

  it('makes the plan it belongs to the active one', () => {
    const { plans, feedback, plan } = studentWithPlan();
    plans.createNewPlan();
    expect(plans.$activeId.get()).not.toBe(plan.id);
    feedback.receive(createFeedback(plan, draft, NOW));
    expect(plans.$activeId.get()).toBe(plan.id);
  });
});

describe('working through feedback', () => {
  it('marks comments done, survives edits and a reload, and keeps "done" when the same feedback comes again', () => {
    const { area, plans, feedback, plan } = studentWithPlan();
    const fb = createFeedback(plan, draft, NOW, 'fb1');
    feedback.receive(fb);
    feedback.setDone(plan.id, 'fb1', 'envision.ambition', true);
    feedback.setDone(plan.id, 'fb1', OVERALL, true);
    plans.setField('envision', 'ambition', 'Vaste partner worden, zodat Lindenhof zijn milieudoel haalt.');
    plans.flush();

    const again = open(area.tab());
    const placed = again.feedback.commentsAt(plan.id, 'envision', 'ambition');
    expect(placed.map((c) => c.done)).toEqual([true]);
    const result = again.feedback.receive(fb);
    if (result.ok) expect(result.message).toContain('Je had deze feedback al');
    expect(again.feedback.feedbackOf(plan.id)).toHaveLength(1);
    expect(again.feedback.feedbackOf(plan.id)[0]!.done.sort()).toEqual([OVERALL, 'envision.ambition']);
  });

  it('keeps a second feedback beside the first, and removes one on request', () => {
    const { feedback, plan } = studentWithPlan();
    feedback.receive(createFeedback(plan, draft, NOW, 'fb1'));
    feedback.receive(createFeedback(plan, { ...draft, trainer: 'Joost' }, NOW, 'fb2'));
    expect(feedback.feedbackOf(plan.id).map((r) => r.feedback.id)).toEqual(['fb1', 'fb2']);
    expect(feedback.commentsAt(plan.id, 'envision', 'ambition')).toHaveLength(2);
    feedback.remove(plan.id, 'fb1');
    expect(feedback.feedbackOf(plan.id).map((r) => r.feedback.id)).toEqual(['fb2']);
  });

  it('sets unreadable stored feedback aside and reads what it can', () => {
    const { area, plan } = studentWithPlan();
    const good = createFeedback(plan, draft, NOW, 'fb1');
    area.data.set(
      feedbackKey(plan.id),
      JSON.stringify({ version: 1, received: [{ feedback: good, receivedAt: '', done: [] }, { feedback: { format: 'x' } }] }),
    );
    const fresh = open(area.tab());
    expect(fresh.feedback.feedbackOf(plan.id).map((r) => r.feedback.id)).toEqual(['fb1']);
    expect([...area.data.keys()].some((k) => k.startsWith(KEYS.keptAsidePrefix))).toBe(true);
  });
});

describe("a trainer's unfinished feedback", () => {
  it('is kept per plan until they come back', () => {
    const area = new FakeStorageArea();
    const { feedback } = open(area.tab());
    feedback.saveDraft('p1', draft);
    expect(open(area.tab()).feedback.readDraft('p1')).toEqual(draft);
    expect(open(area.tab()).feedback.readDraft('p2').comments).toEqual({});
  });
});

describe('feedback in the JSON backup', () => {
  it('goes along with its plan: exported with it and beside it again after an import in another browser, with what was marked done', async () => {
    const { plans, feedback, plan } = studentWithPlan();
    feedback.receive(createFeedback(plan, draft, NOW, 'fb1'));
    feedback.setDone(plan.id, 'fb1', OVERALL, true);
    const { text } = await plans.exportPlans('all');
    expect(JSON.parse(text).feedback[plan.id]).toHaveLength(1);

    const elsewhere = open(new FakeStorageArea().tab());
    const result = await elsewhere.plans.importBackup(text);
    expect(result.ok).toBe(true);
    const [received] = elsewhere.feedback.feedbackOf(plan.id);
    expect(received?.feedback.comments.map((c) => c.text)).toEqual(['Noem wat de klant eraan heeft.', 'Doelen missen een nulmeting.']);
    expect(received?.done).toEqual([OVERALL]);
    expect(elsewhere.feedback.commentsAt(plan.id, 'envision', 'ambition')).toHaveLength(1);
  });

  it("follows a plan imported as a copy (its id was taken) and leaves the original's feedback as it was", async () => {
    const { plans, feedback, plan } = studentWithPlan();
    feedback.receive(createFeedback(plan, draft, NOW, 'fb1'));
    const { text } = await plans.exportPlans('active');
    feedback.remove(plan.id, 'fb1');
    expect((await plans.importBackup(text)).ok).toBe(true);
    const copy = plans.$activePlan.get()!;
    expect(copy.id).not.toBe(plan.id);
    expect(feedback.feedbackOf(copy.id).map((r) => [r.feedback.id, r.feedback.plan.id])).toEqual([['fb1', copy.id]]);
    expect(feedback.feedbackOf(plan.id)).toEqual([]);
  });

  it('says so when the feedback cannot be kept because storage is full, and still imports the plan', async () => {
    const { plans, feedback, plan } = studentWithPlan();
    feedback.receive(createFeedback(plan, draft, NOW, 'fb1'));
    const { text } = await plans.exportPlans('active');
    const area = new FakeStorageArea();
    const tab = area.tab();
    const elsewhere = open(tab);
    const setItem = tab.setItem.bind(tab);
    tab.setItem = (key: string, value: string) => {
      if (key.startsWith(KEYS.feedbackPrefix)) throw new DOMException('vol', 'QuotaExceededError');
      setItem(key, value);
    };
    const result = await elsewhere.plans.importBackup(text);
    expect(result.ok).toBe(true);
    expect(result.message).toContain('Eén feedbackbericht van een trainer kon niet bewaard worden');
    expect(elsewhere.plans.$plans.get().some((p) => p.id === plan.id)).toBe(true);
  });
});
