import type { ReactNode } from 'react';
import { displayValue } from '../plan/values/display';
import { cellValue, printColumns } from '../plan/model/derived-columns';
import { formatDateNl } from '../plan/values/dates';
import { formatEuro, formatNumber } from '../plan/values/format';
import { reviewDates } from '../plan/method/reviews';
import type { Plan, SectionId } from '../plan/model/schema';
import { lessonPath, STEPS } from '../plan/model/steps';
import { budgetTotals, pipelineTotals } from '../plan/finance/totals';
import { matrixAxes } from '../plan/method/swot';
import { sectionFields } from '../plan/model/field-entries';
import { coverAndSummary, stepTitle } from './messages';
import * as say from './messages/plan-view';

const SECTIONS: Array<{ id: SectionId; title: string; href?: string }> = [
  { id: 'cover', title: coverAndSummary },
  ...STEPS.map((s) => ({ id: s.id as SectionId, title: stepTitle(s.number, s.name), href: lessonPath(s) })),
];

/** The headings of a plan view, for a page's table of contents. */
export const PLAN_VIEW_HEADINGS = SECTIONS.map((s) => ({ depth: 2, slug: `plan-${s.id}`, text: s.title }));

/**
 * Extra content after a field (`field` set) or at the end of a section (`field` null), with the
 * label it is about: the trainer's comment boxes on a shared plan.
 */
export type Annotate = (section: SectionId, field: string | null, label: string) => ReactNode;

/**
 * A plan as a readable page: the cover, then every step with its fields as label and value,
 * tables as tables. Used statically (the example page, no JavaScript) and in the browser (a
 * shared plan). Everything the plan holds is rendered as text, never as HTML.
 */
export function PlanView({ plan, annotate }: { plan: Plan; annotate?: Annotate }) {
  const k = plan.klantplan;
  const { rows, columns: cols } = matrixAxes(plan);
  const budget = budgetTotals(plan);
  const pipeline = pipelineTotals(plan);
  const reviews = reviewDates(plan.schedule);
  const empty = <p className="plan-empty">{say.notFilled}</p>;
  return (
    <div className="plan-view">
      {SECTIONS.map((section) => (
        <section key={section.id} aria-labelledby={`plan-${section.id}`} className="plan-section">
          <h2 id={`plan-${section.id}`}>{section.title}</h2>
          {section.href ? (
            <p className="plan-lesson-link">
              <a href={section.href}>{say.readLesson}</a>
            </p>
          ) : null}
          {sectionFields(section.id).map(({ key, info, def }) => {
            const v = (plan[section.id] as Record<string, unknown>)[key];
            let body;
            if (info.kind === 'list') {
              const items = (v as Array<{ id: string; text: string }>).filter((i) => i.text.trim());
              body = items.length ? (
                <ul>
                  {items.map((i) => (
                    <li key={i.id}>{i.text}</li>
                  ))}
                </ul>
              ) : (
                empty
              );
            } else if (info.kind === 'matrix') {
              body =
                rows.length && cols.length ? (
                  <div className="table-scroll" role="region" aria-label={info.label} tabIndex={0}>
                    <table>
                      <thead>
                        <tr>
                          <td />
                          {cols.map((c) => (
                            <th key={c.id} scope="col">
                              <span className="matrix-kind">
                                {c.kind} {c.code}
                              </span>{' '}
                              {c.text}
                            </th>
                          ))}
                        </tr>
                      </thead>
                      <tbody>
                        {rows.map((r) => (
                          <tr key={r.id}>
                            <th scope="row">
                              <span className="matrix-kind">
                                {r.kind} {r.code}
                              </span>{' '}
                              {r.text}
                            </th>
                            {cols.map((c) => (
                              <td key={c.id} className="matrix-cell">
                                {k.matrix[`${r.id}:${c.id}`] ?? ''}
                              </td>
                            ))}
                          </tr>
                        ))}
                      </tbody>
                    </table>
                  </div>
                ) : (
                  empty
                );
            } else if (info.kind === 'table') {
              // Computed columns (a budget line's cost, a year's gross margin) beside the stored ones.
              const columns = printColumns({ section: section.id, key, def });
              const tableRows = v as Array<Record<string, unknown>>;
              body = (
                <>
                  {tableRows.length ? (
                    <div className="table-scroll" role="region" aria-label={info.label} tabIndex={0}>
                      <table>
                        <thead>
                          <tr>
                            {columns.map((c) => (
                              <th key={c.key} scope="col">
                                {c.info.label}
                              </th>
                            ))}
                          </tr>
                        </thead>
                        <tbody>
                          {tableRows.map((row) => (
                            <tr key={String(row['id'])}>
                              {columns.map((c) => (
                                <td key={c.key}>{displayValue(plan, c.info, cellValue(c, row))}</td>
                              ))}
                            </tr>
                          ))}
                        </tbody>
                      </table>
                    </div>
                  ) : (
                    empty
                  )}
                  {key === 'budget' && tableRows.length > 0 ? (
                    <p className="plan-derived">
                      {say.budgetTotal(
                        formatNumber(budget.hours),
                        formatEuro(budget.cost),
                        formatEuro(budget.extraRevenue),
                        formatEuro(budget.returns),
                        formatEuro(budget.balance),
                      )}
                    </p>
                  ) : null}
                  {key === 'opportunities' && tableRows.length > 0 ? (
                    <p className="plan-derived">{say.pipelineTotal(formatEuro(pipeline.total), formatEuro(pipeline.weighted))}</p>
                  ) : null}
                </>
              );
            } else {
              const text = displayValue(plan, info, v);
              body = (
                <>
                  {text ? <p className={info.kind === 'longText' ? 'plan-long' : undefined}>{text}</p> : empty}
                  {key === 'reviewRhythm' && reviews.length > 0 ? (
                    <p className="plan-derived">{say.reviewDates(reviews.map(formatDateNl).join(', '))}</p>
                  ) : null}
                </>
              );
            }
            return (
              <div key={key} className="plan-field">
                <h3>{info.label}</h3>
                {body}
                {annotate?.(section.id, key, info.label)}
              </div>
            );
          })}
          {annotate?.(section.id, null, section.title)}
        </section>
      ))}
    </div>
  );
}
