import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { DOCX_REPLACEMENT } from '../../src/docx/text';
import { renderPlanDocx } from '../../src/docx/render-docx';
import { appendixTitle, EXAM_APPENDICES, EXAM_CHAPTERS } from '../../src/plan/exam/exam';
import { examplePlan } from '../../src/plan/example/example-plan';
import type { Plan } from '../../src/plan/model/schema';
import { fig, figureValue } from '../../src/plan/example/example-facts';
import { budgetTotals } from '../../src/plan/finance/totals';
import { formatEuro, formatPercent } from '../../src/plan/values/format';
import { emptyPlan, filledPlan, TODAY, typedValues } from '../pdf/fixtures';

/** The parts of a .docx, read back as a word processor would: unzipped, XML as text. */
async function readDocx(plan: Plan) {
  const result = await renderPlanDocx(plan, { today: TODAY });
  const files = unzipSync(result.bytes);
  const xml = (name: string) => strFromU8(files[name]!);
  const document = xml('word/document.xml');
  const unescape = (text: string) =>
    text
      .replace(/&lt;/g, '<')
      .replace(/&gt;/g, '>')
      .replace(/&quot;/g, '"')
      .replace(/&apos;/g, "'")
      .replace(/&amp;/g, '&');
  /** The text of every paragraph, its runs joined, line breaks as "\n". */
  const paragraphs = [...document.matchAll(/<w:p[ >][\s\S]*?<\/w:p>/g)].map((p) =>
    unescape([...p[0].matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>|<w:br\/>/g)].map((m) => (m[0] === '<w:br/>' ? '\n' : m[1]!)).join('')),
  );
  /** The style of every paragraph that has one, with its text. */
  const styled = [...document.matchAll(/<w:p[ >][\s\S]*?<\/w:p>/g)].flatMap((p) => {
    const style = /<w:pStyle w:val="([^"]+)"\/>/.exec(p[0])?.[1];
    const text = unescape([...p[0].matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join(''));
    return style ? [{ style, text }] : [];
  });
  // Amounts and dates keep their parts together with no-break spaces; read as spaces here.
  return { result, files, xml, document, text: paragraphs.join('\n').replace(/\u00a0/g, ' '), styled };
}

describe.each<[string, () => Plan]>([
  ['the example plan', examplePlan],
  ['a plan with every field filled', () => filledPlan()],
])('the Word document of %s', (_name, makePlan) => {
  const plan = makePlan();
  const read = readDocx(plan);

  it('is a Word document: the parts Word needs, and its body', async () => {
    const { files, xml } = await read;
    for (const part of ['[Content_Types].xml', '_rels/.rels', 'word/document.xml', 'word/styles.xml']) expect(Object.keys(files)).toContain(part);
    expect(xml('[Content_Types].xml')).toContain('application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml');
  });

  it('holds every value the reader typed, each whole', async () => {
    const { text } = await read;
    const missing = typedValues(plan)
      .flatMap((v) => v.text.split('\n').map((line) => ({ ...v, line: line.trim() })))
      .filter((v) => v.line && !text.includes(v.line));
    expect(missing).toEqual([]);
  });

  it("has the exam chapters as Heading 1 and the appendices after them, so Word's navigation pane lists them", async () => {
    const { styled } = await read;
    const headings = styled.filter((p) => p.style === 'Heading1').map((p) => p.text);
    expect(headings).toEqual([...EXAM_CHAPTERS.map((c, i) => `${i + 1}. ${c.title}`), ...EXAM_APPENDICES.map(appendixTitle)]);
    expect(styled.filter((p) => p.style === 'Heading2').map((p) => p.text)).toEqual(
      expect.arrayContaining(['De klant', 'Hoe de klant inkoopt', 'Classificatie van het account']),
    );
  });

  it("defines its heading styles as Word's own, with outline levels", async () => {
    const styles = (await read).xml('word/styles.xml');
    for (const [id, name, level] of [
      ['Heading1', 'Heading 1', 0],
      ['Heading2', 'Heading 2', 1],
      ['Heading3', 'Heading 3', 2],
    ] as const) {
      expect(styles).toMatch(new RegExp(`<w:style w:type="paragraph" w:styleId="${id}"><w:name w:val="${name}"/>[\\s\\S]*?<w:outlineLvl w:val="${level}"/>`));
    }
    expect(styles).toContain('<w:lang w:val="nl-NL"/>');
  });

  it('has a table of contents field over the chapters, which Word updates on opening', async () => {
    const { document, xml } = await read;
    expect(document).toContain('TOC \\h \\o &quot;1-2&quot;');
    expect(document).toMatch(/<w:docPartGallery w:val="Table of Contents"\/>/);
    expect(xml('word/settings.xml')).toMatch(/<w:updateFields(?: w:val="true")?\/>/);
  });

  it('writes tables as Word tables, with a header row that repeats on every page', async () => {
    const { document } = await read;
    expect((document.match(/<w:tbl>/g) ?? []).length).toBeGreaterThan(10);
    expect(document).toContain('<w:tblHeader/>');
  });

  it('starts every chapter with a writing prompt in a style of its own', async () => {
    const { styled } = await read;
    const prompts = styled.filter((p) => p.style === 'Schrijfaanwijzing').map((p) => p.text);
    expect(prompts).toEqual(EXAM_CHAPTERS.map((c) => `Schrijfaanwijzing: ${c.write}`));
  });
});

describe('the Word document of the example plan', async () => {
  const { text, files, xml, document, result } = await readDocx(examplePlan());

  it('starts with the title page, then the contents, the management summary and the own organisation', () => {
    const order = [
      'Accountplan Zorggroep Lindenhof 2027',
      'Auteur: Sanne de Wit',
      'Inhoud',
      '1. Managementsamenvatting',
      'Zorggroep Lindenhof is met',
      '2. Eigen organisatie',
      'Kroonstad Hygiëne is een groothandel',
    ];
    // Each after the one before (the contents list the chapter titles too).
    let cursor = 0;
    for (const snippet of order) {
      const at = text.indexOf(snippet, cursor);
      expect(at, snippet).toBeGreaterThanOrEqual(0);
      cursor = at + snippet.length;
    }
  });

  it("prints the financial chapter: each line's cost, the totals, the years and the quarters", () => {
    const t = budgetTotals(examplePlan());
    for (const snippet of [
      '€ 4.500',
      'Totaal',
      `${t.hours} uur`,
      formatEuro(t.cost),
      `Het saldo is ${formatPercent(t.returnOnCost)} van de kosten.`,
      fig('planGrossMargin'),
      'gerealiseerd',
    ]) {
      expect(text).toContain(snippet);
    }
  });

  it('has a Word chart of revenue and gross margin per year, with its data editable in an embedded sheet', () => {
    const chart = xml('word/charts/chart1.xml');
    expect(chart).toContain('<c:barChart>');
    for (const value of [312000, figureValue('bridgeTarget'), figureValue('planGrossMargin')]) expect(chart).toContain(`<c:v>${value}</c:v>`);
    expect(chart).toContain('<c:v>2027 (plan)</c:v>');
    expect(Object.keys(files).some((f) => f.startsWith('word/embeddings/') && f.endsWith('.xlsx'))).toBe(true);
    expect(document).toContain(`2027 (plan): omzet ${fig('bridgeTarget')}`);
  });

  it('names author, title and language in its properties', () => {
    const core = xml('docProps/core.xml');
    expect(core).toContain('<dc:title>Accountplan Zorggroep Lindenhof 2027</dc:title>');
    expect(core).toContain('Accountplan voor Zorggroep Lindenhof');
    expect(core).toContain('<dc:creator>Accountplan in 9 stappen</dc:creator>');
  });

  it('is small', () => {
    expect(result.bytes.byteLength).toBeLessThan(80 * 1024);
    expect(result.replacedCharacters).toBe(0);
  });
});

describe('the Word document', () => {
  it('of an empty plan says per chapter that it is still empty, and opens', async () => {
    const { text, styled } = await readDocx(emptyPlan());
    expect(text.match(/Dit hoofdstuk is nog niet ingevuld\./g)).toHaveLength(EXAM_CHAPTERS.length);
    expect(styled.filter((p) => p.style === 'Heading1')).toHaveLength(EXAM_CHAPTERS.length + EXAM_APPENDICES.length);
  });

  it('keeps blank lines as paragraphs and single line breaks as breaks', async () => {
    const plan = emptyPlan();
    plan.cover.summary = 'Eerste alinea,\nmet een tweede regel.\n\nTweede alinea.';
    const { document } = await readDocx(plan);
    expect(document).toMatch(
      /Eerste alinea,<\/w:t><\/w:r><w:r><w:br\/><w:t xml:space="preserve">met een tweede regel\.<\/w:t><\/w:r><\/w:p><w:p><w:r><w:t xml:space="preserve">Tweede alinea\./,
    );
  });

  it('replaces characters Word cannot hold by a visible mark, counts them, and stays readable XML', async () => {
    const plan = emptyPlan();
    plan.cover.summary = `Tab\tblijft, verticale tab\u000B niet, half emoji \uD83D eruit, 😀 blijft & <tekens> ook.`;
    const { result, text, document } = await readDocx(plan);
    expect(result.replacedCharacters).toBe(2);
    expect(text).toContain(`verticale tab${DOCX_REPLACEMENT} niet, half emoji ${DOCX_REPLACEMENT} eruit, 😀 blijft & <tekens> ook.`);
    expect(document).not.toMatch(/[\u0000-\u0008\u000B\u000C\u000E-\u001F]/);
  });
});
