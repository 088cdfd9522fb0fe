import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * The words of every built page, without a browser: the text as a reader sees it (markup, scripts
 * and styles removed). Rules of the content review (2026-11-27) that a page can break wherever its
 * words come from — a lesson, a component that puts a step name before a colon, a message.
 */
const pages = readdirSync('dist', { recursive: true, encoding: 'utf8' })
  .filter((f) => f.endsWith('.html'))
  .map((file) => {
    const html = readFileSync(join('dist', file), 'utf8');
    const text = html
      .replace(/<(script|style|template)\b[\s\S]*?<\/\1>/gi, ' ')
      // Blocks and cells end a word; inline markup (a link, a name in <strong>) does not.
      .replace(
        /<\/?(p|li|ul|ol|td|th|tr|div|section|article|aside|nav|header|footer|main|h[1-6]|br|hr|summary|details|dt|dd|dl|figcaption|caption|button|label|option|select|table|thead|tbody|fieldset|legend|title|textarea|input)\b[^>]*>/gi,
        ' ',
      )
      .replace(/<[^>]+>/g, '')
      .replace(/&quot;/g, '"')
      .replace(/&#39;|&apos;/g, "'")
      .replace(/&amp;/g, '&')
      .replace(/\s+/g, ' ');
    return { file, text };
  });

describe('the text of every built page', () => {
  it('has pages to read', () => {
    expect(pages.length).toBeGreaterThan(15);
  });

  it.each([
    ['a colon right after a question or exclamation mark (a step name such as "Actie!" before ":")', /[?!]["”]?:/],
    ['"ziet jij" for "zie jij"', /\bziet jij\b/i],
    ['"een af plan"', /\been af plan\b/i],
    ['a word run into "door" (the example page once said "doorSanne")', /\bdoor[A-Z]/],
    ['"controleer dat" where Dutch asks "controleer of"', /\bcontroleer dat (de|het|je|er)\b/i],
  ])('has no %s', (_rule, pattern) => {
    const found = pages.flatMap(({ file, text }) => {
      const at = text.search(pattern);
      return at < 0 ? [] : [`${file}: …${text.slice(Math.max(0, at - 50), at + 30)}…`];
    });
    expect(found).toEqual([]);
  });
});

describe('the links of every built page', () => {
  /** Where a link that names one of the exam's practice pages must go. */
  const PAGES_BY_WORD: Array<[RegExp, string]> = [
    [/\binterview\b/i, '/interview/'],
    [/\bpresentatie\b/i, '/presentatie/'],
    [/\bexamenplan\b/i, '/examenplan/'],
  ];
  it('that name the interview, the presentation or the exam plan lead to that page (two once led to the presentation for the interview)', () => {
    const wrong = readdirSync('dist', { recursive: true, encoding: 'utf8' })
      .filter((f) => f.endsWith('.html'))
      .flatMap((file) => {
        const html = readFileSync(join('dist', file), 'utf8').replace(/<(script|style|template)\b[\s\S]*?<\/\1>/gi, ' ');
        return [...html.matchAll(/<a\b[^>]*\bhref="(\/[a-z-]+\/)"[^>]*>([\s\S]*?)<\/a>/gi)].flatMap(([, href, inner]) => {
          const text = inner!
            .replace(/<[^>]+>/g, ' ')
            .replace(/\s+/g, ' ')
            .trim();
          // The first word that names a practice page decides where the link should go.
          const named = PAGES_BY_WORD.map(([word, page]) => ({ at: text.search(word), page }))
            .filter((n) => n.at >= 0)
            .sort((a, b) => a.at - b.at)[0];
          return named && named.page !== href ? [`${file}: "${text}" → ${href} (expected ${named.page})`] : [];
        });
      });
    expect(wrong).toEqual([]);
  });
});

describe('the built stylesheets', () => {
  const css = readdirSync('dist/_astro')
    .filter((f) => f.endsWith('.css'))
    .map((f) => ({ file: f, text: readFileSync(join('dist/_astro', f), 'utf8') }));

  it('have no :has() rule on the whole page (body, html, :root)', () => {
    // Chrome checks such a rule again after any change in the page by walking all of it: with a big
    // plan on a lesson that was 15–20 ms per keystroke (Starlight's menu had one; our
    // MobileMenuToggle.astro replaces it). `npm run bench` measures the typing itself.
    expect(css.length).toBeGreaterThan(0);
    const found = css.flatMap(({ file, text }) =>
      [...text.matchAll(/(?:^|[{},;\s])((?:body|html|:root)[^{},]*:has\([^{]*)\{/g)].map((m) => `${file}: ${m[1]}`),
    );
    expect(found).toEqual([]);
  });
});
