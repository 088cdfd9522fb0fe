import { readFileSync } from 'node:fs';
import { extractText, getDocumentProxy, getMeta } from 'unpdf';
import { formatDateNl } from '../../src/plan/values/dates';
import { displayValue } from '../../src/plan/values/display';
import type { FieldInfo } from '../../src/plan/model/fields';
import { fieldColumns, sectionFields } from '../../src/plan/model/field-entries';
import { placeholderPlan } from '../../src/plan/model/plan';
import { SECTION_IDS, WRITTEN_SECTION_IDS, type Plan, type SectionId } from '../../src/plan/model/schema';
import { STEPS } from '../../src/plan/model/steps';
import { renderPlanPdf, type PdfOptions, type RenderedPdf } from '../../src/pdf/render';
import { PAGE } from '../../src/pdf/style';

// ---------------------------------------------------------------------------------------------
// Rendering and reading back

export const fonts = {
  regular: new Uint8Array(readFileSync('src/pdf/fonts/noto-sans-regular.ttf')),
  bold: new Uint8Array(readFileSync('src/pdf/fonts/noto-sans-bold.ttf')),
};

export const TODAY = new Date(2027, 2, 12);

export function render(plan: Plan, options: Partial<PdfOptions> = {}): RenderedPdf {
  return renderPlanPdf(plan, { emptyFields: 'hide', today: TODAY, fonts, ...options });
}

export interface ReadPdf {
  pages: string[];
  text: string;
  info: Record<string, unknown>;
  outline: string[];
}

/** The text of every page, the document properties and the bookmarks, as a reader's tool sees them. */
export async function readPdf(bytes: Uint8Array): Promise<ReadPdf> {
  const pdf = await getDocumentProxy(bytes.slice());
  const { text } = await extractText(pdf, { mergePages: false });
  const pages = text as unknown as string[];
  const meta = await getMeta(bytes.slice());
  const outline = ((await pdf.getOutline()) ?? []).map((item) => item.title);
  return { pages, text: pages.join('\n'), info: meta.info as Record<string, unknown>, outline };
}

/** Text compared without whitespace, so line breaks (also inside broken long words) do not matter. */
export const squash = (text: string) => text.normalize('NFC').replace(/\s+/g, '');

/**
 * Finds every word of the expected texts in `haystack`, each after the previous one; returns
 * the first word that is missing or out of order, or null when all are there in order.
 */
export function firstMissingInOrder(haystack: string, expected: string[]): { word: string; text: string } | null {
  const hay = squash(haystack);
  let cursor = 0;
  for (const text of expected) {
    for (const word of text.normalize('NFC').split(/\s+/)) {
      if (!word) continue;
      const at = hay.indexOf(word, cursor);
      if (at < 0) return { word, text: text.slice(0, 200) };
      cursor = at + word.length;
    }
  }
  return null;
}

// ---------------------------------------------------------------------------------------------
// What the reader typed, in the order the PDF prints it

/** Kinds whose value the reader types (a keuze is picked from a list, a reference points). */
const TYPED = new Set<FieldInfo['kind']>(['text', 'longText']);
const FORMATTED = new Set<FieldInfo['kind']>(['date', 'number', 'money', 'percent', 'score']);

function valueTexts(plan: Plan, info: FieldInfo, value: unknown): string[] {
  if (TYPED.has(info.kind)) return typeof value === 'string' && value.trim() ? [value.trim()] : [];
  if (FORMATTED.has(info.kind)) {
    const text = info.kind === 'date' ? formatDateNl(String(value ?? '')) : displayValue(plan, info, value);
    return text ? [text] : [];
  }
  return [];
}

export function fieldTexts(plan: Plan, section: SectionId, key: string): string[] {
  const entry = sectionFields(section).find((f) => f.key === key)!;
  const value = (plan[section] as Record<string, unknown>)[key];
  if (entry.info.kind === 'list') return (value as Array<{ text: string }>).map((i) => i.text.trim()).filter(Boolean);
  if (entry.info.kind === 'table') {
    const columns = fieldColumns(entry);
    return (value as Array<Record<string, unknown>>).flatMap((row) => columns.flatMap(({ key: column, info }) => valueTexts(plan, info, row[column])));
  }
  return valueTexts(plan, entry.info, value);
}

/**
 * Every text the reader typed (plus amounts and dates as the PDF formats them), in print order:
 * the cover, the summary, the steps field by field, the sources last (the appendix).
 */
export function typedTexts(plan: Plan): string[] {
  const c = plan.cover;
  const out = [c.title, c.account, c.author, c.organisation, formatDateNl(c.periodFrom), formatDateNl(c.periodTo), c.summary]
    .map((t) => t.trim())
    .filter(Boolean);
  for (const step of STEPS) {
    for (const { key } of sectionFields(step.id)) if (!(step.id === 'discover' && key === 'sources')) out.push(...fieldTexts(plan, step.id, key));
  }
  out.push(...fieldTexts(plan, 'discover', 'sources'));
  return out;
}

/** Every typed value on its own (a text field, a list item, a table cell), named by where it is. */
export function typedValues(plan: Plan): Array<{ where: string; text: string }> {
  return WRITTEN_SECTION_IDS.flatMap((section) =>
    sectionFields(section).flatMap((entry) => {
      const { key, info } = entry;
      const value = (plan[section] as Record<string, unknown>)[key];
      const where = `${section}.${key}`;
      if (info.kind === 'list') return (value as Array<{ text: string }>).map((item, i) => ({ where: `${where}[${i}]`, text: item.text }));
      if (info.kind === 'table') {
        const columns = fieldColumns(entry);
        return (value as Array<Record<string, unknown>>).flatMap((row, r) =>
          columns.flatMap(({ key: column, info: colInfo }) =>
            valueTexts(plan, colInfo, row[column]).map((text) => ({ where: `${where}[${r}].${column}`, text })),
          ),
        );
      }
      return valueTexts(plan, info, value).map((text) => ({ where, text }));
    }),
  );
}

// ---------------------------------------------------------------------------------------------
// Plans

export const emptyPlan = (): Plan => placeholderPlan();

const SYLLABLES = ['ka', 'lo', 'mi', 're', 'su', 'to', 'va', 'ne', 'di', 'po', 'gu', 'be', 'fa', 'hi', 'jo', 'ze'];

/** A pronounceable word that no other number gives, e.g. 37 → "bazelo". */
export function word(n: number): string {
  let out = '';
  let rest = n;
  do {
    out += SYLLABLES[rest % 16];
    rest = Math.floor(rest / 16);
  } while (rest > 0);
  return `ba${out}`;
}

interface FillOptions {
  /** Characters per text field; short realistic texts when not given. */
  length?: number;
  /** Rows per table and items per list. */
  rows?: number;
}

/**
 * A plan with every field of every section filled, made from the schema itself (so a field
 * added later is filled too). Each text uses its own words, so a test can tell fields apart;
 * references point at real rows and the matrix scores every SWOT pair.
 */
export function filledPlan({ length, rows = 3 }: FillOptions = {}): Plan {
  let counter = 0;
  const text = (kind: 'text' | 'longText') => {
    const words: string[] = [];
    const target = length ?? (kind === 'longText' ? 260 : 30);
    let size = 0;
    while (size < target) {
      // Now and then a long unbreakable token, like a pasted URL.
      const next = length && words.length % 400 === 399 ? `https://voorbeeld.nl/${word(counter++)}/${'x'.repeat(90)}/${word(counter++)}` : word(counter++);
      words.push(next);
      size += next.length + 1;
      if (kind === 'longText' && words.length % 60 === 0) words.push('\n\n');
    }
    return words
      .join(' ')
      .replace(/ \n\n /g, '\n\n')
      .slice(0, target)
      .trim();
  };
  /** A value per kind (references and the matrix are filled in afterwards). */
  const VALUES = {
    text: () => text('text'),
    longText: () => text('longText'),
    date: (_info, row) => `2027-${String((row % 12) + 1).padStart(2, '0')}-12`,
    number: (_info, row) => 1250 + row,
    money: (_info, row) => 1250000.5 + row * 1000,
    percent: (_info, row) => 35 + row,
    score: (_info, row) => (row % 5) + 1,
    yesNo: (_info, row) => row % 2 === 0,
    choice: (info, row) => info.options?.[row % info.options.length] ?? '',
    list: () => Array.from({ length: rows }, (_, i) => ({ id: `i${counter++}`, text: text('text') + (i === 0 && !length ? ` ${text('text')}` : '') })),
    reference: () => '',
    table: () => [],
    matrix: () => ({}),
  } satisfies Record<FieldInfo['kind'], (info: FieldInfo, row: number) => unknown>;
  const value = (info: FieldInfo, row: number): unknown => VALUES[info.kind](info, row);
  const plan = placeholderPlan();
  plan.id = 'vol';
  plan.name = 'Volledig plan';
  for (const section of SECTION_IDS) {
    const out = plan[section] as Record<string, unknown>;
    for (const entry of sectionFields(section)) {
      const { key, info } = entry;
      if (info.kind === 'table') {
        const columns = fieldColumns(entry);
        out[key] = Array.from({ length: rows }, (_, r) => ({
          id: `${section}-${key}-${r}`,
          ...Object.fromEntries(columns.map((c) => [c.key, value(c.info, r)])),
        }));
      } else if (info.kind !== 'matrix') out[key] = value(info, 0);
    }
  }
  // Dates that make sense on the cover, and references that point at real rows.
  plan.cover.periodFrom = '2027-01-01';
  plan.cover.periodTo = '2027-12-31';
  const k = plan.klantplan;
  const scores = ['++', '+', '0', '-', '--'] as const;
  [...k.strengths, ...k.weaknesses].forEach((r, i) =>
    [...k.opportunities, ...k.threats].forEach((c, j) => (k.matrix[`${r.id}:${c.id}`] = scores[(i + j) % 5]!)),
  );
  for (const section of SECTION_IDS) {
    for (const entry of sectionFields(section)) {
      const { key, info } = entry;
      if (info.kind !== 'table') continue;
      for (const { key: column, info: colInfo } of fieldColumns(entry)) {
        const ref = colInfo.ref;
        if (!ref) continue;
        (plan[section] as Record<string, Array<Record<string, unknown>>>)[key]!.forEach((row, r) => {
          if ('matrix' in ref) row[column] = `${k.strengths[r % k.strengths.length]!.id}:${k.opportunities[r % k.opportunities.length]!.id}`;
          else row[column] = `${ref.section}-${ref.field}-${r % rows}`;
        });
      }
    }
  }
  return plan;
}

/** A field of the plan, typed loosely, to set values in tests. */
export function setField(plan: Plan, section: SectionId, key: string, value: unknown): void {
  (plan[section] as Record<string, unknown>)[key] = value;
}

// ---------------------------------------------------------------------------------------------
// Geometry

export interface TextBox {
  text: string;
  /** Left edge and baseline, mm from the page's top-left corner. */
  x: number;
  baseline: number;
  right: number;
}

const MM_PER_PT = 25.4 / 72;

/** Where every piece of text sits on every page, as pdf.js reads it. */
export async function textBoxes(bytes: Uint8Array): Promise<TextBox[][]> {
  const pdf = await getDocumentProxy(bytes.slice());
  const pages: TextBox[][] = [];
  for (let n = 1; n <= pdf.numPages; n++) {
    const page = await pdf.getPage(n);
    const height = page.view[3]!;
    const content = await page.getTextContent();
    pages.push(
      content.items.flatMap((item) => {
        if (!('str' in item) || !item.str.trim()) return [];
        const x = item.transform[4] * MM_PER_PT;
        return [{ text: item.str, x, baseline: (height - item.transform[5]) * MM_PER_PT, right: x + item.width * MM_PER_PT }];
      }),
    );
  }
  return pages;
}

/** Text that lies outside the text column, or below the content area other than the footer line. */
export function misplaced(pages: TextBox[][]): string[] {
  const out: string[] = [];
  pages.forEach((boxes, i) => {
    for (const box of boxes) {
      const where = `page ${i + 1} "${box.text.slice(0, 40)}"`;
      if (box.x < PAGE.left - 0.05 || box.right > PAGE.width - PAGE.right + 0.3)
        out.push(`${where} sticks out sideways (${box.x.toFixed(1)}–${box.right.toFixed(1)} mm)`);
      const footer = i > 0 && Math.abs(box.baseline - PAGE.footerBaseline) < 0.5;
      const coverNote = i === 0 && box.baseline < PAGE.footerBaseline;
      if (box.baseline > PAGE.bottom && !footer && !coverNote) out.push(`${where} runs into the footer (baseline ${box.baseline.toFixed(1)} mm)`);
    }
  });
  return out;
}
