import { readFileSync } from 'node:fs';
import { jsPDF } from 'jspdf';
import { extractText, getDocumentProxy, getMeta } from 'unpdf';
import { describe, expect, it } from 'vitest';
import { buildDeck } from '../../src/deck/build';
import { LINE_HEIGHT } from '../../src/deck/fit';
import { deckLabels } from '../../src/deck/labels';
import { layoutDeck, SLIDE, type LaidSlide } from '../../src/deck/layout';
import { examplePlan } from '../../src/plan/example/example-plan';
import type { Plan } from '../../src/plan/model/schema';
import { COVERED_RANGES, REPLACEMENT_MARK } from '../../src/pdf/fonts/coverage';
import { coverageFromRanges, sanitise } from '../../src/pdf/text';
import { renderSlidesPdf } from '../../src/slides/pdf';
import { longTextPlan, manyRowsPlan } from '../deck/plans';

const labels = deckLabels();
const fonts = {
  regular: new Uint8Array(readFileSync('src/pdf/fonts/noto-sans-regular.ttf')),
  bold: new Uint8Array(readFileSync('src/pdf/fonts/noto-sans-bold.ttf')),
};
const squash = (s: string) => s.replace(/\s+/g, ' ').trim();

function render(plan: Plan, forCustomer = false): { laid: LaidSlide[]; bytes: Uint8Array; replacedCharacters: number } {
  const laid = layoutDeck(buildDeck(plan, labels, { forCustomer, today: plan.updatedAt.slice(0, 10) }));
  return { laid, ...renderSlidesPdf(laid, { fonts, title: plan.cover.title, author: plan.cover.author, origin: 'https://accountplan.test' }) };
}

async function read(bytes: Uint8Array) {
  const pdf = await getDocumentProxy(bytes.slice());
  const { text } = await extractText(pdf, { mergePages: false });
  const sizes: Array<[number, number]> = [];
  for (let n = 1; n <= pdf.numPages; n++) {
    const view = (await pdf.getPage(n)).view;
    sizes.push([view[2]! - view[0]!, view[3]! - view[1]!]);
  }
  return { pages: text as string[], sizes, meta: await getMeta(pdf) };
}

describe('the slide PDF of the example plan', async () => {
  const plan = examplePlan();
  const { laid, bytes, replacedCharacters } = render(plan);
  const { pages, sizes, meta } = await read(bytes);

  it('has one 16:9 page per slide', () => {
    expect(pages).toHaveLength(laid.length);
    for (const size of sizes) expect(size.map(Math.round)).toEqual([SLIDE.width, SLIDE.height]);
  });

  it('shows every text of each slide on its page, nothing replaced', () => {
    laid.forEach((page, i) => {
      for (const item of page.items)
        if (item.type === 'text') expect(squash(pages[i]!), `${page.slide.id}: ${item.text}`).toContain(squash(item.lines.join(' ')));
    });
    expect(replacedCharacters).toBe(0);
    expect(squash(pages[5]!)).toContain('2029');
  });

  it('draws the pictures’ texts and the waterfall’s amounts on their pages', () => {
    laid.forEach((page, i) => {
      for (const item of page.items) {
        if (item.type === 'picture') {
          // drawPicture may shorten a text to what Noto Sans fits: the part before "…" is there.
          for (const t of item.picture.shapes)
            if (t.type === 'text') expect(squash(pages[i]!), `${page.slide.id}: ${t.text}`).toContain(squash(t.text.split('…')[0]!).slice(0, 12));
        }
        if (item.type === 'bridge') for (const t of item.block.chart.texts) expect(squash(pages[i]!), t.text).toContain(squash(t.text.split('…')[0]!));
      }
    });
    expect(laid.some((p) => p.items.some((i) => i.type === 'picture'))).toBe(true);
    expect(laid.some((p) => p.items.some((i) => i.type === 'bridge'))).toBe(true);
  });

  it('uses the plan PDF’s fonts and says what it is', () => {
    const raw = new TextDecoder('latin1').decode(bytes);
    // Both subsets of src/pdf/fonts/ (regular and bold) embedded, and no other font.
    expect(new Set([...raw.matchAll(/\/BaseFont \/([^\s/]+)/g)].map((m) => m[1]))).toEqual(new Set(['NotoSans']));
    expect(raw.match(/\/FontFile2/g)).toHaveLength(2);
    expect(meta.info).toMatchObject({ Title: plan.cover.title, Author: plan.cover.author });
  });
});

describe('the slide PDF for the customer', () => {
  it('has the seven slides for the customer', async () => {
    const { pages } = await read(render(examplePlan(), true).bytes);
    expect(pages).toHaveLength(7);
    expect(pages.join('\n')).not.toContain('14.900');
  });
});

describe.each([
  ['200 rows in every table', manyRowsPlan],
  ['texts of 20,000 characters', longTextPlan],
])('the slide PDF of a plan with %s', (_name, make) => {
  const { laid, bytes, replacedCharacters } = render(make());

  it('draws every line inside its box in Noto Sans, as the fonts can draw it', async () => {
    const doc = new jsPDF({ unit: 'pt' });
    const covered = coverageFromRanges(COVERED_RANGES);
    const problems: string[] = [];
    // Measure with the embedded fonts themselves.
    const binary = (b: Uint8Array) => Array.from(b, (x) => String.fromCharCode(x)).join('');
    doc.addFileToVFS('r.ttf', binary(fonts.regular));
    doc.addFont('r.ttf', 'N', 'normal');
    doc.addFileToVFS('b.ttf', binary(fonts.bold));
    doc.addFont('b.ttf', 'N', 'bold');
    for (const page of laid) {
      for (const item of page.items) {
        if (item.type !== 'text') continue;
        doc.setFont('N', item.bold ? 'bold' : 'normal');
        doc.setFontSize(item.size);
        expect(item.lines.length * item.size * LINE_HEIGHT).toBeLessThanOrEqual(item.h + 0.01);
        for (const line of item.lines) {
          const drawn = sanitise(line, covered, REPLACEMENT_MARK).text;
          if (doc.getTextWidth(drawn) > item.w + 0.01 && [...drawn].length > 1) problems.push(`${page.slide.id}: ${drawn.slice(0, 30)}`);
        }
      }
    }
    expect(problems).toEqual([]);
    // Emoji and right-to-left letters are not in the PDF fonts: each is drawn as the mark, and counted.
    expect(replacedCharacters).toBeGreaterThan(0);
    const { pages } = await read(bytes);
    expect(pages).toHaveLength(laid.length);
  });
});
