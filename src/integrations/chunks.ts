/**
 * How the build splits the site's JavaScript into chunks (`manualChunks` in astro.config.mjs).
 *
 * The rule is derived from the import graph, not from a list of names: the code a worksheet
 * needs to draw itself is every module the worksheet island (src/worksheets/Worksheet.tsx)
 * reaches through static imports; that code goes into one shared chunk, `werkblad`, because one
 * file compresses better than ten and keeps a lesson with its worksheet under its budget. A
 * module the worksheet reaches only through `import()` (the PDF, the backup, the versions, the
 * matrix editor, a section's words, a part's `messages/<part>.ts`) is not in that closure, so it
 * stays in a chunk of its own and loads when it is asked for. A new lazy module needs no edit here.
 */

/** What the bundler tells about a module (a subset of Rollup's and Rolldown's ModuleInfo). */
export interface ModuleFacts {
  importedIds: readonly string[];
}
export type GetModuleInfo = (id: string) => ModuleFacts | null;

/** Every module reached from `entry` through static imports, the entry included. */
export function staticClosure(entry: string, getModuleInfo: GetModuleInfo): Set<string> {
  const seen = new Set<string>();
  const queue = [entry];
  while (queue.length > 0) {
    const id = queue.pop()!;
    if (seen.has(id)) continue;
    const info = getModuleInfo(id);
    if (!info) continue;
    seen.add(id);
    for (const next of info.importedIds) if (!seen.has(next)) queue.push(next);
  }
  return seen;
}

const REACT = /[\\/]node_modules[\\/](react|react-dom|scheduler)[\\/]/;
const OURS = /[\\/]src[\\/](plan|stores|worksheets|browser)[\\/]/;
const SHARED_LIBRARIES = /[\\/]node_modules[\\/](nanostores|@nanostores[\\/]react)[\\/]/;
/** nanostores' map is only for the display preferences (loaded with the PDF options). */
const PREFERENCES_ONLY = /[\\/]node_modules[\\/]nanostores[\\/]map[\\/]/;

/**
 * The chunk rule: returns the chunk a module goes to, or undefined to leave it to the bundler.
 * `worksheetEntry` is the absolute path of the worksheet island.
 */
export function chunkRule(worksheetEntry: string) {
  let shared: Set<string> | undefined;
  return (id: string, { getModuleInfo }: { getModuleInfo: GetModuleInfo }): string | undefined => {
    // Vite's helper for dynamic imports is used on every page (search): keep it apart.
    if (id.includes('preload-helper')) return 'preload-helper';
    // Used by every lesson's section links, also without the worksheet: keep it apart too.
    if (/[\\/]worksheets[\\/]copy-link\.ts$/.test(id)) return 'copy-link';
    // React on its own: the renderer loads it, and the browser evaluates it in a task of its
    // own instead of in one long task together with the worksheet code.
    if (REACT.test(id)) return 'react';
    if (PREFERENCES_ONLY.test(id)) return undefined;
    if (!OURS.test(id) && !SHARED_LIBRARIES.test(id)) return undefined;
    // The graph is complete when chunks are assigned, so the closure is computed once, on first use.
    shared ??= staticClosure(worksheetEntry, getModuleInfo);
    return shared.has(id) ? 'werkblad' : undefined;
  };
}
