import { describe, expect, it } from 'vitest';
import { backupFileName, checkImportFile, createBackup, fileSlug, MAX_IMPORT_BYTES, parseBackup, serializeBackup } from '../../../src/plan/exchange/transfer';
import { createFeedback, targetKey } from '../../../src/plan/feedback/feedback';
import { createPlan } from '../../../src/plan/model/plan';

describe('file names', () => {
  it.each([
    ['Van Dijk Zorggroep', 'van-dijk-zorggroep'],
    ['Bäckerei Müller & Söhne GmbH', 'backerei-muller-sohne-gmbh'],
    ['Łódź Ørsted İstanbul Straße', 'lodz-orsted-istanbul-strasse'],
    ['../../etc/passwd', 'etc-passwd'],
    ['<script>alert(1)</script>', 'script-alert-1-script'],
    ['C:\\Windows\\con', 'c-windows-con'],
    ['😀😀', 'plan'],
    ['', 'plan'],
    ['a'.repeat(300), 'a'.repeat(60)],
  ])('turns %j into %j', (input, expected) => {
    expect(fileSlug(input)).toBe(expected);
  });

  it('names a backup after the account, or after the date for all plans', () => {
    const plan = createPlan('Plan');
    plan.cover.account = 'Van Dijk';
    expect(backupFileName([plan], '2027-03-12')).toBe('accountplan-van-dijk-2027-03-12.json');
    expect(backupFileName([plan, plan], '2027-03-12')).toBe('accountplannen-2027-03-12.json');
  });
});

describe('checking a file before reading it', () => {
  it.each([
    [{ name: 'plan.json', type: 'application/json', size: 2000 }, null],
    [{ name: 'PLAN.JSON', type: '', size: 2000 }, null],
    [{ name: 'plan.pdf', type: 'application/pdf', size: 2000 }, /geen JSON-bestand/],
    [{ name: 'plan.json', type: 'application/json', size: 0 }, /leeg/],
    [{ name: 'plan.json', type: 'application/json', size: MAX_IMPORT_BYTES + 1 }, /te groot \(5,0 MB/],
  ])('%j → %s', (file, expected) => {
    const message = checkImportFile(file);
    if (expected === null) expect(message).toBeNull();
    else expect(message).toMatch(expected);
  });
});

describe('reading a backup', () => {
  it('accepts a single plan without envelope', () => {
    const plan = createPlan('Los plan');
    const result = parseBackup(JSON.stringify(plan));
    expect(result.ok && result.plans[0]!.name).toBe('Los plan');
  });

  it('accepts a file that starts with a byte order mark', () => {
    const result = parseBackup(`\uFEFF${JSON.stringify(createPlan('Met BOM'))}`);
    expect(result.ok).toBe(true);
  });

  it('refuses text longer than the limit without parsing it', () => {
    const result = parseBackup(' '.repeat(MAX_IMPORT_BYTES + 1));
    expect(result).toEqual({ ok: false, message: expect.stringMatching(/te groot/) });
  });

  it('refuses a file with more plans than a reader has', () => {
    const plans = Array.from({ length: 201 }, () => ({ schemaVersion: 1, id: 'x' }));
    const result = parseBackup(JSON.stringify({ format: 'accountplan-in-9-stappen', schemaVersion: 1, plans }));
    expect(result).toEqual({ ok: false, message: 'Deze reservekopie bevat meer dan 200 plannen; dat kan niet kloppen.' });
  });
});

describe('trainer feedback in a backup', () => {
  const planWithFeedback = () => {
    const plan = createPlan('Met feedback');
    const feedback = createFeedback(
      plan,
      { id: 'fb1', trainer: 'Marieke', overall: 'Sterk begin.', scores: {}, comments: { [targetKey('envision', 'ambition')]: 'Concreter.' } },
      new Date('2027-01-02T10:00:00Z'),
    );
    return { plan, received: { feedback, receivedAt: '2027-01-03T10:00:00.000Z', done: ['algemeen'] } };
  };

  it('reads back what was written, by plan', () => {
    const { plan, received } = planWithFeedback();
    const result = parseBackup(serializeBackup(createBackup([plan], new Date(), { [plan.id]: [received] })));
    expect(result).toMatchObject({ ok: true, notes: [] });
    if (result.ok) expect(result.feedback).toEqual({ [plan.id]: [received] });
  });

  it('writes no feedback member when no plan has any, and reads old backups without one', () => {
    const plan = createPlan('Zonder');
    const backup = createBackup([plan], new Date(), { 'ander-plan': [planWithFeedback().received] });
    expect('feedback' in backup).toBe(false);
    const result = parseBackup(serializeBackup(backup));
    expect(result.ok && result.feedback).toEqual({});
  });

  it('skips feedback that does not read or names another plan, says how much, and keeps the plans', () => {
    const { plan, received } = planWithFeedback();
    const other = { ...received, feedback: { ...received.feedback, plan: { ...received.feedback.plan, id: 'iemand-anders' } } };
    const file = { ...createBackup([plan]), feedback: { [plan.id]: [received, other, { feedback: 'kapot' }, 42], 'geen-plan-uit-dit-bestand': [received] } };
    const result = parseBackup(JSON.stringify(file));
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.plans).toHaveLength(1);
    expect(result.feedback[plan.id]).toEqual([received]);
    expect(result.notes).toContain('3 feedbackberichten van trainers konden niet gelezen worden en zijn overgeslagen.');
  });

  it('refuses a file whose feedback hides a prototype key, like any other part of the file', () => {
    const { plan } = planWithFeedback();
    const text = serializeBackup(createBackup([plan])).replace('"plans":', '"feedback": { "__proto__": { "x": 1 } }, "plans":');
    expect(parseBackup(text)).toMatchObject({ ok: false, message: expect.stringContaining('__proto__') });
  });
});
