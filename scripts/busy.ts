/**
 * Keeps the machine's CPUs busy, as a newcomer's laptop running other work: one worker thread per
 * CPU (or `--threads N`) spinning, for a given time (`--seconds S`) or until stopped (Ctrl+C or a
 * kill). Run the browser stories beside it to see that they wait on states, never on times:
 *
 *   npm run busy -- --seconds 600 &
 *   npx vitest run --config test/e2e/vitest.config.ts test/e2e/integrity.test.ts
 */
import { availableParallelism } from 'node:os';
import { isMainThread, Worker } from 'node:worker_threads';

function option(name: string): number | null {
  const at = process.argv.indexOf(`--${name}`);
  const value = at >= 0 ? Number(process.argv[at + 1]) : Number.NaN;
  return Number.isFinite(value) && value > 0 ? value : null;
}

if (isMainThread) {
  const threads = option('threads') ?? availableParallelism();
  const seconds = option('seconds');
  // Each worker spins on plain arithmetic; nothing is allocated, so memory stays flat.
  const spin = `let x = 0; for (;;) { for (let i = 0; i < 1e7; i++) x = (x * 31 + i) | 0; }`;
  const workers = Array.from({ length: threads }, () => new Worker(spin, { eval: true }));
  const stop = () => {
    for (const worker of workers) void worker.terminate();
    process.exit(0);
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
  console.log(`busy: ${threads} thread(s) spinning ${seconds ? `for ${seconds} s` : 'until stopped'} (pid ${process.pid})`);
  if (seconds) setTimeout(stop, seconds * 1000);
}
