import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Document, Packer, Paragraph, TextRun } from 'docx';
import { strFromU8, unzipSync } from 'fflate';
import { afterAll, describe, expect, it } from 'vitest';
import { pictureParagraph } from '../../src/docx/pictures';
import { examplePlan } from '../../src/plan/example/example-plan';
import { PRINT_COLOURS } from '../../src/plan/pictures/palette';
import { PRINT, type Picture } from '../../src/plan/pictures/picture';
import { relationshipMap } from '../../src/plan/pictures/relationship-map';
import { timeline } from '../../src/plan/pictures/timeline';

const plan = examplePlan();
const today = plan.updatedAt.slice(0, 10);
const map = relationshipMap(plan, PRINT, today)!;
const line = timeline(plan, PRINT, today)!;
const names = [...plan.discover.dmu.map((p) => p.name), ...plan.actie.actions.map((a) => a.action)];

/** A Word document as the site writes one (Calibri, 1.15 line spacing), holding the given pictures. */
async function docx(pictures: Picture[]): Promise<Uint8Array> {
  const doc = new Document({
    styles: { default: { document: { run: { font: 'Calibri', size: 22 }, paragraph: { spacing: { after: 120, line: 276 } } } } },
    sections: [
      {
        properties: { page: { margin: { left: 1417, right: 1417 } } },
        children: pictures.flatMap((p) => [pictureParagraph(p, { width: 160 }), new Paragraph({ children: [new TextRun(p.title)] })]),
      },
    ],
  });
  return new Uint8Array(await Packer.toBuffer(doc));
}
const unescape = (text: string) =>
  text
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, '&');

describe('the pictures in the Word document', () => {
  it('are one inline group of shapes each, with the picture as alternative text and every name as text', async () => {
    const xml = strFromU8(unzipSync(await docx([map, line]))['word/document.xml']!);
    expect(xml.match(/<wpg:wgp>/g)).toHaveLength(2);
    expect(xml).toContain('uri="http://schemas.microsoft.com/office/word/2010/wordprocessingGroup"');
    const texts = [...xml.matchAll(/<w:t xml:space="preserve">([^<]*)<\/w:t>/g)].map((m) => unescape(m[1]!)).join(' ');
    for (const name of names) expect(texts).toContain(name);
    const alt = [...xml.matchAll(/<wp:docPr [^>]*descr="([^"]*)"/g)].map((m) => unescape(m[1]!));
    expect(alt).toEqual([map.description, line.description]);
    // Print colours, one shape per shape of the picture, every id of a drawing object once.
    expect(xml).toContain(`<a:srgbClr val="${PRINT_COLOURS.voorstander}"/>`);
    expect(xml.match(/<wps:wsp>/g)).toHaveLength(map.shapes.length + line.shapes.length);
    const ids = [...xml.matchAll(/<(?:wps:cNvPr|wp:docPr) id="(\d+)"/g)].map((m) => m[1]);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('escapes what the reader typed', async () => {
    const odd: Picture = {
      width: 100,
      height: 10,
      title: 'A & B',
      description: '"<x>"',
      shapes: [{ type: 'text', x: 0, y: 5, text: 'Smit & <Zn> "BV"', size: 3, anchor: 'start', tone: 'text', maxWidth: 90 }],
    };
    const xml = strFromU8(unzipSync(await docx([odd]))['word/document.xml']!);
    expect(xml).toContain('Smit &amp; &lt;Zn&gt;');
    expect(xml).not.toContain('<Zn>');
  });
});

/** LibreOffice, when this machine has it: it opens the document as Word's competitors do. */
const soffice = (() => {
  try {
    execFileSync('soffice', ['--version'], { stdio: 'ignore', timeout: 60_000 });
    return true;
  } catch {
    return false;
  }
})();

describe.skipIf(!soffice)('the pictures opened in LibreOffice', () => {
  const dir = mkdtempSync(join(tmpdir(), 'pictures-docx-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('show every name and action as text, on the page', async () => {
    writeFileSync(join(dir, 'plan.docx'), await docx([map, line]));
    // A profile of its own, so a LibreOffice running elsewhere on the machine does not get in the way.
    execFileSync(
      'soffice',
      [`-env:UserInstallation=file://${join(dir, 'profile')}`, '--headless', '--convert-to', 'pdf', '--outdir', dir, join(dir, 'plan.docx')],
      { stdio: 'ignore', timeout: 180_000 },
    );
    const text = execFileSync('pdftotext', [join(dir, 'plan.pdf'), '-'], { encoding: 'utf8' }).replace(/\s+/g, '');
    for (const name of names) expect(text).toContain(name.replace(/\s+/g, ''));
    // The two pictures take two pages or more: LibreOffice kept them in the flow, not on top of each other.
    const pages = execFileSync('pdfinfo', [join(dir, 'plan.pdf')], { encoding: 'utf8' });
    expect(Number(/Pages:\s+(\d+)/.exec(pages)![1])).toBeGreaterThanOrEqual(2);
    expect(readFileSync(join(dir, 'plan.pdf')).length).toBeGreaterThan(10_000);
  }, 240_000);
});
