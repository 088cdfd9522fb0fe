import { describe, expect, it } from 'vitest';
import { backupFileName, checkImportFile, fileSlug, MAX_IMPORT_BYTES, parseBackup } from '../../src/plan/transfer';
import { createPlan } from '../../src/plan/plan';

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
