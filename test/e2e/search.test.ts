import { readdirSync, readFileSync } from 'node:fs';
import { STEPS } from '../../src/plan/model/steps';
import { describe, expect, inject } from 'vitest';
import { it } from './browser';

const origin = inject('origin');

/** A word of 9+ letters that stands in the body of exactly one lesson and nowhere else on the site. */
function wordOnlyIn(slug: string): string {
  const read = (path: string) => readFileSync(path, 'utf8').toLowerCase();
  const lessons = readdirSync('content/stappen').filter((f) => f.endsWith('.mdx'));
  const others = [
    ...lessons.filter((f) => !f.startsWith(slug)).map((f) => read(`content/stappen/${f}`)),
    ...readdirSync('content')
      .filter((f) => /\.mdx?$/.test(f))
      .map((f) => read(`content/${f}`)),
    read('src/plan/example/example-plan.ts'),
    read('src/plan/model/schema.ts'),
    // The checklists and the vocabulary are rendered on several pages (lessons, workbook).
    ...readdirSync('src/plan/checks')
      .filter((f) => f.endsWith('.ts'))
      .map((f) => read(`src/plan/checks/${f}`)),
    read('src/plan/method/swot.ts'),
  ].join('\n');
  // The words a reader sees: not the import lines, JSX tags or expressions (component names are no words).
  const body = read(`content/stappen/${slug}.mdx`)
    .split(/^---$/m)
    .slice(2)
    .join('')
    .replace(/^import .*$/gm, '')
    .replace(/<[^>]*>|\{[^{}]*\}/g, ' ');
  const word = [...new Set(body.match(/\p{L}{9,}/gu) ?? [])].find((w) => !others.includes(w));
  if (!word) throw new Error(`no word unique to ${slug}`);
  return word;
}

describe('search', () => {
  it.for([STEPS[4]!.slug, STEPS.at(-1)!.slug])('finds lesson %s by a word that only stands in its body', async (slug, { openContext }) => {
    const word = wordOnlyIn(slug);
    const context = await openContext();
    const page = await context.newPage();
    await page.goto(`${origin}/`);
    await page.getByRole('button', { name: 'Zoeken' }).click();
    await page.locator('#starlight__search input').fill(word);
    const result = page.locator('.pagefind-ui__result-link').first();
    await result.waitFor({ timeout: 15_000 });
    await expect(result.getAttribute('href')).resolves.toMatch(new RegExp(`^/stappen/${slug}/`));
    await context.close();
  });

  it('speaks Dutch: the form, the clear button and the result count', async ({ openContext }) => {
    const context = await openContext();
    const page = await context.newPage();
    await page.goto(`${origin}/`);
    await page.getByRole('button', { name: 'Zoeken' }).click();
    const form = page.getByRole('search', { name: 'Zoek in de lessen en pagina’s' });
    await form.getByRole('textbox').fill('accountplan');
    await expect(form.getByRole('button', { name: 'Wissen' }).count()).resolves.toBe(1);
    await page.locator('.pagefind-ui__message', { hasText: /\d+ resultaten? voor accountplan/ }).waitFor({ timeout: 15_000 });
    await expect(page.locator('#starlight__search').innerText()).resolves.not.toMatch(/Search this site|Clear|results? for/);
    await context.close();
  });
});
