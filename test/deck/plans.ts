import type { FieldDef } from '../../src/plan/model/kinds';
import { examplePlan } from '../../src/plan/example/example-plan';
import { PLAN_STRUCTURE, WRITTEN_SECTION_IDS, type Plan } from '../../src/plan/model/schema';
import { columnsOf } from '../../src/plan/values/validate';

/**
 * Plans that try to break a slide: texts with XML's special characters, control characters,
 * emoji (joined and flags), right-to-left names, a combining accent, a long URL, a lone half of a
 * surrogate pair; 200 rows in every table; texts of 20,000 characters.
 */

const PIECES = [
  'Zoë & <Partners> "Hygiëne" \'BV\'',
  '\u0001\u000b\u001f\u007f\ufffe',
  '👨‍👩‍👧‍👦 🇳🇱 👍🏽',
  'שלום עליכם',
  'مرحبا بالعالم',
  'e\u0301te\u0301',
  'https://voorbeeld.nl/een/heel/lang/pad/zonder/spaties?met=parameters&en=nog-veel-meer-tekst',
  ']]> <!-- --> &amp; &#0;',
  'Ordinary words between, so that lines can break.',
];

/** A hostile text of exactly `length` UTF-16 units (it may end in half a surrogate pair). */
export function hostileText(length: number, seed = 0): string {
  let out = '';
  for (let i = seed; out.length < length; i++) out += `${PIECES[i % PIECES.length]} `;
  return out.slice(0, length);
}

/** A value for every field of the written plan, from `text`: rows times each table and list. */
function fillPlan(base: Plan, rows: number, text: (seed: number) => string, keepRows: boolean): Plan {
  const plan = structuredClone(base);
  let seed = 0;
  const value = (def: FieldDef | ReturnType<typeof columnsOf>[string], current: unknown): unknown => {
    switch (def.kind) {
      case 'text':
      case 'longText':
        return text(seed++);
      case 'number':
      case 'money':
        return 99_999_999_999_999;
      case 'percent':
        return 12.5;
      // The rest keep the example's value: a choice, a date, a score or a reference must stay one
      // the schema accepts; lists and tables are filled row by row below; the matrix follows them.
      case 'choice':
      case 'date':
      case 'list':
      case 'matrix':
      case 'reference':
      case 'score':
      case 'table':
      case 'yesNo':
        return current;
    }
  };
  for (const section of WRITTEN_SECTION_IDS) {
    const values = plan[section] as Record<string, unknown>;
    for (const [key, def] of Object.entries(PLAN_STRUCTURE[section] as Record<string, FieldDef>)) {
      if (def.kind === 'list' || def.kind === 'table') {
        const existing = values[key] as Array<Record<string, unknown>>;
        const count = keepRows ? existing.length : rows;
        values[key] = Array.from({ length: count }, (_, i) => {
          const model = existing[i % Math.max(1, existing.length)] ?? { id: '' };
          // The example's own rows keep their ids, so references and the matrix still point at them.
          const row: Record<string, unknown> = { ...model, id: i < existing.length ? model['id'] : `${key}-${i}` };
          for (const [column, col] of Object.entries(columnsOf(def))) row[column] = value(col, model[column]);
          return row;
        });
      } else if (def.kind !== 'matrix') {
        values[key] = value(def, values[key]);
      }
    }
  }
  return plan;
}

/** The example with 200 rows in every table and list, every text a short hostile one. */
export function manyRowsPlan(): Plan {
  return fillPlan(examplePlan(), 200, (seed) => hostileText(90, seed), false);
}

/** The example with every text field and cell 20,000 characters long. */
export function longTextPlan(): Plan {
  return fillPlan(examplePlan(), 0, (seed) => hostileText(20_000, seed), true);
}

/** What XML 1.0 does not allow in a document, anywhere. */
export const XML_FORBIDDEN = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;
