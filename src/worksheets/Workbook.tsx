import { useStore } from '@nanostores/react';
import { lazy, Suspense, useDeferredValue, useId, useState, type ReactNode } from 'react';
import { checkReport } from '../plan/checks';
import { completenessLabel, planCompleteness } from '../plan/checks/completeness';
import type { AnySectionMeaning } from '../plan/meaning/types';
import { isDefaultName, placeholderPlan, planDisplayName } from '../plan/model/plan';
import type { SectionId } from '../plan/model/schema';
import { lessonPath, STEPS, worksheetPath, type StepId } from '../plan/model/steps';
import { fieldAnchor } from '../plan/model/fields';
import { $activeId, $activePlan, $plans, planStore } from '../stores';
import { downloadFile } from '../browser/download-file';
import { loadExamplePlan } from './example-values';
import { FeedbackSlot, useFeedbackParts } from './feedback-slot';
import { SectionFields } from './FieldGroup';
import { IslandBoundary, withBoundary } from './IslandBoundary';
import { TextInput } from './fields/TextInput';
import { CalendarDownload, ShareWithTrainer, Versions } from './LivingPlan';
import { ExamEstimate } from './ExamEstimate';
import { PdfButton } from './PdfButton';
import { WordButton } from './WordButton';
import { PdfOptions } from './PdfOptions';
import { QuizProgress } from './QuizProgress';
import { JsonFileInput, ResultLine, type ActionResult } from './JsonFileInput';
import { SelfChecks } from './SelfChecks';
import { StatusBar } from './StatusBar';
import { ReadyContext } from './ready';
import { useReady } from './use-plan';
import { cancel, checkNotOk, checkOk, checksLoading, coverAndSummary, exportAllPlans, nothingChanged, openPoints, stepTitle } from './messages';
import * as say from './messages/workbook';
import './worksheet.css';

const EMPTY_PLAN = placeholderPlan();

/**
 * The workbook, as several islands that share one store. Each hydrates when it comes into view
 * (see src/pages/werkboek.astro), so a reader who jumps to the PDF starts only that part.
 */
function usePlan() {
  const ready = useReady();
  // Deferred: typing on this page is never held up by recounting progress and checks.
  const active = useDeferredValue(useStore($activePlan));
  return { ready, plan: ready && active ? active : EMPTY_PLAN };
}

function Part({ name, ready, children }: { name: string; ready: boolean; children: ReactNode }) {
  return (
    <div className="worksheet workbook-part not-content" data-part={name} data-ready={ready ? 'true' : 'false'}>
      {children}
    </div>
  );
}

/** Save status, notices and the list of plans. */
export const WorkbookPlans = withBoundary(function WorkbookPlans() {
  const ready = useReady();
  return (
    <div className="worksheet workbook not-content" data-ready={ready ? 'true' : 'false'}>
      <StatusBar ready={ready} />
      <section aria-labelledby="plannen">
        <h2 id="plannen">{say.yourPlans}</h2>
        <PlanList ready={ready} />
      </section>
    </div>
  );
});

/** The cover fields and the management summary of the active plan. */
export const WorkbookCover = withBoundary(function WorkbookCover({ meaning }: { meaning: AnySectionMeaning }) {
  const ready = useReady();
  const feedback = useFeedbackParts(ready);
  const [cover, summary] = meaning.groups ?? [];
  return (
    <ReadyContext.Provider value={ready}>
      <FeedbackSlot.Provider value={feedback}>
        <Part name="voorblad" ready={ready}>
          <fieldset className="worksheet-fields" disabled={!ready} aria-label={coverAndSummary}>
            <h2 id="voorblad">{say.cover}</h2>
            <p>{say.coverIntro}</p>
            {feedback ? <feedback.StepNotes section="cover" /> : null}
            <SectionFields section="cover" meaning={meaning} only={cover?.fields ?? []} />
            <h2 id="samenvatting">{summary?.title ?? say.summary}</h2>
            <p>{say.summaryIntro}</p>
            <SectionFields section="cover" meaning={meaning} only={summary?.fields ?? []} />
          </fieldset>
        </Part>
      </FeedbackSlot.Provider>
    </ReadyContext.Provider>
  );
});

/**
 * Progress per step and the checks, each with links to the worksheet that needs work. Filled
 * fields are progress; a step is only called "in orde" when every check of its lesson passes.
 */
export const WorkbookProgress = withBoundary(function WorkbookProgress({ labels }: { labels: Record<SectionId, Record<string, string>> }) {
  const { ready, plan } = usePlan();
  const progress = planCompleteness(plan);
  const report = checkReport(plan);
  const checks = report.flatMap((r) => r.checks);
  const open = checks.filter((c) => !c.ok).length;
  const problems = checks.reduce((n, c) => n + c.problems.length, 0);
  const selfChecks = report.reduce((n, r) => n + r.selfChecks.length, 0);
  const stepReport = (id: StepId) => report.find((r) => r.step === id)!;
  return (
    <Part name="voortgang" ready={ready}>
      <section aria-labelledby="voortgang">
        <h2 id="voortgang">{say.progressTitle}</h2>
        <p>
          {ready ? say.wholePlan(completenessLabel(progress), progress.percent, open === 0 ? null : openPoints(problems)) : say.progressLoading}
        </p>
        <ol className="progress-list">
          {progress.steps.map(({ step, filled, total, missing }) => {
            const r = stepReport(step.id);
            return (
              <li key={step.id} data-step={step.id}>
                <a href={worksheetPath(step)}>{stepTitle(step.number, step.name)}</a>
                <span className="progress-count">{ready ? completenessLabel({ filled, total }) : say.fieldCount(total)}</span>
                <progress max={total} value={ready ? filled : 0} aria-hidden="true" />
                {ready ? (
                  <span className="progress-checks">
                    <span className={`step-status ${r.open ? 'todo' : 'ok'}`}>
                      {r.open ? openPoints(r.checks.reduce((n, c) => n + c.problems.length, 0)) : say.checksOk}
                    </span>
                    {r.selfChecks.length ? <span className="step-self"> · {say.selfLabel(r.selfChecks.length)}</span> : null}
                  </span>
                ) : null}
                <QuizProgress step={step} ready={ready} />
                {ready && missing.length > 0 && missing.length < total ? (
                  <span className="progress-missing">{say.stillEmpty} {missing.slice(0, 3).map((key) => labels[step.id]?.[key] ?? key).join(', ')}{missing.length > 3 ? ' …' : ''}</span>
                ) : null}
              </li>
            );
          })}
        </ol>
      </section>

      <section aria-labelledby="controles">
        <h2 id="controles">{say.checksTitle}</h2>
        <p>
          {ready ? (open === 0 ? say.allChecksOk(checks.length, selfChecks) : say.someChecksOpen(open, checks.length, selfChecks)) : checksLoading}
        </p>
        {STEPS.map((step) => {
          const r = stepReport(step.id);
          const count = r.checks.reduce((n, c) => n + c.problems.length, 0);
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
              <ul className="checks">
                {r.checks.map((check) => (
                  <li key={check.id} className={ready ? (check.ok ? 'ok' : 'todo') : ''} data-check={check.id}>
                    <span className="check-mark" aria-hidden="true">
                      {ready ? (check.ok ? '✓' : '!') : '·'}
                    </span>
                    <span className="check-title">
                      {check.title}
                      <span className="sr-only">{ready ? (check.ok ? checkOk : checkNotOk) : ''}</span>
                    </span>
                    {ready && check.problems.length ? (
                      <ul>
                        {check.problems.map((p, i) => (
                          <li key={i}>
                            {p.message} <a href={p.href}>{p.linkText}</a>
                          </li>
                        ))}
                      </ul>
                    ) : null}
                  </li>
                ))}
              </ul>
              <SelfChecks items={r.selfChecks} />
            </details>
          );
        })}
      </section>
    </Part>
  );
});

/** The PDF and Word downloads, the size of the exam plan, and the JSON backup. */
export const WorkbookOutput = withBoundary(function WorkbookOutput() {
  const { ready, plan } = usePlan();
  return (
    <Part name="downloaden" ready={ready}>
      <section aria-labelledby="downloaden">
        <h2 id="downloaden">{say.outputTitle}</h2>
        <p>{say.pdfIntro}</p>
        <PdfButton ready={ready} options={<PdfOptions ready={ready} />} />
        <h3 id="word">{say.wordTitle}</h3>
        <p>
          {say.wordIntroBefore} <a href="/examenplan/">{say.wordIntroLink}</a> {say.wordIntroAfter}
        </p>
        <WordButton ready={ready} />
        <ExamEstimate ready={ready} plan={plan} />
        <Backup ready={ready} />
      </section>
    </Part>
  );
});

/** The financial figures of step 6 and their chart: loaded when this part comes into view. */
const FinanceOverview = lazy(() => import('./derived').then((m) => ({ default: m.FinanceOverview })));

/** The financial overview: revenue and gross margin per year, with the chart, and the budget's totals. */
export const WorkbookFinance = withBoundary(function WorkbookFinance() {
  const { ready, plan } = usePlan();
  return (
    <Part name="financien" ready={ready}>
      <section aria-labelledby="financien">
        <h2 id="financien">{say.financeTitle}</h2>
        <p>
          {say.financeIntroBefore} <a href={worksheetPath(STEPS[0])}>{say.financeIntroHistory}</a> {say.financeIntroBetween}{' '}
          <a href={`${lessonPath(STEPS[5])}#${fieldAnchor('planYears')}`}>{say.financeIntroPlan}</a>
          {say.financeIntroAfter}
        </p>
        {ready ? (
          <Suspense fallback={<p>{say.overviewLoading}</p>}>
            <div className="derived">
              <FinanceOverview plan={plan} />
            </div>
          </Suspense>
        ) : (
          <p>{say.overviewLoading}</p>
        )}
      </section>
    </Part>
  );
});

/** Versions, the calendar and sharing with a trainer. */
export const WorkbookLiving = withBoundary(function WorkbookLiving() {
  const ready = useReady();
  return (
    <Part name="levend-plan" ready={ready}>
      {/* Each with a boundary of its own: a version that cannot be shown leaves agenda and sharing working. */}
      <section aria-labelledby="versies">
        <h2 id="versies">{say.versionsTitle}</h2>
        <IslandBoundary>
          <Versions ready={ready} />
        </IslandBoundary>
      </section>

      <section aria-labelledby="agenda">
        <h2 id="agenda">{say.calendarTitle}</h2>
        <IslandBoundary>
          <CalendarDownload ready={ready} />
        </IslandBoundary>
      </section>

      <section aria-labelledby="delen">
        <h2 id="delen">{say.shareTitle}</h2>
        <IslandBoundary>
          <ShareWithTrainer ready={ready} />
        </IslandBoundary>
      </section>
    </Part>
  );
});

function PlanList({ ready }: { ready: boolean }) {
  const plans = useStore($plans);
  const activeId = useStore($activeId);
  const [confirming, setConfirming] = useState<string | null>(null);
  const renameId = useId();
  const active = plans.find((p) => p.id === activeId) ?? plans[0];
  return (
    <>
      {ready && active ? (
        <p className="rename">
          <label htmlFor={renameId}>{say.renameLabel}</label>
          {/* A name the site gave shows as empty, with the name the plan is called by as placeholder. */}
          <TextInput
            key={active.id}
            id={renameId}
            kind="name"
            value={isDefaultName(active.name) ? '' : active.name}
            placeholder={planDisplayName(active)}
            describedBy={`${renameId}-hint`}
            onChange={(name) => planStore.renamePlan(name)}
          />
          <span className="field-hint" id={`${renameId}-hint`}>
            {say.renameHint}
          </span>
        </p>
      ) : null}
      <ul className="plan-list">
        {ready
          ? plans.map((p) => {
              const isActive = p.id === active?.id;
              const name = planDisplayName(p);
              return (
                <li key={p.id} className={isActive ? 'active' : ''}>
                  <span className="plan-name">
                    {name}
                    {isActive ? <span className="badge">{say.activeBadge}</span> : null}
                  </span>
                  <span className="plan-actions">
                    {!isActive ? (
                      <button type="button" onClick={() => planStore.switchPlan(p.id)} aria-label={say.openPlanLabel(name)}>
                        {say.open}
                      </button>
                    ) : null}
                    <button type="button" onClick={() => planStore.duplicatePlan(p.id)} aria-label={say.duplicatePlanLabel(name)}>
                      {say.duplicate}
                    </button>
                    {confirming === p.id ? (
                      <>
                        <button
                          type="button"
                          className="danger"
                          onClick={() => {
                            planStore.deletePlan(p.id);
                            setConfirming(null);
                          }}
                        >
                          {say.confirmDelete(name)}
                        </button>
                        <button type="button" onClick={() => setConfirming(null)}>
                          {cancel}
                        </button>
                      </>
                    ) : (
                      <button type="button" onClick={() => setConfirming(p.id)} aria-label={say.deletePlanLabel(name)}>
                        {say.remove}
                      </button>
                    )}
                  </span>
                </li>
              );
            })
          : <li>{say.plansLoading}</li>}
      </ul>
      <p className="plan-buttons">
        <button type="button" disabled={!ready} onClick={() => planStore.createNewPlan()}>
          {say.newPlan}
        </button>
        <button
          type="button"
          disabled={!ready}
          onClick={async () => {
            const example = await loadExamplePlan();
            planStore.addPlanCopy(example, say.exampleCopyName(example.cover.account));
          }}
        >
          {say.newFromExample}
        </button>
      </p>
    </>
  );
}

function Backup({ ready }: { ready: boolean }) {
  const [result, setResult] = useState<ActionResult>(null);
  const save = async (which: 'active' | 'all') => {
    const { fileName, text } = await planStore.exportPlans(which);
    downloadFile(fileName, text, 'application/json');
    setResult({ ok: true, message: say.backupSaved(fileName) });
  };
  return (
    <div className="backup">
      <h3 id="reservekopie">{say.backupTitle}</h3>
      <p>{say.backupIntro}</p>
      <p className="backup-buttons">
        <button type="button" disabled={!ready} onClick={() => save('active')}>
          {say.exportPlan}
        </button>
        <button type="button" disabled={!ready} onClick={() => save('all')}>
          {exportAllPlans}
        </button>
      </p>
      <JsonFileInput
        label={say.importLabel}
        hint={say.importHint}
        disabled={!ready}
        onFile={async (file) => {
          // The import code (and the words it names fields with) loads only when a file is chosen.
          const { checkImportFile } = await import('../plan/exchange/transfer');
          const problem = checkImportFile(file);
          if (problem) {
            setResult({ ok: false, message: nothingChanged(problem) });
            return;
          }
          try {
            setResult(await planStore.importBackup(await file.text()));
          } catch {
            setResult({ ok: false, message: nothingChanged(say.fileUnreadable) });
          }
        }}
      />
      <ResultLine result={result} />
    </div>
  );
}

