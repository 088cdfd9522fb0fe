import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

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
  it('has its title and parts in order: the exam, the chapters, the writing, the document, the presentation and the interview', () => {
    expect(page).toMatch(/^---\ntitle: Van werkboek naar examenplan\n/);
    expect(h2).toEqual(['Het examen in het kort', 'De hoofdstukken', 'Wat je om de werkbladen heen schrijft', 'Van werkboek naar document', 'De presentatie voorbereiden', 'Het interview voorbereiden']);
  });

  it('states the form and length of the exam, and says where that comes from and what decides', () => {
    for (const fact of ["10 tot 25 pagina's", "hoogstens 5 pagina's bijlagen", 'twee examinatoren', 'criteriumgericht interview', 'schaal van 1 tot 5', 'waardebepaling']) expect(body).toContain(fact);
    expect(body).toContain('beschrijving van het examen door een NIMA-opleider');
    expect(body).toContain('De officiële examenregeling van NIMA beslist');
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

  it('has between 800 and 1,500 words of its own', () => {
    expect(words).toBeGreaterThanOrEqual(800);
    expect(words).toBeLessThanOrEqual(1500);
  });

  it.each([
    ['the method overview', 'content/stappen/index.mdx'],
    ['the trainers page', 'content/trainers.mdx'],
    ['the workbook', 'src/pages/werkboek.astro'],
    ['the workbook\'s Word part', 'src/worksheets/WorkbookOutput.tsx'],
  ])('is linked from %s', (_name, file) => {
    expect(readFileSync(file, 'utf8')).toMatch(/href="\/examenplan\/"|\]\(\/examenplan\/\)/);
  });
});
