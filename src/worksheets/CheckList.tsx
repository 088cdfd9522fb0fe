import type { ReactNode } from 'react';
import type { Problem } from '../plan/checks';
import { checkNotOk, checkOk } from './messages';

/** One check as a list shows it; `ok` null while the plan is not read yet. */
export interface CheckRow {
  id: string;
  title: string;
  ok: boolean | null;
  problems: readonly Problem[];
}

/**
 * The checks of a lesson's checklist with their verdict (a mark, and words for screen readers) and,
 * under a check that fails, each problem with a link to its field: the workbook's "Controles" and
 * the checks under each step of fill-in mode. `link` makes the link of a problem.
 */
export function CheckList({ rows, link }: { rows: readonly CheckRow[]; link: (problem: Problem) => ReactNode }) {
  return (
    <ul className="checks">
      {rows.map((check) => (
        <li key={check.id} className={check.ok === null ? '' : check.ok ? 'ok' : 'todo'} data-check={check.id}>
          <span className="check-mark" aria-hidden="true">
            {check.ok === null ? '·' : check.ok ? '✓' : '!'}
          </span>
          <span className="check-title">
            {check.title}
            <span className="sr-only">{check.ok === null ? '' : check.ok ? checkOk : checkNotOk}</span>
          </span>
          {check.ok === false && check.problems.length ? (
            <ul>
              {check.problems.map((p, i) => (
                <li key={i}>
                  {p.message} {link(p)}
                </li>
              ))}
            </ul>
          ) : null}
        </li>
      ))}
    </ul>
  );
}
