import { existsSync } from 'node:fs';
import type { TestProject } from 'vitest/node';
import { serveStatic } from '../../scripts/lib/static-server';

declare module 'vitest' {
  export interface ProvidedContext {
    origin: string;
  }
}

/** Serves the built site once for all browser stories. Run `npm run build` first. */
export default async function setup(project: TestProject) {
  const dist = new URL('../../dist/', import.meta.url).pathname;
  if (!existsSync(`${dist}index.html`)) throw new Error('dist/ is missing: run `npm run build` before the browser stories.');
  const { server, origin } = await serveStatic(dist);
  project.provide('origin', origin);
  return () => new Promise<void>((ok) => server.close(() => ok()));
}
