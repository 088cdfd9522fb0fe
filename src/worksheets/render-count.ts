/**
 * Counts renders of the components that must stay quiet while the reader types elsewhere, for
 * the test that guards it (test/worksheets/render-isolation.test.tsx). Outside that test nobody
 * sets the counter and this does nothing; the site's build leaves it out.
 */
export function noteRender(id: string): void {
  if (!import.meta.env.DEV) return;
  const counts = (globalThis as { __renderCounts?: Map<string, number> }).__renderCounts;
  if (counts) counts.set(id, (counts.get(id) ?? 0) + 1);
}
