import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildDeck } from '../../src/deck/build';
import { LINE_HEIGHT } from '../../src/deck/fit';
import { deckLabels } from '../../src/deck/labels';
import { layoutDeck, SLIDE, type LaidSlide } from '../../src/deck/layout';
import { SLIDE_IDS } from '../../src/deck/model';
import { examplePlan } from '../../src/plan/example/example-plan';
import { createPlan } from '../../src/plan/model/plan';
import type { Plan } from '../../src/plan/model/schema';
import { graphemes } from '../../src/plan/values/text';
import { realWidth } from './fonts';
import { hostileText, longTextPlan, manyRowsPlan, XML_FORBIDDEN } from './plans';

const labels = deckLabels();

/** Where a slide's layout breaks the rules: outside the slide, a line wider than its box in the fonts it is drawn in, or texts that overlap. */
function problems(laid: readonly LaidSlide[]): string[] {
  const out: string[] = [];
  for (const page of laid) {
    const where = page.slide.id;
    for (const item of page.items) {
      if (item.x < 0 || item.y < 0 || item.x + item.w > SLIDE.width + 0.01 || item.y + item.h > SLIDE.height + 0.01)
        out.push(`${where}: ${item.type} outside the slide`);
      if (item.type !== 'text') continue;
      if (Math.abs(item.h - item.lines.length * item.size * LINE_HEIGHT) > 0.01) out.push(`${where}: height does not match its lines`);
      for (const line of item.lines) {
        // Measured in the real fonts. A single character wider than its box would be the only exception; none is that wide.
        if (realWidth(line, item.size) > item.w + 0.01 && graphemes(line).length > 1)
          out.push(`${where}: "${line.slice(0, 30)}" is wider than its box in its font`);
        if (XML_FORBIDDEN.test(line)) out.push(`${where}: a character XML forbids`);
      }
    }
    // A picture's texts fit the room the layout gave them, measured in the real fonts at the picture's
    // scale. Only texts in the Latin script are measured here: an emoji or another script is drawn
    // in a fallback font on the page and in PowerPoint, and as the replacement mark in the slide PDF,
    // which fits each text again with its own font (src/pdf/pictures.ts; test/slides/pdf.test.ts).
    const latin = (text: string) => [...text].every((c) => c.codePointAt(0)! < 0x250 || /[\u2000-\u206f€]/.test(c));
    for (const item of page.items) {
      if (item.type !== 'picture') continue;
      const k = item.w / item.picture.width;
      if (Math.abs(item.h - item.picture.height * k) > 0.01) out.push(`${where}: the picture is not drawn in its proportions`);
      for (const t of item.picture.shapes) {
        if (t.type === 'text' && latin(t.text) && realWidth(t.text, t.size * k) > t.maxWidth * k + 0.01 && graphemes(t.text).length > 1)
          out.push(`${where}: "${t.text.slice(0, 30)}" is wider than its room in the picture`);
      }
    }
    const drawn = page.items.filter((i) => i.type === 'picture' || i.type === 'bridge' || i.type === 'chart');
    for (const d of drawn) {
      for (const t of page.items.filter((i) => i.type === 'text')) {
        if (d.x < t.x + t.w - 0.5 && t.x < d.x + d.w - 0.5 && d.y < t.y + t.h - 0.5 && t.y < d.y + d.h - 0.5)
          out.push(`${where}: the ${d.type} overlaps "${t.text.slice(0, 20)}"`);
      }
    }
    const texts = page.items.filter((i) => i.type === 'text');
    texts.forEach((a, i) =>
      texts.slice(i + 1).forEach((b) => {
        const overlap = a.x < b.x + b.w - 0.5 && b.x < a.x + a.w - 0.5 && a.y < b.y + b.h - 0.5 && b.y < a.y + a.h - 0.5;
        if (overlap) out.push(`${where}: "${a.text.slice(0, 20)}" overlaps "${b.text.slice(0, 20)}"`);
      }),
    );
    for (const s of page.shortened) if (!page.notes.includes(s.text)) out.push(`${where}: a shortened text is not whole in the notes`);
  }
  return out;
}

const decks: Array<[string, () => Plan, boolean]> = [
  ['the example plan', examplePlan, false],
  ['the example for the customer', examplePlan, true],
  ['an empty plan', createPlan, false],
  ['a plan with 200 rows in every table', manyRowsPlan, false],
  ['a plan with texts of 20,000 characters', longTextPlan, false],
];

describe.each(decks)('the layout of %s', (_name, make, forCustomer) => {
  const laid = layoutDeck(buildDeck(make(), labels, { forCustomer }));

  it('keeps every text inside its box and the slide, without overlap, and the notes whole', () => {
    expect(laid.length).toBeGreaterThan(0);
    expect(problems(laid)).toEqual([]);
  });

  it('gives each slide one title, first', () => {
    for (const page of laid) {
      const titles = page.items.filter((i) => i.type === 'text' && i.title);
      expect(titles, page.slide.id).toHaveLength(1);
      expect(page.items[0]).toBe(titles[0]);
    }
  });
});

describe('long texts', () => {
  it('are shortened on the slide and whole in the notes', () => {
    const laid = layoutDeck(buildDeck(longTextPlan(), labels));
    const shortened = laid.flatMap((l) => l.shortened);
    expect(shortened.length).toBeGreaterThan(10);
    expect(shortened.some((s) => s.text.length > 19_000)).toBe(true);
  });

  it('of any kind, in any title or notes the student writes, still fit', () => {
    const text = fc.oneof(
      fc.string({ unit: 'binary', maxLength: 1000 }),
      fc.string({ unit: 'grapheme', maxLength: 300 }),
      fc.integer({ min: 0, max: 1000 }).map((n) => hostileText(n, n)),
    );
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.constantFrom(...SLIDE_IDS), text, text), { maxLength: SLIDE_IDS.length }), text, (rows, account) => {
        const plan = examplePlan();
        plan.cover.account = account;
        plan.presentatie.slides = rows.map(([id, title, notes]) => ({ id, title, notes, off: false }));
        expect(problems(layoutDeck(buildDeck(plan, labels)))).toEqual([]);
      }),
      { numRuns: 40 },
    );
  });
});
