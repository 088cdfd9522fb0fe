import { unzipSync, strFromU8 } from 'fflate';
import { describe, expect, it } from 'vitest';
import { buildDeck } from '../../src/deck/build';
import { oneLine } from '../../src/deck/clean';
import { deckLabels } from '../../src/deck/labels';
import { layoutDeck, type LaidSlide } from '../../src/deck/layout';
import { examplePlan } from '../../src/plan/example/example-plan';
import { revenueBridge } from '../../src/plan/finance/bridge';
import { budgetTotals, financeYears } from '../../src/plan/finance/totals';
import type { Plan } from '../../src/plan/model/schema';
import { formatEuro } from '../../src/plan/values/format';
import { renderPptx } from '../../src/slides/pptx';
import { longTextPlan, manyRowsPlan } from '../deck/plans';
import { pptxParts, runText, xmlProblems } from './xml';

const labels = deckLabels();
const squash = (s: string) => s.replace(/\s+/g, ' ').trim();
const byNumber = (a: string, b: string) => Number(/(\d+)\.xml$/.exec(a)![1]) - Number(/(\d+)\.xml$/.exec(b)![1]);

async function pptxOf(plan: Plan, forCustomer = false): Promise<{ laid: LaidSlide[]; bytes: Uint8Array; parts: ReturnType<typeof pptxParts> }> {
  const laid = layoutDeck(buildDeck(plan, labels, { forCustomer, today: plan.updatedAt.slice(0, 10) }));
  const bytes = await renderPptx(laid, {
    title: plan.cover.title,
    author: plan.cover.author,
    company: plan.cover.organisation,
    origin: 'https://accountplan.test',
  });
  return { laid, bytes, parts: pptxParts(bytes) };
}
const slidesOf = (parts: ReturnType<typeof pptxParts>) =>
  Object.keys(parts.xml)
    .filter((n) => /^ppt\/slides\/slide\d+\.xml$/.test(n))
    .sort(byNumber);
const notesOf = (parts: ReturnType<typeof pptxParts>) =>
  Object.keys(parts.xml)
    .filter((n) => /^ppt\/notesSlides\/notesSlide\d+\.xml$/.test(n))
    .sort(byNumber);

describe('the PowerPoint file of the example plan', async () => {
  const plan = examplePlan();
  const { laid, bytes, parts } = await pptxOf(plan);

  it('has one slide per slide of the deck, each holding its texts, the title in the title placeholder', () => {
    const slides = slidesOf(parts);
    expect(slides).toHaveLength(laid.length);
    slides.forEach((name, i) => {
      const xml = parts.xml[name]!;
      const text = squash(runText(xml));
      for (const item of laid[i]!.items) if (item.type === 'text') expect(text, `${name}: ${item.text}`).toContain(squash(item.text));
      // A picture's texts are text boxes of their own: PowerPoint finds them.
      for (const item of laid[i]!.items)
        if (item.type === 'picture') for (const t of item.picture.shapes) if (t.type === 'text') expect(text, `${name}: ${t.text}`).toContain(squash(t.text));
      const title = laid[i]!.items.find((item) => item.type === 'text' && item.title)!;
      expect(xml).toMatch(
        new RegExp(`<p:ph[^>]*type="title"[\\s\\S]*?<a:t>${title.type === 'text' ? title.text.slice(0, 20).replace(/[.*+?^${}()|[\]\\]/g, '\\$&') : ''}`),
      );
    });
    // The plan's values themselves: the customer, a key question, an action, a risk.
    const all = slides.map((n) => runText(parts.xml[n]!)).join('\n');
    for (const value of [
      plan.cover.account,
      plan.klantplan.strengths[1]!.text,
      plan.actie.actions[5]!.action,
      plan.adapt.risks[0]!.risk,
      formatEuro(budgetTotals(plan).cost),
    ])
      expect(all).toContain(value);
  });

  it('has the speaker notes of every slide in its notes page', () => {
    const notes = notesOf(parts);
    expect(notes).toHaveLength(laid.length);
    notes.forEach((name, i) => expect(squash(runText(parts.xml[name]!))).toContain(squash(laid[i]!.notes)));
  });

  it('draws the finance chart as a chart with its data, in the chart and in its embedded sheet', () => {
    const chart = parts.xml['ppt/charts/chart1.xml']!;
    expect(chart).toBeDefined();
    for (const year of ['2024', '2025', '2026', '2027 (plan)', '2028 (plan)', '2029 (plan)']) expect(chart).toContain(`<c:v>${year}</c:v>`);
    const years = financeYears(plan);
    for (const { revenue } of years) expect(chart).toContain(`<c:v>${revenue}</c:v>`);
    expect(chart).toContain('<c:v>Omzet</c:v>');
    const workbook = Object.entries(parts.binary).find(([name]) => name.startsWith('ppt/embeddings/') && name.endsWith('.xlsx'))![1];
    const sheet = strFromU8(unzipSync(workbook)['xl/worksheets/sheet1.xml']!);
    const firstPlanYear = years.find((y) => y.kind === 'plan')!;
    expect(sheet).toContain(String(firstPlanYear.revenue));
  });

  it('draws the pictures of the plan as native shapes: the timeline on the actions slide, the map beside what we ask', () => {
    const slideOf = (id: string) => parts.xml[slidesOf(parts)[laid.findIndex((l) => l.slide.id === id)]!]!;
    const actions = runText(slideOf('acties'));
    for (const a of plan.actie.actions.filter((x) => x.status !== 'vervallen')) expect(actions).toContain(`${a.status}: ${a.action.slice(0, 20)}`);
    // Bars and marks are shapes (no image in the file).
    expect(slideOf('acties').match(/prst="roundRect"/g)!.length).toBeGreaterThanOrEqual(plan.actie.actions.length);
    expect(Object.keys(parts.binary).filter((n) => /\.(png|jpe?g|svg)$/.test(n))).toEqual([]);
    const ask = runText(slideOf('vraag'));
    for (const p of plan.discover.dmu) expect(ask).toContain(p.name);
  });

  it('draws the build-up of the target as a stacked chart on an invisible base, with its data', () => {
    const bridge = revenueBridge(plan);
    const chart = Object.entries(parts.xml).find(([name, xml]) => /^ppt\/charts\/chart\d+\.xml$/.test(name) && xml.includes('<c:grouping val="stacked"/>'))![1];
    const series = [...chart.matchAll(/<c:ser>([\s\S]*?)<\/c:ser>/g)].map((m) => m[1]!);
    expect(series).toHaveLength(4);
    // The series under the steps has no fill; the others are coloured.
    expect(series[0]).toMatch(/<c:spPr>\s*<a:noFill\/>/);
    for (const other of series.slice(1)) expect(other).toMatch(/<c:spPr>\s*<a:solidFill>/);
    for (const amount of [bridge.expected, bridge.target, bridge.base!.revenue, bridge.growth]) expect(chart).toContain(`<c:v>${amount}</c:v>`);
    expect(chart).toContain(`<c:v>Verwacht ${bridge.year}: ${formatEuro(bridge.expected)}</c:v>`);
  });

  it('is well-formed XML throughout, compressed, and says what it is', () => {
    for (const [name, xml] of Object.entries(parts.xml)) expect(xmlProblems(xml), name).toEqual([]);
    const unpacked = Object.values(unzipSync(bytes)).reduce((n, f) => n + f.length, 0);
    expect(bytes.length).toBeLessThan(unpacked / 3);
    expect(parts.xml['docProps/core.xml']).toContain(`<dc:title>${plan.cover.title}</dc:title>`);
    expect(parts.xml['docProps/core.xml']).toContain(plan.cover.author);
    expect(parts.xml['docProps/app.xml']).toContain(`<Company>${plan.cover.organisation}</Company>`);
  });
});

describe('the PowerPoint file for the customer', async () => {
  const plan = examplePlan();
  const { parts } = await pptxOf(plan, true);

  it('leaves out the internal slides and says nothing of the budget', () => {
    expect(slidesOf(parts)).toHaveLength(7);
    const everything = Object.values(parts.xml).join('\n');
    expect(everything).not.toContain(formatEuro(budgetTotals(plan).cost));
    expect(parts.xml['ppt/charts/chart1.xml']).toBeUndefined();
    // No relationship map (it shows how their people stand towards us), and no attitude anywhere.
    for (const p of plan.discover.dmu) if (p.attitude) expect(everything).not.toContain(p.attitude);
  });
});

describe.each([
  ['200 rows in every table', manyRowsPlan],
  ['texts of 20,000 characters', longTextPlan],
])('the PowerPoint file of a plan with %s, XML specials, controls, emoji and right-to-left names', async (_name, make) => {
  const plan = make();
  const { laid, parts } = await pptxOf(plan);

  it('is well-formed, holds no character XML forbids, and keeps the notes', { timeout: 30_000 }, () => {
    for (const [name, xml] of Object.entries(parts.xml)) expect(xmlProblems(xml), name).toEqual([]);
    const notes = notesOf(parts)
      .map((n) => runText(parts.xml[n]!))
      .join('\n');
    const squashed = squash(notes);
    for (const page of laid) for (const s of page.shortened) expect(squashed.includes(squash(s.text))).toBe(true);
    expect(notes).toContain('שלום עליכם');
    expect(notes).toContain('👨‍👩‍👧‍👦');
    // No emoji broken in two on the way into the zip.
    expect(notes).not.toContain('\ufffd');
    expect(notes).toContain('Zoë & <Partners>');
    // The organisation in the file's properties, escaped once.
    expect(runText(`<a:p><a:t>${/<Company>([\s\S]*)<\/Company>/.exec(parts.xml['docProps/app.xml']!)![1]}</a:t></a:p>`)).toBe(oneLine(plan.cover.organisation));
  });
});
