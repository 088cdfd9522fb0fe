import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { lessonFrontmatter } from '../../src/lessons/frontmatter';
import { checklist, isProgramCheck } from '../../src/plan/checks';
import { ex, fig, type FigureName } from '../../src/plan/example/example-facts';
import { examplePlan } from '../../src/plan/example/example-plan';
import { STEPS } from '../../src/plan/model/steps';

/**
 * The shape every lesson must keep (issue 3): trainers link to these section ids, the worksheet
 * lives in the section after them, and a future edit must not silently drop a part.
 */
const SECTIONS = [
  'Wat je leert',
  'Waarom deze stap',
  'Zo pak je het aan',
  'Voorbeeld',
  'Veelgemaakte fouten',
  'Checklist',
  // The heading of the knowledge check, inside <section id="kennischeck"> (the section keeps the id).
  'Test je kennis',
] as const;
type Section = (typeof SECTIONS)[number];

/** The running case (docs/running-case.md): every lesson's example tells part of its story. */
const CUSTOMER = 'Zorggroep Lindenhof';
const SUPPLIER = 'Kroonstad';

const CONTENT = join(process.cwd(), 'content');

interface Lesson {
  /** Frontmatter, read with the `yaml` package (as Astro reads it). */
  data: Record<string, unknown>;
  /** Everything after the frontmatter. */
  body: string;
}

function readLesson(slug: string): Lesson {
  const source = readFileSync(join(CONTENT, 'stappen', `${slug}.mdx`), 'utf8');
  const match = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(source);
  if (!match) throw new Error(`${slug}.mdx has no frontmatter`);
  return { data: parseYaml(match[1]!) as Record<string, unknown>, body: match[2]! };
}

/** The h2 headings of a body, in order. */
function h2Headings(body: string): string[] {
  return [...body.matchAll(/^## (.+)$/gm)].map((m) => m[1]!.trim());
}

/** The text of one section: from its h2 to the next h2, the knowledge check or the worksheet. */
function section(body: string, heading: Section): string {
  const start = body.indexOf(`\n## ${heading}\n`);
  if (start < 0) return '';
  const rest = body.slice(start + heading.length + 5);
  const end = rest.search(/^(## |<Werkblad|<\/?Kennischeck)/m);
  return end < 0 ? rest : rest.slice(0, end);
}

/** Top-level list items (`- …` or `1. …`) of a piece of markdown. */
function listItems(markdown: string): string[] {
  return [...markdown.matchAll(/^(?:- |\d+\. )(.+)$/gm)].map((m) => m[1]!);
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Words a reader reads: without import lines, HTML/JSX tags and markdown punctuation; the checklist counts with its items. */
function countWords(body: string, step: string): number {
  const text = body
    .split('\n')
    .filter((line) => !line.startsWith('import '))
    .join('\n')
    .replace(
      /<Checklist step="[a-z]+" \/>/,
      checklist(step as never)
        .map((i) => i.text)
        .join(' '),
    )
    .replace(/<[^>]*>/g, ' ');
  return text.split(/\s+/).filter((token) => /[\p{L}\p{N}]/u.test(token)).length;
}

/** Text without MDX expressions (`{ex('…')}`) and JSX tags: what the author typed literally. */
const literal = (markdown: string) => markdown.replace(/\{[^{}]*\}/g, ' ').replace(/<[^>]*>/g, ' ');

/**
 * Figures of the running case that a lesson must quote from the example plan, not type: amounts,
 * percentages, decimals, dates, and counts of hours, locations or employees.
 */
const TYPED_FIGURE =
  /€|\d\s*%|\d,\d|\d\.\d{3}|\b\d{1,2} (januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december)\b|\b\d+ (uur|locaties|medewerkers)\b/;

/** Names of people, companies and places the running case may mention. */
function knownNames(): Set<string> {
  const plan = examplePlan();
  return new Set([
    ...plan.discover.dmu.map((d) => d.name),
    ...plan.align.team.map((m) => m.name),
    ...plan.discover.competitors.map((c) => c.name),
    plan.cover.account,
    plan.cover.author,
    plan.cover.organisation.split(' B.V.')[0]!,
    'De Esch',
  ]);
}

describe.each(STEPS.map((step) => [step.slug, step] as const))('the lesson %s', (slug, step) => {
  const { data, body } = readLesson(slug);

  it('has frontmatter that matches its step in the list of steps', () => {
    expect(data['step']).toBe(step.number);
    expect(data['stepName']).toBe(step.name);
    expect(data['worksheet']).toBe(step.id);
    // No colon after a name that ends in ? or ! ("Actie! Uitvoeren en borgen").
    const separator = /[?!]$/.test(step.name) ? ' \\p{Lu}' : ': \\S';
    expect(String(data['title'])).toMatch(new RegExp(`^Stap ${step.number} · ${escapeRegExp(step.name)}${separator}`, 'u'));
    expect((data['sidebar'] as Record<string, unknown>)?.['label']).toBe(`${step.number}. ${step.name}`);
    expect(String(data['description']).length).toBeGreaterThan(30);
    expect(lessonFrontmatter.safeParse(data).success).toBe(true);
  });

  it('has two to four learning goals, each listed under "Wat je leert"', () => {
    const goals = data['goals'] as string[];
    expect(goals.length).toBeGreaterThanOrEqual(2);
    expect(goals.length).toBeLessThanOrEqual(4);
    const taught = section(body, 'Wat je leert');
    for (const goal of goals) expect(taught).toContain(goal);
  });

  it('has the seven sections in order, the knowledge check of its own step, then "Je werkblad" inside the worksheet of its own step', () => {
    expect(h2Headings(body)).toEqual([...SECTIONS, 'Je werkblad']);
    expect(body).toContain(
      `\n<Checklist step="${step.id}" />\n\n<Kennischeck step="${step.id}">\n\n## Test je kennis\n\n</Kennischeck>\n\n<Werkblad step={${step.number}}>`,
    );
    expect(body).toMatch(new RegExp(`\\n<Werkblad step=\\{${step.number}\\}>\\n\\n## Je werkblad\\n\\n[^<#]+\\n\\n</Werkblad>\\n`));
  });

  it('has no heading named "Werkblad", whose id would clash with the worksheet section', () => {
    expect(body).not.toMatch(/^#{1,6} Werkblad\s*$/im);
  });

  it('breaks "Zo pak je het aan" into three to six sub-steps', () => {
    const subSteps = section(body, 'Zo pak je het aan').match(/^### .+$/gm) ?? [];
    expect(subSteps.length).toBeGreaterThanOrEqual(3);
    expect(subSteps.length).toBeLessThanOrEqual(6);
  });

  it('tells its part of the running case in "Voorbeeld"', () => {
    const example = section(body, 'Voorbeeld');
    expect(example).toContain(CUSTOMER);
    expect(example).toContain(SUPPLIER);
  });

  it('names three to five common mistakes', () => {
    const mistakes = listItems(section(body, 'Veelgemaakte fouten'));
    expect(mistakes.length).toBeGreaterThanOrEqual(3);
    expect(mistakes.length).toBeLessThanOrEqual(5);
  });

  it('renders its checklist from the checks of its step, so every item is a check or a self-check', () => {
    expect(section(body, 'Checklist').trim()).toBe(`<Checklist step="${step.id}" />`);
    const items = checklist(step.id);
    expect(items.length).toBeGreaterThanOrEqual(3);
    for (const item of items) expect(isProgramCheck(item) ? item.field : 'self' in item && item.self, item.id).toBeTruthy();
  });

  it('quotes the figures of the running case from the example plan, and every quote resolves', () => {
    for (const name of ['Voorbeeld', 'Test je kennis'] as const) {
      const typed = literal(section(body, name)).match(TYPED_FIGURE);
      expect(typed?.[0] ?? null, `${name}: "${typed ? literal(section(body, name)).slice(Math.max(0, typed.index! - 40), typed.index! + 40) : ''}"`).toBeNull();
    }
    for (const [, path, style] of body.matchAll(/\bex\('([^']+)'(?:, '([a-z]+)')?\)/g))
      expect(() => ex(path!, style as 'kort' | undefined), path).not.toThrow();
    for (const [, name] of body.matchAll(/\bfig\('([^']+)'\)/g)) expect(() => fig(name as FigureName), name).not.toThrow();
  });

  it('names only people, companies and places of the running case in its example', () => {
    const names = knownNames();
    const prose = literal(section(body, 'Voorbeeld')).replace(/\*\*/g, '');
    // Two or more capitalised words in a row, with "van", "de" or "El" in between: a name, or a sentence that starts with one.
    const candidates = prose.match(/\b\p{Lu}[\p{Ll}ë]+(?:(?: (?:van|de|El))* \p{Lu}[\p{Ll}ë]+)+/gu) ?? [];
    const known = (c: string) => [...names].some((n) => c.includes(n) || n.includes(c));
    // "Wat Kroonstad …": a sentence that starts before a name; what follows must start a known name.
    const afterFirstWord = (c: string) => [...names].some((n) => `${n} `.startsWith(`${c.slice(c.indexOf(' ') + 1)} `));
    const unknown = candidates.filter((c) => !known(c) && !afterFirstWord(c));
    expect(unknown).toEqual([]);
  });

  it('has between 700 and 1,400 words of body text', () => {
    const words = countWords(body, step.id);
    expect(words).toBeGreaterThanOrEqual(700);
    expect(words).toBeLessThanOrEqual(1400);
  });

  it('credits the source of the method as its very last element', () => {
    expect(body.trimEnd()).toMatch(/<\/Werkblad>\n\n<p class="bron">Gebaseerd op [^<]+<\/p>$/);
  });
});

describe('the pages in content/', () => {
  const files = readdirSync(CONTENT, { recursive: true, encoding: 'utf8' }).filter((f) => /\.mdx?$/.test(f));

  it.each(files)('%s links only within the site, with absolute paths and a trailing slash', (file) => {
    const source = readFileSync(join(CONTENT, file), 'utf8');
    const targets = [
      ...[...source.matchAll(/\]\(([^)\s]+)\)/g)].map((m) => m[1]!),
      ...[...source.matchAll(/\b(?:href|link|src)[=:]\s*["']?([^"'\s>}]+)/g)].map((m) => m[1]!),
    ].filter((t) => !t.startsWith('{') && !t.endsWith('.src'));
    for (const target of targets) {
      expect(target, `${file}: ${target}`).toMatch(/^(\/([\w-]+\/)*(#[\w-]+)?|#[\w-]+)$/);
    }
    // A bare address outside code would become a link to another site.
    const prose = source.replace(/```[\s\S]*?```/g, '').replace(/`[^`\n]*`/g, '');
    expect(prose).not.toMatch(/https?:\/\//);
  });
});
