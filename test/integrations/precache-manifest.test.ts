import { mkdtemp, mkdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { changedEntries, precacheManifest, totalSize, type PrecacheEntry } from '../../src/integrations/precache-manifest';
import { revisionOf } from '../../src/integrations/offline-routes';

const entry = (url: string, revision: string | null, size = 100): PrecacheEntry => ({ url, revision, size });

describe('changedEntries', () => {
  const a = [
    entry('/', 'r1', 30_000),
    entry('/stappen/1-envision/', 'r2', 60_000),
    entry('/_astro/werkblad.AAA.js', null, 80_000),
    entry('/favicon.svg', 'r3', 250),
  ];

  it('is empty for the same build', () => {
    expect(changedEntries(a, a)).toEqual([]);
  });

  it('lists files whose revision changed and new files, not removed ones', () => {
    const b = [
      entry('/', 'r1', 30_000),
      entry('/stappen/1-envision/', 'r2b', 61_000), // text changed
      entry('/_astro/werkblad.BBB.js', null, 81_000), // new hash, new name
      entry('/site-update.css', 'r4', 1_000), // new file
    ];
    expect(changedEntries(a, b).map((e) => e.url)).toEqual(['/stappen/1-envision/', '/_astro/werkblad.BBB.js', '/site-update.css']);
    expect(totalSize(changedEntries(a, b))).toBe(61_000 + 81_000 + 1_000);
  });

  it('counts a file that gains or loses its revision (its cache key changes)', () => {
    expect(changedEntries([entry('/x.js', null)], [entry('/x.js', 'r')])).toHaveLength(1);
    expect(changedEntries([entry('/x.js', 'r')], [entry('/x.js', null)])).toHaveLength(1);
  });

  it('counts everything for a browser that has nothing yet', () => {
    expect(totalSize(changedEntries([], a))).toBe(totalSize(a));
  });
});

describe('precacheManifest', () => {
  it('lists the files of a build under their URLs, with SHA-256 revisions except for /_astro/, leaving out what is not for readers', async () => {
    const root = await mkdtemp(join(tmpdir(), 'precache-'));
    try {
      const files: Record<string, string> = {
        'index.html': '<p>Start</p>',
        'stappen/1-envision/index.html': '<p>Les 1</p>',
        '404.html': '<p>Niet gevonden</p>',
        '_astro/werkblad.AAA.js': 'export {}',
        'favicon.svg': '<svg/>',
        'pagefind/pagefind.js': 'search',
        'sw.js': 'old worker',
        _headers: '/*',
        '_astro/werkblad.AAA.js.map': '{}',
        '_astro/html2canvas.B5krCfvC.js': 'unused',
        'robots.txt': 'User-agent: *',
        'sitemap-0.xml': '<urlset/>',
      };
      for (const [file, content] of Object.entries(files)) {
        await mkdir(join(root, file, '..'), { recursive: true });
        await writeFile(join(root, file), content);
      }
      const { entries } = await precacheManifest(root);
      const encode = (s: string) => new TextEncoder().encode(s);
      const revised = async (url: string, file: string) => ({ url, revision: await revisionOf(encode(files[file]!)), size: encode(files[file]!).length });
      expect(entries).toEqual([
        await revised('/', 'index.html'),
        await revised('/404.html', '404.html'),
        { url: '/_astro/werkblad.AAA.js', revision: null, size: 9 },
        await revised('/favicon.svg', 'favicon.svg'),
        await revised('/stappen/1-envision/', 'stappen/1-envision/index.html'),
      ]);
    } finally {
      await rm(root, { recursive: true, force: true });
    }
  });
});
