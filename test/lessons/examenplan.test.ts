import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { COMPETENCES } from '../../src/plan/exam/rubric';

/**
 * The page /examenplan/ ("Van werkboek naar examenplan"): what it must tell, how honest it is
 * about where the exam facts come from, and where it is linked from.
 */
const page = readFileSync('content/examenplan.mdx', 'utf8');
const body = page.replace(/^---\n[\s\S]*?\n---\n/, '');
const h2 = [...body.matchAll(/^## (.+)$/gm)].map((m) => m[1]);
const words = body
  .split('\n')
  .filter((line) => !line.startsWith('import '))
  .join('\n')
  .replace(/<[^>]*>/g, ' ')
  .split(/\s+/)
  .filter((t) => /[\p{L}\p{N}]/u.test(t)).length;

describe('the page Van werkboek naar examenplan', () => {
  it('has its title and parts in order: the exam, the time, the chapters, the writing, the document, the presentation and the interview', () => {
    expect(page).toMatch(/^---\ntitle: Van werkboek naar examenplan\n/);
    expect(h2).toEqual([
      'Het examen in het kort',
      'Reken op genoeg tijd',
      'De hoofdstukken',
      'Wat je om de werkbladen heen schrijft',
      'Van werkboek naar document',
      'De presentatie voorbereiden',
      'Het criteriumgerichte interview',
    ]);
  });

  it('states the form and length of the exam, and says where that comes from and what decides', () => {
    for (const fact of [
      "10 tot 25 pagina's",
      "hoogstens 5 pagina's bijlagen",
      'twee examinatoren',
      'criteriumgericht interview',
      'schaal van 1 tot 5',
      'waardebepaling',
    ])
      expect(body).toContain(fact);
    expect(body).toContain('beschrijving van het examen door een NIMA-opleider');
    expect(body).toContain('De officiële examenregeling van NIMA beslist');
  });

  // Review §4: what the page left implicit.
  it("says the plan is about an account of the candidate's own employer, and that a 3 is voldoende", () => {
    expect(body).toContain('klant van je eigen werkgever');
    expect(body).toContain('Een 3 is voldoende');
    expect(body).toMatch(/onvoldoende, matig, voldoende, goed en zeer goed/);
  });

  // Review m16: the 20 to 30 hours of a first working plan are not an exam plan.
  it('gives a time budget for an exam plan that adds up, and says it is an estimate', () => {
    const part = body.slice(body.indexOf('## Reken op genoeg tijd'), body.indexOf('## De hoofdstukken'));
    const rows = [...part.matchAll(/^\|[^|]+\| (\d+) tot (\d+) uur \|$/gm)].map((m) => [Number(m[1]), Number(m[2])] as const);
    expect(rows.length).toBeGreaterThanOrEqual(3);
    const total = /Samen is dat (\d+) tot (\d+) uur/.exec(part);
    expect(total?.slice(1).map(Number)).toEqual([rows.reduce((n, r) => n + r[0], 0), rows.reduce((n, r) => n + r[1], 0)]);
    expect(part).toContain('geen eis van NIMA');
  });

  it('gives a presentation outline of six to eight slides, and the time limit as that of a sibling exam to check', () => {
    const part = body.slice(body.indexOf('## De presentatie voorbereiden'), body.indexOf('## Het criteriumgerichte interview'));
    const slides = part.match(/^\d+\. \*\*/gm) ?? [];
    expect(slides.length).toBeGreaterThanOrEqual(6);
    expect(slides.length).toBeLessThanOrEqual(8);
    expect(part).toMatch(/verwant B2-examen[^.]*15 minuten/);
    expect(part).toContain('zoek de tijd op in je eigen regeling');
  });

  // Review M11: per competence of the rubric, questions with what a 3 and a 5 sound like.
  it.each(COMPETENCES.map((c) => [c.name] as const))('prepares for the interview on %s: two or three questions, each with a 3 and a 5 answer', (name) => {
    const part = body.slice(body.indexOf('## Het criteriumgerichte interview'));
    const start = part.indexOf(`### ${name}\n`);
    expect(start, name).toBeGreaterThan(0);
    const section = part.slice(start).split(/\n#{2,3} /)[0]!;
    const questions = section.split('\n').filter((line) => line.startsWith('- **'));
    expect(questions.length, name).toBeGreaterThanOrEqual(2);
    expect(questions.length, name).toBeLessThanOrEqual(3);
    for (const q of questions) expect(q, name).toMatch(/\?\*\* Een 3: ".+" Een 5: ".+"$/);
  });

  it('explains what a criteria-based interview is', () => {
    const part = body.slice(body.indexOf('## Het criteriumgerichte interview'));
    expect(part).toContain('Het is geen overhoring van de theorie');
    expect(part).toContain('regisseur van het accountteam');
  });

  // The page /presentatie/ (the plan as slides, and the interview to practise) is built alongside.
  it('links to the presentation page and to interview practice, each by a name that says which', () => {
    const linksTo = (page: string) => [...body.matchAll(/\[([^\]]+)\]\(([^)]+)\)/g)].filter((m) => m[2] === page).map((m) => m[1]!);
    expect(linksTo('/presentatie/').some((l) => /presentatie/i.test(l))).toBe(true);
    expect(linksTo('/interview/').some((l) => /interview/i.test(l))).toBe(true);
  });

  it('tells which chapters are known from the exam description and which follow the usual order', () => {
    expect(body).toContain('Van de eerste vier hoofdstukken is de volgorde bekend uit de examenbeschrijving');
    expect(body).toContain('de gebruikelijke opbouw van Nederlandse accountplannen');
  });

  it('shows the chapters and the writing prompts from the one definition the PDF and Word follow', () => {
    expect(body).toContain('<ExamChapters />');
    expect(body).toContain('<ExamPrompts />');
    expect(page).toContain("import ExamChapters from '../src/components/ExamChapters.astro';");
  });

  it('names the controls of the workbook the reader uses, by the words on them', () => {
    for (const control of ['**Examenindeling**', '**Download Word (.docx)**', '**Omvang als examenplan**']) expect(body).toContain(control);
  });

  // Raised from 1,500 when the interview questions per competence came in (review M11): the page
  // is read in parts, through its headings, and each part stays short.
  it('has between 800 and 2,600 words of its own', () => {
    expect(words).toBeGreaterThanOrEqual(800);
    expect(words).toBeLessThanOrEqual(2600);
  });

  it.each([
    ['the method overview', 'content/stappen/index.mdx'],
    ['the trainers page', 'content/trainers.mdx'],
    ['the workbook', 'src/pages/werkboek.astro'],
    ["the workbook's Word part", 'src/worksheets/WorkbookOutput.tsx'],
  ])('is linked from %s', (_name, file) => {
    expect(readFileSync(file, 'utf8')).toMatch(/href="\/examenplan\/"|\]\(\/examenplan\/\)/);
  });
});
