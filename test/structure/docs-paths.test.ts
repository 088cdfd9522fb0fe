import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

/**
 * The README and docs/ name files and folders of the project so a newcomer can find them. A path
 * they name must exist: a rename or a move that forgets the docs fails here. Paths with a
 * placeholder (`<slug>`, `N-…`, `*`) describe a pattern, not one file, and are checked only up to
 * the placeholder's folder.
 */
const DOCS = [
  'README.md',
  ...readdirSync('docs')
    .filter((f) => f.endsWith('.md'))
    .map((f) => `docs/${f}`),
];
const ROOTS = '(?:src|test|scripts|content|public|docs|\\.ci)';
const PATH = new RegExp(`(?<![\\w./-])(${ROOTS}/[\\w./<>*…{}-]*[\\w/>*…}])`, 'g');

function citedPaths(text: string): string[] {
  return [...new Set([...text.matchAll(PATH)].map((m) => m[1]!))];
}

/** The part of a path before its first placeholder, cut back to a whole folder. */
function checkable(path: string): string {
  const at = path.search(/[<*…{]|\bN-/);
  if (at === -1) return path.replace(/\/$/, '');
  return path.slice(0, path.lastIndexOf('/', at)).replace(/\/$/, '');
}

/** Every file name in the project, for names cited without their folder (`merge.ts`). */
function projectFileNames(): Set<string> {
  const names = new Set<string>();
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      if (['node_modules', 'dist', '.astro', '.git', 'test-results'].includes(entry.name)) continue;
      if (entry.isDirectory()) walk(`${dir}/${entry.name}`);
      else names.add(entry.name);
    }
  };
  walk('.');
  return names;
}
const FILE_NAMES = projectFileNames();
/** A file name in backticks, without a folder: `sync.ts`, `Werkblad.astro`. */
/** Names in backticks that are not files of the repository, each with the reason. */
const NOT_PROJECT_FILES: Record<string, string> = {
  'sw.js': 'the service worker the build writes into dist/',
  'svg2pdf.js': 'a library the README explains we do not use',
};
const BARE_NAME = /`([\w.-]+\.(?:ts|tsx|astro|mjs|js|json|css|mdx))`/g;

describe.each(DOCS)('%s', (doc) => {
  const paths = citedPaths(readFileSync(doc, 'utf8'));

  it('names paths at all (the pattern still finds them)', () => {
    expect(paths.length).toBeGreaterThan(0);
  });

  it.each(paths)('names %s, which exists', (path) => {
    expect(existsSync(checkable(path)), `${doc} names ${path}`).toBe(true);
  });

  const names = [...new Set([...readFileSync(doc, 'utf8').matchAll(BARE_NAME)].map((m) => m[1]!))].filter((n) => !n.includes('<') && !(n in NOT_PROJECT_FILES));
  it.each(names)('names the file %s, which exists somewhere in the project', (name) => {
    expect(FILE_NAMES.has(name), `${doc} names ${name}`).toBe(true);
  });
});
