import { describe, expect, it } from 'vitest';
import { pdfFileName } from '../../src/pdf/file-name';
import { emptyPlan } from './fixtures';

const named = (account: string) => {
  const plan = emptyPlan();
  plan.cover.account = account;
  return pdfFileName(plan, new Date(2027, 2, 12));
};

describe('the PDF file name', () => {
  it.each([
    ['Zorggroep Lindenhof', 'accountplan-zorggroep-lindenhof-2027-03-12.pdf'],
    ['Bäckerei Müller & Söhne GmbH', 'accountplan-backerei-muller-sohne-gmbh-2027-03-12.pdf'],
    ['Łódź Ørsted Œuvre Þór Straße', 'accountplan-lodz-orsted-oeuvre-thor-strasse-2027-03-12.pdf'],
    ['Çağrı İnşaat A.Ş.', 'accountplan-cagri-insaat-a-s-2027-03-12.pdf'],
    ['Příliš žluťoučký kůň', 'accountplan-prilis-zlutoucky-kun-2027-03-12.pdf'],
    ['', 'accountplan-plan-2027-03-12.pdf'],
    ['   ', 'accountplan-plan-2027-03-12.pdf'],
    ['東京 🎉', 'accountplan-plan-2027-03-12.pdf'],
    ['<script>alert(1)</script>', 'accountplan-script-alert-1-script-2027-03-12.pdf'],
    ['../../etc/passwd', 'accountplan-etc-passwd-2027-03-12.pdf'],
    ['C:\\Windows\\System32', 'accountplan-c-windows-system32-2027-03-12.pdf'],
    ['a/b\\c:d*e?f"g<h>i|j', 'accountplan-a-b-c-d-e-f-g-h-i-j-2027-03-12.pdf'],
    ['---Tilburg---..', 'accountplan-tilburg-2027-03-12.pdf'],
    ['CON', 'accountplan-con-2027-03-12.pdf'],
    ['tab\there\nnewline\u0000nul', 'accountplan-tab-here-newline-nul-2027-03-12.pdf'],
  ])('for the account %j is %s', (account, fileName) => {
    expect(named(account)).toBe(fileName);
  });

  it.each(['x'.repeat(500), 'Heel lange naam '.repeat(40), `${'é'.repeat(100)}-${'ø'.repeat(100)}`])(
    'stays short and well-formed for a very long account name',
    (account) => {
      const name = named(account);
      expect(name.length).toBeLessThanOrEqual(100);
      expect(name).toMatch(/^accountplan-[a-z0-9]+(-[a-z0-9]+)*-\d{4}-\d{2}-\d{2}\.pdf$/);
    },
  );

  it('uses the local calendar day of the given date', () => {
    const plan = emptyPlan();
    expect(pdfFileName(plan, new Date(2027, 0, 1, 0, 5))).toBe('accountplan-plan-2027-01-01.pdf');
    expect(pdfFileName(plan, new Date(2027, 11, 31, 23, 55))).toBe('accountplan-plan-2027-12-31.pdf');
  });

  it('says the order: the exam-ordered PDF never shares a name with the step-ordered one, also for a long account', () => {
    for (const account of ['Zorggroep Lindenhof', '', 'x'.repeat(500)]) {
      const plan = emptyPlan();
      plan.cover.account = account;
      const steps = pdfFileName(plan, new Date(2027, 2, 12), 'steps');
      const exam = pdfFileName(plan, new Date(2027, 2, 12), 'exam');
      expect(exam).not.toBe(steps);
      expect(exam).toMatch(/^accountplan-[a-z0-9-]+-examenindeling-2027-03-12\.pdf$/);
      expect(exam.length).toBeLessThanOrEqual(100);
    }
    const plan = emptyPlan();
    plan.cover.account = 'Zorggroep Lindenhof';
    expect(pdfFileName(plan, new Date(2027, 2, 12), 'exam')).toBe('accountplan-zorggroep-lindenhof-examenindeling-2027-03-12.pdf');
  });
});
