import { describe, expect, it } from 'vitest';
import { createPlan } from '../../../src/plan/model/plan';
import { createShareLink, MAX_SHARE_LENGTH, openShareLink } from '../../../src/plan/exchange/share';

const ORIGIN = 'https://accountplan.test';

function samplePlan() {
  const plan = createPlan('Van Dijk');
  plan.cover.account = 'Van Dijk Zorggroep';
  plan.envision.ambition = 'Over drie jaar hun vaste partner — “Zoë” € 1.250,50 ✓ <script>alert(1)</script>';
  plan.klantplan.strengths = [{ id: 's1', text: 'Sterk merk' }];
  return plan;
}

const fragmentOf = (url: string) => url.slice(url.indexOf('#'));

describe('a share link', () => {
  it('carries the whole plan in the fragment and opens as the same plan', async () => {
    const plan = samplePlan();
    const link = await createShareLink(plan, ORIGIN);
    expect(link.ok).toBe(true);
    if (!link.ok) return;
    expect(link.url.startsWith(`${ORIGIN}/gedeeld/#v1.`)).toBe(true);
    // Nothing of the plan is in the part of the URL a server sees.
    expect(new URL(link.url).pathname + new URL(link.url).search).toBe('/gedeeld/');
    const opened = await openShareLink(fragmentOf(link.url));
    expect(opened).toEqual({ ok: true, plan });
  });

  it('refuses a plan that does not fit in a link, and points to the JSON file', async () => {
    const plan = samplePlan();
    // Random text does not compress: this is far above the limit.
    plan.envision.ambition = Array.from({ length: 60_000 }, () => String.fromCharCode(33 + Math.floor(Math.random() * 90))).join('');
    const link = await createShareLink(plan, ORIGIN);
    expect(link.ok).toBe(false);
    if (!link.ok) expect(link.message).toMatch(/te groot voor een link.*JSON-bestand/);
  });

  it.each<[string, (fragment: string) => string, RegExp]>([
    ['cut off', (f) => f.slice(0, Math.floor(f.length / 2)), /beschadigd of onvolledig/],
    ['with one character changed', (f) => f.slice(0, -3) + (f.at(-3) === 'A' ? 'B' : 'A') + f.slice(-2), /beschadigd of onvolledig/],
    ['with a forged check', (f) => f.replace(/^#v1\.[^.]+\./, '#v1.AAAAAAAAAAAA.'), /beschadigd of onvolledig/],
    ['of an unknown version', (f) => f.replace('#v1.', '#v9.'), /beschadigd of onvolledig/],
    ['empty', () => '#', /geen plan/],
    ['not base64', () => '#v1.abc.<script>', /beschadigd of onvolledig/],
  ])('that is %s gets a clear message', async (_name, tamper, message) => {
    const link = await createShareLink(samplePlan(), ORIGIN);
    if (!link.ok) throw new Error('no link');
    const opened = await openShareLink(tamper(fragmentOf(link.url)));
    expect(opened.ok).toBe(false);
    if (!opened.ok) expect(opened.message).toMatch(message);
  });

  it('stays within the limit for a typical plan', async () => {
    const link = await createShareLink(samplePlan(), ORIGIN);
    expect(link.ok && link.length).toBeLessThan(MAX_SHARE_LENGTH);
  });
});
