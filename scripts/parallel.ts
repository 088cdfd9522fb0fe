/**
 * Runs npm scripts at the same time and fails when any of them fails: `tsx scripts/parallel.ts
 * check lint format:check`. `npm test` runs the three static checks this way: each is mostly one
 * thread (TypeScript, type-aware ESLint, Prettier), so on two cores they take the time of the
 * slowest instead of the sum (about 40 s instead of 85 s). It runs the document checks in
 * LibreOffice and the size budgets beside the browser stories the same way: the stories mostly
 * wait on pages (a third of the CPU in use), so the others fit in their gaps.
 * Each script's output is printed whole when it ends, under its name, so lines of different checks
 * never mix; `--live NAME` shows that one script's output as it comes (the long one, so a run
 * never looks stuck).
 */
import { spawn } from 'node:child_process';

const args = process.argv.slice(2);
const liveAt = args.indexOf('--live');
const live = liveAt >= 0 ? args[liveAt + 1] : undefined;
const scripts = liveAt >= 0 ? args.filter((_, i) => i !== liveAt && i !== liveAt + 1) : args;
if (live !== undefined && !scripts.includes(live)) {
  console.error(`--live ${live}: name it among the scripts to run as well.`);
  process.exit(2);
}
if (scripts.length === 0) {
  console.error('Name the npm scripts to run, e.g. `tsx scripts/parallel.ts check lint`.');
  process.exit(2);
}

const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
const results = await Promise.all(
  scripts.map(
    (name) =>
      new Promise<{ name: string; code: number; output: string; seconds: number }>((done) => {
        const started = performance.now();
        const child = spawn(npm, ['run', name], { stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, FORCE_COLOR: process.env['FORCE_COLOR'] ?? '1' } });
        let output = '';
        if (name === live) console.log(`── npm run ${name} (its output as it comes; the others' when they end) ──`);
        const take = (chunk: Buffer) => (name === live ? process.stdout.write(chunk) : (output += chunk.toString()));
        child.stdout.on('data', take);
        child.stderr.on('data', take);
        child.on('close', (code) => {
          const seconds = (performance.now() - started) / 1000;
          console.log(`\n── npm run ${name}: ${code === 0 ? 'passed' : `FAILED (exit ${code})`} in ${seconds.toFixed(1)} s ──`);
          process.stdout.write(output);
          done({ name, code: code ?? 1, output, seconds });
        });
      }),
  ),
);

const failed = results.filter((r) => r.code !== 0);
if (failed.length) {
  console.error(`\nFailed: ${failed.map((r) => r.name).join(', ')}`);
  process.exit(1);
}
