import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * Issue 23: small modules. Every source module under src/ and scripts/ is at most 300 lines, so a
 * module does one thing and can be read in one go. This test FAILS when a module grows over the
 * limit: split it into cohesive modules beside it (as plan-store.ts, feedback.ts and
 * timeline-layout.ts were), do not raise the limit. Only data literals may be longer (their length
 * is content, not code), and each is named below with its reason. CSS is not code and not counted.
 */
const MAX_LINES = 300;
const ROOTS = ['src', 'scripts'];
const SOURCE = /\.(ts|tsx|astro|mjs|js)$/;
/** Built by `npm run pdf:fonts` (scripts/build-pdf-fonts.mjs) and not kept in git. */
const GENERATED = /^src\/pdf\/fonts\//;

/** Modules that may be longer than the limit: data literals only, each with why. */
const DATA_LITERALS: Record<string, string> = {
  'src/plan/example/example-plan.ts': 'the worked example plan (Zorggroep Lindenhof): one object literal with every field of every step filled in',
  'src/plan/model/schema.ts': "the plan's structure as stored (PLAN_STRUCTURE) and its choice codes: the one declaration of every field and its kind",
};

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = `${dir}/${entry.name}`;
    if (entry.isDirectory()) return sources(path);
    return SOURCE.test(entry.name) && !GENERATED.test(path) ? [path] : [];
  });
}

/** Lines as `wc -l` and an editor count them: a last line without a newline counts too. */
function lineCount(text: string): number {
  if (text === '') return 0;
  return text.split('\n').length - (text.endsWith('\n') ? 1 : 0);
}

const root = join(import.meta.dirname, '../..');
const files = ROOTS.flatMap((dir) => sources(join(root, dir)).map((path) => path.slice(root.length + 1)));
const lines = new Map(files.map((file) => [file, lineCount(readFileSync(join(root, file), 'utf8'))]));

describe('module size', () => {
  it('finds the modules it checks', () => {
    // A walk that found nothing (a moved folder, a changed pattern) would pass every check below.
    for (const file of ['src/stores/plan-store.ts', 'src/worksheets/Worksheet.tsx', 'src/components/Search.astro', 'scripts/build-pdf-fonts.mjs'])
      expect(files).toContain(file);
  });

  it(`keeps every source module at ${MAX_LINES} lines or fewer (data literals excepted)`, () => {
    const over = files.filter((file) => lines.get(file)! > MAX_LINES && !(file in DATA_LITERALS)).map((file) => `${file}: ${lines.get(file)} lines`);
    expect(over, `split these into cohesive modules of at most ${MAX_LINES} lines`).toEqual([]);
  });

  it('lists only data literals that exist and still need the exception', () => {
    for (const [file, why] of Object.entries(DATA_LITERALS)) {
      expect(existsSync(join(root, file)), file).toBe(true);
      expect(lines.get(file), `${file} fits the limit now: take it off the list`).toBeGreaterThan(MAX_LINES);
      expect(why.length).toBeGreaterThan(20);
    }
  });

  it('counts lines as wc -l does', () => {
    expect(lineCount('')).toBe(0);
    expect(lineCount('a')).toBe(1);
    expect(lineCount('a\n')).toBe(1);
    expect(lineCount('a\nb')).toBe(2);
    expect(lineCount('a\n\nb\n')).toBe(3);
  });
});
