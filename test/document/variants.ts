/**
 * The documents the fixtures hold (test/document/fixtures/): one plan and one set of options per
 * variant, rendered as PDF and as Word, and read back as text a reviewer can diff. The example plan
 * is frozen as JSON (fixtures/example-plan.json), so a change to the site's example does not change
 * these documents; the other plans are made from the schema (test/pdf/fixtures.ts).
 */
import { readFileSync } from 'node:fs';
import { strFromU8, unzipSync } from 'fflate';
import { extractText, getDocumentProxy, getMeta } from 'unpdf';
import type { Feedback } from '../../src/plan/feedback/feedback';
import { readPlan } from '../../src/plan/model/migrations';
import type { Plan } from '../../src/plan/model/schema';
import { emptyPlan, filledPlan, fonts, TODAY } from '../pdf/fixtures';
import type { PdfOptions } from '../../src/pdf/render';

export const FIXTURES = new URL('fixtures/', import.meta.url);

/** The example plan as the site had it when the fixtures were made. */
export function frozenExample(): Plan {
  const read = readPlan(JSON.parse(readFileSync(new URL('example-plan.json', FIXTURES), 'utf8')));
  if (!read.ok) throw new Error(read.message);
  return read.plan;
}

/**
 * A plan that tries to break a document: every field filled, and then texts a layout must survive
 * (a title of four lines, a word longer than a line, a pasted URL, control and invisible characters,
 * emoji and other scripts, markup, line breaks of every kind), rows that point nowhere, extreme
 * numbers, a SWOT of twelve opportunities (the matrix splits at ten columns) and an empty list item.
 */
export function hostilePlan(): Plan {
  const plan = filledPlan();
  const long = 'Donaudampfschifffahrtsgesellschaftskapitänswitwenrentenversicherungsanspruch';
  plan.cover.title = `Accountplan voor <script>alert("x")</script> & Zoë’s “Groothandel” ${long} met een titel die over vier regels loopt 😀`;
  plan.cover.account = 'Zoë & Söhne <b>B.V.</b> 東京';
  plan.cover.summary = `Eerste alinea met tab\there en een zachte\u00ad afbreking.\r\nRegel twee\u2028regel drie.\n\n\nTweede alinea: https://voorbeeld.nl/${'pad/'.repeat(40)}einde\n\n${long} ${long}`;
  plan.envision.ambition = `Stuurtekens\u0000\u0007\u001b weg, nul\u200bbreed, RTL \u202eomgekeerd\u202c, combinerend Zoe\u0308, emoji 👨‍👩‍👧 🇳🇱, Grieks Αθήνα, Cyrillisch Москва, Arabisch سلام.`;
  plan.envision.customerGoals = [{ id: 'leeg', text: '   ' }, ...plan.envision.customerGoals, { id: 'lang', text: long.repeat(3) }];
  plan.discover.competitors[0]!.name = long;
  plan.discover.revenue = 999_999_999_999_999;
  plan.discover.employees = 0;
  plan.develop.budget[0]!.rate = -1250.5;
  plan.develop.opportunities[0]!.probability = 12.34;
  plan.actie.actions[0]!.objective = 'bestaat-niet';
  plan.klantplan.keyQuestions[0]!.cell = 'weg:ook-weg';
  const k = plan.klantplan;
  k.opportunities = Array.from({ length: 12 }, (_, i) => ({ id: `kans${i}`, text: `Kans ${i + 1} ${i === 3 ? long : 'in de markt'}` }));
  const scores = ['++', '+', '0', '-', '--'] as const;
  k.matrix = Object.fromEntries(
    [...k.strengths, ...k.weaknesses].flatMap((r, i) => [...k.opportunities, ...k.threats].map((c, j) => [`${r.id}:${c.id}`, scores[(i + 2 * j) % 5]!])),
  );
  return plan;
}

/** The trainer's feedback of the variant with the feedback appendix. */
export const FEEDBACK: Feedback = {
  format: 'accountplan-feedback',
  version: 1,
  id: 'fb1',
  createdAt: '2027-03-04T10:00:00.000Z',
  trainer: 'Marieke Bos',
  plan: { id: 'voorbeeld', name: 'Voorbeeld', account: 'Zorggroep Lindenhof', author: 'Sanne de Wit', updatedAt: '2027-03-01T09:00:00.000Z' },
  overall: 'Een sterk plan.\nLet op de financiën.',
  scores: { analyse: 4 },
  comments: [
    { id: 'envision.ambition', section: 'envision', field: 'ambition', text: 'Noem wat Lindenhof eraan heeft.' },
    { id: 'develop', section: 'develop', field: null, text: 'Reken het saldo na.' },
  ],
};

/** Open points as the workbook passes them (fixed here: the checks' own words may change). */
const OPEN_POINTS: NonNullable<PdfOptions['openPoints']> = [
  { message: 'Er zijn nog geen SMART-doelen.', step: 'develop' },
  { message: 'Er zijn nog geen SMART-doelen.', step: 'develop' },
  { message: 'Het actieplan is nog leeg.', step: 'actie' },
  { message: 'Geef het plan een titel.', step: null },
];
const SELF_CHECKS: NonNullable<PdfOptions['selfChecks']> = [
  { text: 'Je hebt de ambitie met je leidinggevende besproken.', step: 'envision' },
  { text: 'De klant herkent zich in de SWOT.', step: 'klantplan' },
];

export interface PdfVariant {
  name: string;
  plan: () => Plan;
  options: Partial<PdfOptions>;
}

export const PDF_VARIANTS: PdfVariant[] = [
  { name: 'example-steps', plan: frozenExample, options: { openPoints: OPEN_POINTS, selfChecks: SELF_CHECKS } },
  { name: 'example-steps-all-pass', plan: frozenExample, options: { openPoints: [] } },
  { name: 'example-exam', plan: frozenExample, options: { order: 'exam' } },
  {
    name: 'example-feedback',
    plan: frozenExample,
    options: {
      feedback: [
        { feedback: FEEDBACK, done: ['envision.ambition'], title: 'Feedback van Marieke Bos', competences: { analyse: 'Analyse en oordeelsvorming' } },
      ],
    },
  },
  { name: 'form', plan: emptyPlan, options: { form: true } },
  { name: 'empty-steps', plan: emptyPlan, options: {} },
  { name: 'empty-steps-shown', plan: emptyPlan, options: { emptyFields: 'show', openPoints: OPEN_POINTS } },
  { name: 'empty-exam-shown', plan: emptyPlan, options: { order: 'exam', emptyFields: 'show' } },
  { name: 'empty-exam', plan: emptyPlan, options: { order: 'exam' } },
  { name: 'filled-steps', plan: () => filledPlan(), options: {} },
  { name: 'filled-exam', plan: () => filledPlan(), options: { order: 'exam' } },
  { name: 'hostile-steps', plan: hostilePlan, options: { emptyFields: 'show' } },
  { name: 'hostile-exam', plan: hostilePlan, options: { order: 'exam' } },
];

export const DOCX_VARIANTS: Array<{ name: string; plan: () => Plan }> = [
  { name: 'example', plan: frozenExample },
  { name: 'empty', plan: emptyPlan },
  { name: 'filled', plan: () => filledPlan() },
  { name: 'hostile', plan: hostilePlan },
];

export const PDF_RENDER_DEFAULTS = { emptyFields: 'hide' as const, today: TODAY, fonts };

/** A PDF as text: its properties, its bookmarks, then every page as pdf.js reads it. */
export async function pdfAsText(bytes: Uint8Array, replaced: number): Promise<string> {
  const pdf = await getDocumentProxy(bytes.slice());
  const { text } = await extractText(pdf, { mergePages: false });
  const info = (await getMeta(bytes.slice())).info as Record<string, unknown>;
  const outline = ((await pdf.getOutline()) ?? []).map((item) => item.title);
  const head = [
    ...['Title', 'Subject', 'Author', 'Keywords', 'Creator', 'Language'].map((key) => `${key}: ${String(info[key] ?? '')}`),
    `Replaced characters: ${replaced}`,
    `Bookmarks: ${outline.join(' | ')}`,
  ];
  const pages = (text as unknown as string[]).map((page, i) => `===== page ${i + 1} =====\n${page.replace(/[ \t]+$/gm, '')}`);
  return `${[...head, ...pages].join('\n')}\n`;
}

/** A Word document's body (word/document.xml), one element a line where it helps a diff. */
export function docxAsText(bytes: Uint8Array, replaced: number): string {
  const files = unzipSync(bytes);
  // The docx library names a chart's relationship at random: the same document, another id.
  const xml = strFromU8(files['word/document.xml']!).replace(/r:id="rId[a-z0-9_-]{12,}"/g, 'r:id="rId(random)"');
  const lines = xml.replace(/(<w:p[ >]|<w:tbl>|<w:tr[ >]|<w:tc>|<w:sdt>|<w:sectPr)/g, '\n$1');
  return `Replaced characters: ${replaced}\n${lines}\n`;
}
