import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { examplePlan } from '../../src/plan/example/example-plan';
import { render } from './fixtures';

/** The names a PDF gives its fonts: every /BaseFont and /FontName in its (uncompressed) object dictionaries. */
function fontNames(bytes: Uint8Array): { base: string[]; descriptor: string[] } {
  const text = new TextDecoder('latin1').decode(bytes);
  return {
    base: [...text.matchAll(/\/BaseFont ?\/([^\s/<>[\]]+)/g)].map((m) => m[1]!),
    descriptor: [...text.matchAll(/\/FontName ?\/([^\s/<>[\]]+)/g)].map((m) => m[1]!),
  };
}

/** pdffonts (poppler), where it is installed: its table of the fonts, or null. */
function pdffonts(bytes: Uint8Array): string | null {
  const file = join(mkdtempSync(join(tmpdir(), 'pdffonts-')), 'plan.pdf');
  writeFileSync(file, bytes);
  try {
    return execFileSync('pdffonts', [file], { encoding: 'utf8' });
  } catch {
    return null;
  }
}

describe('the fonts of the PDF', () => {
  const { bytes } = render(examplePlan());

  it('are named as subsets, regular and bold apart: a tag of six capitals, "+", the PostScript name', () => {
    const { base, descriptor } = fontNames(bytes);
    const names = [...new Set(base)].sort();
    expect(names).toHaveLength(2);
    expect(names.map((n) => n.replace(/^[A-Z]{6}\+/, '')).sort()).toEqual(['NotoSans-Bold', 'NotoSans-Regular']);
    for (const name of names) expect(name).toMatch(/^[A-Z]{6}\+NotoSans-(Regular|Bold)$/);
    // The two subsets have their own tags, and each descriptor names its font as the font does.
    expect(new Set(names.map((n) => n.slice(0, 6))).size).toBe(2);
    expect([...new Set(descriptor)].sort()).toEqual(names);
  });

  it('read so in pdffonts: embedded, subset, with a Unicode map (where poppler is installed)', () => {
    const table = pdffonts(bytes);
    if (table === null) return;
    const rows = table.split('\n').filter((line) => /NotoSans/.test(line));
    expect(rows).toHaveLength(2);
    for (const row of rows) expect(row).toMatch(/^[A-Z]{6}\+NotoSans-(Regular|Bold)\s+CID TrueType\s+Identity-H\s+yes\s+yes\s+yes/);
  });
});
