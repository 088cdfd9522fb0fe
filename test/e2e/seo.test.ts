import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { STEPS, lessonPath } from '../../src/plan/model/steps';
import { SITE_PAGES } from './site-pages';

// What search engines and link previews read, straight from the built files in dist/.
const dist = new URL('../../dist/', import.meta.url).pathname;
const html = (path: string) => readFile(`${dist}${path.replace(/^\//, '')}index.html`, 'utf8');

const attr = (page: string, pattern: RegExp) => page.match(pattern)?.[1];
const canonicalOf = (page: string) => attr(page, /<link rel="canonical" href="([^"]+)"/);
const metaOf = (page: string, property: string) => attr(page, new RegExp(`<meta (?:property|name)="${property}" content="([^"]*)"`));

describe('search engines and link previews', () => {
  it('every permanent page names its own absolute address as canonical and og:url', async () => {
    const home = canonicalOf(await html('/'));
    expect(home).toMatch(/^https:\/\/[^/]+\/$/);
    const origin = new URL(home!).origin;
    for (const path of SITE_PAGES) {
      const page = await html(path);
      expect(canonicalOf(page), path).toBe(`${origin}${path}`);
      expect(metaOf(page, 'og:url'), path).toBe(`${origin}${path}`);
    }
  });

  it('every lesson has its own Open Graph title and description', async () => {
    const titles = new Set<string>();
    const descriptions = new Set<string>();
    for (const step of STEPS) {
      const page = await html(lessonPath(step));
      const title = metaOf(page, 'og:title');
      const description = metaOf(page, 'og:description');
      expect(title, lessonPath(step)).toContain(step.name);
      expect(description?.length, lessonPath(step)).toBeGreaterThan(40);
      titles.add(title!);
      descriptions.add(description!);
    }
    expect(titles.size).toBe(STEPS.length);
    expect(descriptions.size).toBe(STEPS.length);
  });

  it('the sitemap lists exactly the permanent pages, and robots.txt points to it', async () => {
    const origin = new URL(canonicalOf(await html('/'))!).origin;
    const index = await readFile(`${dist}sitemap-index.xml`, 'utf8');
    const sitemaps = [...index.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]!).pathname);
    expect(sitemaps.length).toBeGreaterThan(0);
    const listed: string[] = [];
    for (const sitemap of sitemaps) {
      const xml = await readFile(`${dist}${sitemap.replace(/^\//, '')}`, 'utf8');
      for (const [, loc] of xml.matchAll(/<loc>([^<]+)<\/loc>/g)) {
        expect(loc!.startsWith(`${origin}/`)).toBe(true);
        listed.push(new URL(loc!).pathname);
      }
    }
    expect(listed.sort()).toEqual([...SITE_PAGES].sort());
    const robots = await readFile(`${dist}robots.txt`, 'utf8');
    expect(robots).toContain(`Sitemap: ${origin}/sitemap-index.xml`);
    expect(robots).not.toMatch(/^Disallow: \/$/m);
  });

  it('the share page, empty without a link, asks not to be indexed', async () => {
    expect(await html('/gedeeld/')).toMatch(/<meta name="robots" content="noindex"/);
  });

  it('every page has a favicon that exists', async () => {
    for (const path of SITE_PAGES) {
      const href = attr(await html(path), /<link rel="(?:shortcut )?icon" href="([^"]+)"/);
      expect(href, path).toBeTruthy();
      const icon = await readFile(`${dist}${href!.replace(/^\//, '')}`, 'utf8');
      expect(icon, href).toMatch(/^<svg[\s>]/);
    }
  });
});
