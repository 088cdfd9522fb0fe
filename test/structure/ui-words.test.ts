import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { STEPS } from '../../src/plan/model/steps';

/**
 * Issue 14 §3: the words the reader sees live in one message module per layer
 * (`src/<layer>/messages.ts` and `src/<layer>/messages/<part>.ts`), the method's own content in its
 * data modules (the fields' words in `src/plan/meaning/`, the checklists, the example plan, the
 * rubric, the exam chapters). Code holds no Dutch sentence of its own, so an English edition
 * replaces modules, not code. This test reads the code of every layer with the TypeScript parser
 * and fails on a string or a piece of JSX text that reads as words.
 */
const LAYERS = ['src/plan', 'src/stores', 'src/worksheets', 'src/document', 'src/pdf', 'src/docx', 'src/deck', 'src/slides'];

/** Where words belong. */
const WORD_MODULES = /(^|\/)messages(\.ts|\/)|^src\/plan\/(meaning\/|example\/|exam\/(rubric|exam)\.ts|model\/steps\.ts|method\/swot\.ts)/;

/**
 * The checklists are content, like the fields' words: each step's module in src/plan/checks/
 * (`<step id>.ts`, and `<step id>-<part>.ts` where a step needs two) holds the sentences its lesson
 * lists, as the `text` of each item. Nothing else there may be words: what a check says when it
 * fails, and the grammar of those sentences, are messages (src/plan/checks/messages.ts).
 */
const CHECKLIST_MODULES = new RegExp(`^src/plan/checks/(${STEPS.map((s) => s.id).join('|')})(-[a-z]+)?\\.ts$`);
const isChecklistSentence = (path: string, node: ts.Node) =>
  CHECKLIST_MODULES.test(path) && ts.isPropertyAssignment(node.parent) && node.parent.initializer === node && node.parent.name.getText() === 'text';

/** Texts in code that are not words for the reader, each with the reason. */
const NOT_UI_TEXT: Array<{ file: string; text: RegExp; why: string }> = [
  {
    file: 'src/plan/model/migrations.ts',
    text: /^(Budget cost|Revenue bridge|Adds the section presentatie)/,
    why: 'a migration describes itself to developers (checked at load)',
  },
  { file: 'src/plan/exchange/ics.ts', text: /^PRODID:/, why: 'the calendar format names its producer' },
  { file: 'src/plan/model/schema.ts', text: /^social media$/, why: 'a stored choice code; its label is in meaning/' },
  {
    file: 'src/docx/render-docx.ts',
    text: /^(Schrijfaanwijzing|Inhoudskop|Normal|Calibri)$/,
    why: 'Word style ids and a font name; the style names Word shows are in docx/messages.ts',
  },
];

/** JSX attributes and calls whose strings are code: classes, ids, keys, selectors, developer errors. */
const CODE_ATTRIBUTES = new Set([
  'className',
  'id',
  'href',
  'type',
  'role',
  'htmlFor',
  'name',
  'rel',
  'target',
  'autoComplete',
  'inputMode',
  'lang',
  'key',
  'accept',
  'pattern',
  'style',
  'd',
  'viewBox',
  'enterKeyHint',
  'data-testid',
]);
const CODE_CALLS =
  /^(console\.|document\.querySelector|\w+\.(querySelector|querySelectorAll|closest|matches|addEventListener|removeEventListener|setAttribute|getAttribute|getElementById))/;
/** Properties whose single word is shown to the reader (a column's label, a button's title). */
const SHOWN_PROPERTIES = new Set(['label', 'title', 'hint', 'heading', 'text', 'placeholder', 'aria-label']);

const isWords = (text: string) => /\p{L}{2,}[\s\u00a0]+\p{L}{2,}/u.test(text);
const isShownWord = (text: string) => /^\p{Lu}\p{Ll}{2,}[.…:!?]?$/u.test(text.trim());

function isCode(node: ts.Node): boolean {
  for (let p: ts.Node | undefined = node.parent; p; p = p.parent) {
    if (ts.isImportDeclaration(p) || ts.isExportDeclaration(p) || ts.isImportTypeNode(p) || ts.isLiteralTypeNode(p)) return true;
    if (ts.isJsxAttribute(p)) return CODE_ATTRIBUTES.has(p.name.getText());
    if (ts.isNewExpression(p) && /Error$/.test(p.expression.getText())) return true;
    if (ts.isCallExpression(p) && CODE_CALLS.test(p.expression.getText())) return true;
    if (ts.isBlock(p) || ts.isSourceFile(p)) return false;
  }
  return false;
}

/** A single word counts when the reader sees it: JSX text, or the value of a shown property or attribute. */
function isShownPlace(node: ts.Node): boolean {
  if (ts.isJsxText(node)) return true;
  const p = node.parent;
  if (ts.isPropertyAssignment(p) && p.initializer === node) return SHOWN_PROPERTIES.has(p.name.getText().replace(/['"]/g, ''));
  if (ts.isJsxAttribute(p)) return SHOWN_PROPERTIES.has(p.name.getText()) || p.name.getText().startsWith('aria-');
  if (ts.isJsxExpression(p))
    return ts.isJsxElement(p.parent) || ts.isJsxFragment(p.parent) || (ts.isJsxAttribute(p.parent) && !CODE_ATTRIBUTES.has(p.parent.name.getText()));
  return false;
}

function literalText(node: ts.Node): string | null {
  if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) return node.text;
  if (ts.isTemplateExpression(node)) return [node.head.text, ...node.templateSpans.map((s) => s.literal.text)].join(' ');
  if (ts.isJsxText(node)) return node.text.trim() || null;
  return null;
}

/** Every string or JSX text in `source` that reads as words for the reader. */
export function wordsInCode(path: string, source: string): string[] {
  const file = ts.createSourceFile(path, source, ts.ScriptTarget.Latest, true, path.endsWith('.tsx') ? ts.ScriptKind.TSX : ts.ScriptKind.TS);
  const found: string[] = [];
  const visit = (node: ts.Node) => {
    const text = literalText(node);
    if (text !== null && (isWords(text) || (isShownWord(text) && isShownPlace(node))) && !isCode(node) && !isChecklistSentence(path, node)) {
      const allowed = NOT_UI_TEXT.some((a) => a.file === path && a.text.test(text));
      if (!allowed) found.push(`${path}:${file.getLineAndCharacterOfPosition(node.getStart()).line + 1}: ${text.slice(0, 80)}`);
    }
    // A template's parts are read as one text above; do not read them again one by one.
    if (!ts.isTemplateExpression(node)) ts.forEachChild(node, visit);
    else node.templateSpans.forEach((s) => visit(s.expression));
  };
  visit(file);
  return found;
}

const codeFiles = LAYERS.flatMap((layer) =>
  readdirSync(layer, { recursive: true, encoding: 'utf8' })
    .map((f) => `${layer}/${f.replaceAll('\\', '/')}`)
    .filter((f) => /\.tsx?$/.test(f) && !WORD_MODULES.test(f)),
);

describe('the words of the site', () => {
  it('are found in code by this test (it reads what it should)', () => {
    expect(codeFiles.length).toBeGreaterThan(100);
    const sample = [
      'export const a = () => <p>Je plan is opgeslagen.</p>;',
      'export const b = (n: number) => `Nog ${n} punten open`;',
      "export const c = { label: 'Omzet' };",
      'export const d = <button aria-label="Sluiten" className="close button">x</button>;',
    ].join('\n');
    expect(wordsInCode('src/worksheets/Sample.tsx', sample).map((f) => f.replace(/^[^:]+:\d+: /, ''))).toEqual([
      'Je plan is opgeslagen.',
      'Nog   punten open',
      'Omzet',
      'Sluiten',
    ]);
    // A step's checks module may hold its checklist sentences, and nothing else.
    const checks = "export const X = [check({ id: 'a', text: 'Je hebt een plan.', run: () => [finding('x.y', 'Schrijf een plan.')] })];";
    expect(wordsInCode('src/plan/checks/develop.ts', checks).map((f) => f.replace(/^[^:]+:\d+: /, ''))).toEqual(['Schrijf een plan.']);
    expect(wordsInCode('src/plan/checks/index.ts', checks).map((f) => f.replace(/^[^:]+:\d+: /, ''))).toEqual(['Je hebt een plan.', 'Schrijf een plan.']);
    expect(
      wordsInCode(
        'src/worksheets/Code.tsx',
        "import x from './a b';\nthrow new Error('kan niet');\nel.querySelector('.a .b');\nconst k = e.key === 'Enter';\nconst j = <div className=\"field group\" />;",
      ),
    ).toEqual([]);
  });

  it('live in message and content modules, not in code', () => {
    const found = codeFiles.flatMap((path) => wordsInCode(path, readFileSync(join(path), 'utf8')));
    expect(found).toEqual([]);
  });

  it('have an allow-list that is still needed', () => {
    for (const a of NOT_UI_TEXT) {
      const source = readFileSync(a.file, 'utf8');
      const file = ts.createSourceFile(a.file, source, ts.ScriptTarget.Latest, true, a.file.endsWith('.tsx') ? ts.ScriptKind.TSX : ts.ScriptKind.TS);
      let used = false;
      const visit = (node: ts.Node) => {
        const text = literalText(node);
        if (text !== null && a.text.test(text)) used = true;
        ts.forEachChild(node, visit);
      };
      visit(file);
      expect(used, `${a.file} ${a.text} (${a.why})`).toBe(true);
    }
  });
});
