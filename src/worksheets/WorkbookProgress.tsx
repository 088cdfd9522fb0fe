import { checkReport } from '../plan/checks';
import { completenessLabel, planCompleteness } from '../plan/checks/completeness';
import type { SectionId } from '../plan/model/schema';
import { STEPS, worksheetPath, type StepId } from '../plan/model/steps';
import { ellipsize } from '../plan/values/text';
import { CheckList } from './CheckList';
import { withBoundary } from './IslandBoundary';
import { checksLoading, openPoints, stepTitle } from './messages';
import { stateLabel, stateMark } from './messages/step-state';
import * as say from './messages/workbook';
import { QuizProgress } from './QuizProgress';
import { SelfChecks } from './SelfChecks';
import { openPointCount, stepState } from './step-state';
import { Part, useWorkbookPlan } from './workbook-part';
import './worksheet.css';

/**
 * Progress per step and the checks, each with links to the worksheet that needs work. Every step
 * says how far it is (nog leeg, bezig, klaar, open punten: step-state.ts), in words and a mark;
 * a step is only called "klaar" when every field is filled and every check of its lesson passes.
 * "Open punten" means the same here as everywhere: the problems the checks find.
 */
export const WorkbookProgress = withBoundary(function WorkbookProgress({ labels }: { labels: Record<SectionId, Record<string, string>> }) {
  const { ready, plan } = useWorkbookPlan();
  const progress = planCompleteness(plan);
  const report = checkReport(plan);
  const checks = report.flatMap((r) => r.checks);
  const failing = checks.filter((c) => !c.ok).length;
  const open = openPointCount(checks);
  const selfChecks = report.reduce((n, r) => n + r.selfChecks.length, 0);
  const stepReport = (id: StepId) => report.find((r) => r.step === id)!;
  return (
    <Part name="voortgang" ready={ready}>
      <section aria-labelledby="voortgang">
        <h2 id="voortgang">{say.progressTitle}</h2>
        <p>{ready ? say.wholePlan(completenessLabel(progress), progress.percent, open === 0 ? null : openPoints(open)) : say.progressLoading}</p>
        <ol className="progress-list">
          {progress.steps.map(({ step, filled, total, missing }) => {
            const state = stepState({ filled, total }, openPointCount(stepReport(step.id).checks));
            const selfCount = stepReport(step.id).selfChecks.length;
            return (
              <li key={step.id} data-step={step.id} data-state={ready ? state.kind : undefined}>
                <a href={worksheetPath(step)}>{stepTitle(step.number, step.name)}</a>
                <span className="progress-count">{ready ? completenessLabel({ filled, total }) : say.fieldCount(total)}</span>
                {ready ? (
                  <span className={`step-state state-${state.kind}`}>
                    <span aria-hidden="true">{stateMark[state.kind]}</span> {stateLabel(state)}
                  </span>
                ) : null}
                <progress max={total} value={ready ? filled : 0} aria-hidden="true" />
                {ready && selfCount ? <span className="step-self">{say.selfLabel(selfCount)}</span> : null}
                <QuizProgress step={step} ready={ready} />
                {ready && missing.length > 0 && missing.length < total ? (
                  <span className="progress-missing">
                    {say.stillEmpty}{' '}
                    {missing
                      .slice(0, 3)
                      .map((key) => ellipsize(labels[step.id]?.[key] ?? key, 60))
                      .join(', ')}
                    {missing.length > 3 ? ' …' : ''}
                  </span>
                ) : null}
              </li>
            );
          })}
        </ol>
      </section>

      <section aria-labelledby="controles">
        <h2 id="controles">{say.checksTitle}</h2>
        <p>
          {ready
            ? failing === 0
              ? say.allChecksOk(checks.length, selfChecks)
              : say.someChecksOpen(openPoints(open), failing, checks.length, selfChecks)
            : checksLoading}
        </p>
        {STEPS.map((step) => {
          const r = stepReport(step.id);
          const count = openPointCount(r.checks);
          return (
            <details key={step.id} className="step-checks" data-step={step.id} open={ready && r.open > 0}>
              <summary>
                <span className="step-checks-title">{stepTitle(step.number, step.name)}</span>
                {ready ? (
                  <>
                    {' · '}
                    <span className={`step-status ${r.open ? 'todo' : 'ok'}`}>{r.open ? openPoints(count) : say.stepOk}</span>
                  </>
                ) : null}
                {r.selfChecks.length ? <span className="step-self"> · {say.selfLabel(r.selfChecks.length)}</span> : null}
              </summary>
              <CheckList
                rows={r.checks.map((c) => ({ id: c.id, title: c.title, ok: ready ? c.ok : null, problems: c.problems }))}
                link={(p) => <a href={p.href}>{p.linkText}</a>}
              />
              <SelfChecks items={r.selfChecks} />
            </details>
          );
        })}
      </section>
    </Part>
  );
});
