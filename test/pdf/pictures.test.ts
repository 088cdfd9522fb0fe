import { readFileSync } from 'node:fs';
import { jsPDF } from 'jspdf';
import { describe, expect, it } from 'vitest';
import { drawPicture } from '../../src/pdf/pictures';
import { examplePlan } from '../../src/plan/example/example-plan';
import { createPlan } from '../../src/plan/model/plan';
import { PRINT, type Picture } from '../../src/plan/pictures/picture';
import { relationshipMap } from '../../src/plan/pictures/relationship-map';
import { pictureSlices } from '../../src/plan/pictures/slices';
import { timeline } from '../../src/plan/pictures/timeline';
import { readPdf, squash } from './fixtures';

const binary = (bytes: Uint8Array) => Array.from(bytes, (b) => String.fromCharCode(b)).join('');
const FONT = 'NotoSans';

/** A PDF with the site's fonts, and every call of `text` and `setFontSize` on it recorded. */
function document() {
  const doc = new jsPDF({ unit: 'mm', format: 'a4', compress: true });
  doc.addFileToVFS('r.ttf', binary(readFileSync('src/pdf/fonts/noto-sans-regular.ttf')));
  doc.addFont('r.ttf', FONT, 'normal');
  doc.addFileToVFS('b.ttf', binary(readFileSync('src/pdf/fonts/noto-sans-bold.ttf')));
  doc.addFont('b.ttf', FONT, 'bold');
  const texts: Array<{ text: string; x: number; y: number; page: number; size: number }> = [];
  const text = doc.text.bind(doc);
  doc.text = ((t: string, x: number, y: number, ...rest: unknown[]) => {
    texts.push({ text: t, x, y, page: doc.getNumberOfPages(), size: doc.getFontSize() });
    return (text as (...a: unknown[]) => jsPDF)(t, x, y, ...rest);
  }) as typeof doc.text;
  return { doc, texts };
}

const plan = examplePlan();
const today = plan.updatedAt.slice(0, 10);

describe.each<[string, Picture, string[]]>([
  ['the relationship map', relationshipMap(plan, PRINT, today)!, plan.discover.dmu.map((p) => p.name)],
  ['the timeline', timeline(plan, PRINT, today)!, plan.actie.actions.map((a) => a.action)],
])('%s in the PDF', (_, picture, names) => {
  it('draws every name with the embedded font, no text under 7 pt, inside the width it was given', async () => {
    const { doc, texts } = document();
    const { height } = drawPicture(doc, picture, { x: 25, y: 30, width: 160, fontName: FONT });
    expect(height).toBeCloseTo(picture.height);
    const drawn = texts.map((t) => t.text).join(' ');
    for (const name of names) expect(drawn).toContain(name);
    for (const t of texts) {
      expect(t.size).toBeGreaterThanOrEqual(7);
      expect(t.x).toBeGreaterThanOrEqual(25 - 1e-6);
      expect(t.x + doc.setFontSize(t.size).getTextWidth(t.text)).toBeLessThanOrEqual(185 + 0.5);
    }
    // What a reader's tool finds in the file.
    const { text } = await readPdf(new Uint8Array(doc.output('arraybuffer')));
    for (const name of names) expect(squash(text)).toContain(squash(name));
  });

  it('scales to the width it is given', () => {
    const { doc } = document();
    expect(drawPicture(doc, picture, { x: 25, y: 30, width: 80, fontName: FONT }).height).toBeCloseTo(picture.height / 2);
  });
});

describe('a picture over several pages', () => {
  it('draws every text once, each part inside its own page', () => {
    const source = createPlan('groot');
    source.discover.dmu = Array.from({ length: 30 }, (_, i) => ({
      id: `p${i}`,
      name: `Persoon ${i} van de DMU`,
      position: 'Teamleider',
      role: 'gebruiker' as const,
      influence: 'midden' as const,
      attitude: 'positief' as const,
      lastContact: '',
      owner: '',
      reportsTo: i ? `p${Math.floor((i - 1) / 4)}` : '',
    }));
    const picture = relationshipMap(source, PRINT, today)!;
    const { doc, texts } = document();
    const top = 24;
    const bottom = 271;
    let y = 200;
    for (const [i, part] of pictureSlices(picture, bottom - y, bottom - top).entries()) {
      if (i) {
        doc.addPage();
        y = top;
      }
      y += drawPicture(doc, picture, { x: 25, y, width: 160, fontName: FONT, from: part.from, to: part.to }).height;
    }
    expect(doc.getNumberOfPages()).toBeGreaterThan(2);
    const expected = picture.shapes.flatMap((s) => (s.type === 'text' ? [s.text] : []));
    expect(texts.map((t) => t.text).sort()).toEqual(expected.sort());
    for (const t of texts) {
      expect(t.y).toBeGreaterThan(t.page === 1 ? 200 : top);
      expect(t.y).toBeLessThanOrEqual(bottom);
    }
  });

  it('shortens a text the real font draws wider than the layout thought, between graphemes', () => {
    const { doc, texts } = document();
    const wide: Picture = {
      width: 100,
      height: 10,
      title: '',
      description: '',
      shapes: [{ type: 'text', x: 0, y: 5, text: 'WWWWWWWWWW🇳🇱', size: 3, anchor: 'start', tone: 'text', maxWidth: 10 }],
    };
    drawPicture(doc, wide, { x: 0, y: 0, width: 100, fontName: FONT, clean: (t) => t.replace('🇳🇱', '?') });
    expect(texts[0]!.text).toMatch(/^W+…$/);
    expect(doc.getTextWidth(texts[0]!.text)).toBeLessThanOrEqual(10.01);
  });
});
