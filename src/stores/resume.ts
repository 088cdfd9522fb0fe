/**
 * The home page's "Ga verder" (src/components/ResumePlan.astro), in a few hundred bytes: it reads the stored plan
 * index and the active plan without the plan code (which would bring React and the worksheet code
 * to the home page). What it needs to know of the plan (the field keys per section, the steps, the
 * storage keys, how a plan without a name is called) the page passes in at build time. It only
 * reads; it imports nothing, so the build gives it a chunk of its own (astro.config.mjs).
 */

/** What the page knows at build time. */
export interface ResumeSetup {
  indexKey: string;
  planPrefix: string;
  /** The field keys of every section: the cover and each step. */
  sections: Record<string, readonly string[]>;
  steps: ReadonlyArray<{ number: number; id: string; title: string }>;
  /** Names the site gives a plan; such a plan is called after its account. */
  defaultNames: readonly string[];
  /** "Accountplan {}" */
  accountName: string;
  /** The name of a plan without one and without an account. */
  untitled: string;
}

export interface Resume {
  name: string;
  filled: number;
  total: number;
  next: { number: number; title: string } | null;
  stepsDone: number;
}

/**
 * Whether a stored value holds something the reader typed or chose: the same test as the
 * workbook's progress (`isFilled` in src/plan/model/fields.ts; a unit test holds the two equal).
 */
export function filled(value: unknown): boolean {
  if (value === null || value === undefined || value === false) return false;
  if (typeof value === 'string') return value.trim() !== '';
  if (typeof value === 'number') return Number.isFinite(value);
  if (Array.isArray(value)) return value.some(filled);
  if (typeof value === 'object') return Object.entries(value).some(([k, v]) => k !== 'id' && filled(v));
  return true;
}

/** The returning reader's active plan, or null (a first visit, blocked storage, nothing filled in, unreadable data). */
export function readResume(setup: ResumeSetup, storage: () => Storage): Resume | null {
  try {
    const store = storage();
    const index = JSON.parse(store.getItem(setup.indexKey) ?? 'null') as { activeId?: unknown; order?: unknown } | null;
    const id = typeof index?.activeId === 'string' ? index.activeId : Array.isArray(index?.order) ? index.order[0] : null;
    const plan = typeof id === 'string' ? (JSON.parse(store.getItem(setup.planPrefix + id) ?? 'null') as Record<string, unknown> | null) : null;
    if (!plan || typeof plan !== 'object') return null;
    const count = (id: string) => {
      const section = (plan[id] ?? {}) as Record<string, unknown>;
      const keys = setup.sections[id] ?? [];
      return { done: keys.filter((k) => filled(section[k])).length, total: keys.length };
    };
    const steps = setup.steps.map((step) => ({ step, ...count(step.id) }));
    const all = [count('cover'), ...steps];
    const sum = all.reduce((n, s) => n + s.done, 0);
    if (!sum) return null;
    const stored = typeof plan['name'] === 'string' ? plan['name'].trim() : '';
    const account = String((plan['cover'] as { account?: unknown } | undefined)?.account ?? '')
      .trim()
      .replace(/\s+/g, ' ');
    const named = stored && !setup.defaultNames.includes(stored);
    const next = steps.find((s) => s.done < s.total)?.step;
    return {
      name: named ? stored : account ? setup.accountName.replace('{}', account) : stored || setup.untitled,
      filled: sum,
      total: all.reduce((n, s) => n + s.total, 0),
      next: next ? { number: next.number, title: next.title } : null,
      stepsDone: steps.filter((s) => s.done === s.total).length,
    };
  } catch {
    return null;
  }
}
