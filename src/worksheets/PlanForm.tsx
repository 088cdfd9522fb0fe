import type { ReactNode } from 'react';

/**
 * The fields of a plan inside a form the browser keeps no copy of. Without it Chromium saves the
 * value of every control into the page's history state about a second after each change; in a
 * plan 40 times the example (some 5,000 controls) that took 140–250 ms (CPU 4× slower) and held up
 * the key typed meanwhile. `autocomplete="off"` on a form stops that (and the browser's own
 * suggestions, which know nothing of a plan). The store keeps the plan; the form is never sent:
 * Enter in a field does nothing, and every button in it has `type="button"` (a lint rule).
 */
export function PlanForm({ children }: { children: ReactNode }) {
  return (
    <form className="plan-form" autoComplete="off" noValidate onSubmit={(event) => event.preventDefault()}>
      {children}
    </form>
  );
}
