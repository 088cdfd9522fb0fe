import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { buildDocument } from '../../src/document/build';
import type { Block, PlanDocument } from '../../src/document/types';
import { renderDocumentDocx, renderPlanDocx } from '../../src/docx/render-docx';
import { renderDocumentPdf } from '../../src/pdf/render';
import { revenueBridge } from '../../src/plan/finance/bridge';
import { bridgeText } from '../../src/plan/finance/bridge-table';
import { examplePlan } from '../../src/plan/example/example-plan';
import type { Plan } from '../../src/plan/model/schema';
import { fonts, misplaced, readPdf, render, squash, textBoxes, TODAY } from '../pdf/fixtures';

/**
 * The figures as the two renderers draw them (issue 25): every DMU member and every action of the
 * example in the PDF's text (both orders) and in the Word document's XML, drawn by the pictures
 * themselves, with their text for screen readers; the build-up's amounts; a tall timeline over
 * pages between whole rows.
 */

const plan = examplePlan();
const names = plan.discover.dmu.map((p) => p.name);
const actions = plan.actie.actions.map((a) => a.action);
const amounts = bridgeText(revenueBridge(plan))!
  .rows.filter((r) => r.kind !== 'gap')
  .map((r) => r.amount);

/** Only the figures of a document, each chapter keeping its heading: what the pictures alone put in the file. */
function figuresOnly(document: PlanDocument): PlanDocument {
  const keep = (blocks: readonly Block[]): Block[] => blocks.flatMap((b) => (b.kind === 'figure' ? [b] : b.kind === 'titled' ? keep(b.body) : []));
  return { ...document, chapters: document.chapters.map((c) => ({ ...c, body: keep(c.body) })) };
}

const unescape = (text: string) =>
  text
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, '&');
const documentXml = (bytes: Uint8Array) => strFromU8(unzipSync(bytes)['word/document.xml']!);
/** The inline drawings of a document: their alternative text and the texts of their shapes. */
const drawings = (xml: string) =>
  [...xml.matchAll(/<wp:inline[\s\S]*?<\/wp:inline>/g)].map((m) => ({
    name: unescape(/<wp:docPr [^>]*name="([^"]*)"/.exec(m[0])?.[1] ?? ''),
    descr: unescape(/<wp:docPr [^>]*descr="([^"]*)"/.exec(m[0])?.[1] ?? ''),
    height: Number(/<wp:extent cx="\d+" cy="(\d+)"/.exec(m[0])?.[1]) / 36_000,
    text: unescape([...m[0].matchAll(/<w:t xml:space="preserve">([^<]*)<\/w:t>/g)].map((t) => t[1]).join(' ')),
  }));

describe.each(['steps', 'exam'] as const)('the figures of the example in the PDF (%s order)', (order) => {
  it('put every DMU member and every action title in the text, and the pictures alone do too', async () => {
    const { text } = await readPdf(render(plan, { order }).bytes);
    for (const title of [...names, ...actions]) expect(squash(text)).toContain(squash(title));
    const only = renderDocumentPdf(figuresOnly(buildDocument(plan, { emptyFields: 'hide', order, today: TODAY })), fonts, TODAY);
    const drawn = squash((await readPdf(only.bytes)).text);
    for (const title of [...names, ...actions, ...amounts]) expect(drawn).toContain(squash(title));
  });

  it('keep every text of the pictures inside the margins and clear of the footer', async () => {
    expect(misplaced(await textBoxes(render(plan, { order }).bytes))).toEqual([]);
  });
});

describe('the figures of the example in the Word document', async () => {
  const xml = documentXml((await renderPlanDocx(plan, { today: TODAY })).bytes);
  const document = buildDocument(plan, { emptyFields: 'hide', order: 'exam', prompts: true, today: TODAY });
  const figures = document.chapters.flatMap((c) => {
    const all = (blocks: readonly Block[]): Block[] => blocks.flatMap((b) => (b.kind === 'titled' ? all(b.body) : [b]));
    return all(c.body).flatMap((b) => (b.kind === 'figure' ? [b.figure] : []));
  });

  it("put every DMU member and every action title in the XML, in the pictures' own text", () => {
    const shapes = drawings(xml)
      .map((d) => d.text)
      .join(' ');
    for (const title of [...names, ...actions, ...amounts]) expect(squash(shapes)).toContain(squash(title));
  });

  it("give each picture its text for screen readers (the drawing's description)", () => {
    const shown = drawings(xml);
    for (const kind of ['relationshipMap', 'timeline', 'revenueBridge'] as const) {
      const figure = figures.find((f) => f.figure === kind)!;
      expect(shown.find((d) => d.name === figure.title)?.descr, kind).toBe(figure.description);
    }
    expect(figures.find((f) => f.figure === 'timeline')!.description).toContain(actions[0]);
  });
});

describe('a timeline taller than a page', () => {
  /** The example with 40 actions, under the objectives it has. */
  const tall = (): Plan => {
    const p = examplePlan();
    const template = p.actie.actions[0]!;
    p.actie.actions = Array.from({ length: 40 }, (_, i) => ({
      ...template,
      id: `t${i}`,
      action: `Tijdlijnactie nummer ${i + 1}`,
      objective: p.develop.objectives[i % p.develop.objectives.length]!.id,
    }));
    return p;
  };

  it("goes over pages in the PDF between whole rows: every action's text on one page, nothing outside the margins", async () => {
    const result = render(tall());
    const { pages } = await readPdf(result.bytes);
    const start = pages.findIndex((p) => /^Tijdlijn$/m.test(p));
    expect(start).toBeGreaterThan(0);
    const parts = pages.slice(start);
    // The table names the actions too: the timeline's pages are those from its heading on.
    for (let i = 1; i <= 40; i++)
      expect(
        parts.filter((p) => squash(p).includes(`Tijdlijnactienummer${i}bezig`) || squash(p).includes(`Tijdlijnactienummer${i}klaar`)).length,
        `action ${i}`,
      ).toBe(1);
    expect(parts.filter((p) => p.includes('Tijdlijnactie')).length).toBeGreaterThan(1);
    expect(misplaced(await textBoxes(result.bytes))).toEqual([]);
  });

  it('is cut into parts of a page each in Word (an inline drawing cannot go over pages), every action in one of them', async () => {
    const parts = drawings(documentXml((await renderDocumentDocx(buildDocument(tall(), { emptyFields: 'hide', order: 'exam', today: TODAY }))).bytes)).filter(
      (d) => d.name.startsWith('Tijdlijn'),
    );
    expect(parts.length).toBeGreaterThan(1);
    for (const part of parts) expect(part.height).toBeLessThanOrEqual(240);
    expect(parts.slice(1).every((p) => p.name.endsWith('(vervolg)'))).toBe(true);
    const text = squash(parts.map((p) => p.text).join(' '));
    for (let i = 1; i <= 40; i++) expect(text).toContain(`Tijdlijnactienummer${i}`);
  });
});
