import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { renderPlanDocx } from '../../src/docx/render-docx';
import { measure } from '../../src/docx/measure';
import { TWIPS } from '../../src/docx/style';
import { examplePlan } from '../../src/plan/example/example-plan';
import { filledPlan, TODAY } from '../pdf/fixtures';
import { hostilePlan } from '../document/variants';

/**
 * Issue 26 §3: the Word document opens right in readers other than Word. LibreOffice 7.4 took a
 * line spacing without its rule as an exact height (the title overlapped itself, the chart shrank
 * to a strip), split table columns evenly (words broke mid-word), and shows the contents without
 * page numbers until they are updated. scripts/docs-check.ts compares LibreOffice's pages with
 * reference images where LibreOffice is installed; these tests hold the causes in the XML.
 */
async function parts(plan = examplePlan()) {
  const files = unzipSync((await renderPlanDocx(plan, { today: TODAY })).bytes);
  return { document: strFromU8(files['word/document.xml']!), styles: strFromU8(files['word/styles.xml']!), settings: strFromU8(files['word/settings.xml']!) };
}

const EMU_PER_MM = 36000;
/** The longest word a column is widened for (document/column-widths.ts); a longer one may break. */
const MAX_WORD_MM = 38;

describe('the Word document in other readers', async () => {
  const { document, styles, settings } = await parts();

  it('gives every line spacing its rule, in the styles and in the body', () => {
    const spacings = [...styles.matchAll(/<w:spacing [^>]*>/g), ...document.matchAll(/<w:spacing [^>]*>/g)].map((m) => m[0]);
    const withLine = spacings.filter((s) => / w:line="/.test(s));
    expect(withLine.length).toBeGreaterThan(5);
    expect(withLine.filter((s) => !/ w:lineRule="auto"/.test(s))).toEqual([]);
    // The default paragraph, which every style without its own spacing inherits.
    expect(styles).toMatch(/<w:pPrDefault><w:pPr><w:spacing w:after="120" w:line="276" w:lineRule="auto"\/>/);
  });

  it('sizes the chart explicitly: the text width, half as high, on a paragraph of single line spacing', () => {
    const chart = /<w:p>(?:(?!<w:p>).)*?<c:chart [^>]*\/>.*?<\/w:p>/s.exec(document)?.[0] ?? '';
    const [, cx, cy] = /<wp:extent cx="(\d+)" cy="(\d+)"\/>/.exec(chart) ?? [];
    expect(Number(cx) / EMU_PER_MM).toBeCloseTo(160, 0);
    expect(Number(cy) / Number(cx)).toBeCloseTo(0.5, 2);
    expect(chart).toMatch(/<w:spacing [^>]*w:line="240" w:lineRule="auto"\/>/);
  });

  it('updates the contents when it opens, and says on its first page what to do when a reader does not', () => {
    expect(settings).toMatch(/<w:updateFields(?: w:val="true")?\/>/);
    const titlePage = document.slice(0, document.indexOf('<w:pStyle w:val="Inhoudskop"/>'));
    expect(titlePage).toContain(
      'Klik met de rechtermuisknop op de inhoudsopgave en kies &quot;Veld bijwerken&quot; (Word) of &quot;Index bijwerken&quot; (LibreOffice)',
    );
  });

  it('hyphenates in Dutch where a word does not fit, rather than breaking it anywhere', () => {
    expect(settings).toContain('<w:autoHyphenation/>');
    expect(styles).toContain('<w:lang w:val="nl-NL"/>');
  });
});

describe.each([
  ['the example plan', examplePlan],
  ['a plan with every field filled', () => filledPlan()],
  ['a hostile plan', hostilePlan],
])('the tables of the Word document of %s', (_name, plan) => {
  it("have fixed column widths from their content: every column holds its longest word, as the reader's font sets it", async () => {
    const { document } = await parts(plan());
    const tables = [...document.matchAll(/<w:tbl>.*?<\/w:tbl>/gs)].map((m) => m[0]);
    expect(tables.length).toBeGreaterThan(10);
    const narrow: string[] = [];
    for (const table of tables) {
      expect(table).toContain('<w:tblLayout w:type="fixed"/>');
      const grid = [...table.matchAll(/<w:gridCol w:w="(\d+)"\/>/g)].map((m) => Number(m[1]));
      expect(grid.reduce((a, b) => a + b, 0)).toBeLessThanOrEqual(9072 + grid.length);
      for (const row of table.matchAll(/<w:tr[ >].*?<\/w:tr>/gs)) {
        [...row[0].matchAll(/<w:tc>.*?<\/w:tc>/gs)].forEach((cell, i) => {
          const size = Number(/<w:sz w:val="(\d+)"\/>/.exec(cell[0])?.[1] ?? 22) / 2;
          const bold = cell[0].includes('<w:b/>');
          const padding = Number(/<w:left w:type="dxa" w:w="(\d+)"\/>/.exec(cell[0])?.[1]);
          const inner = (grid[i]! - 2 * padding) / TWIPS;
          for (const [, text] of cell[0].matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)) {
            for (const word of text!.split(' ')) {
              const width = measure(word, size, bold);
              if (width <= MAX_WORD_MM && width > inner + 0.01) narrow.push(`"${word}" ${width.toFixed(1)} mm in a column of ${inner.toFixed(1)} mm`);
            }
          }
        });
      }
    }
    expect(narrow).toEqual([]);
  });
});
