import { useStore } from '@nanostores/react';
import { lazy, startTransition, Suspense, use, useCallback, useDeferredValue, useEffect, useRef, useState, type ReactNode } from 'react';
import type { ChecklistItem, ProgramCheck, SelfCheck } from '../plan/checks/checks';
import { fieldAnchor } from '../plan/model/fields';
import type { AnySectionMeaning } from '../plan/meaning/types';
import { stepOfTotal } from '../plan/messages';
import { PLAN_STRUCTURE, type SectionId } from '../plan/model/schema';
import type { StepId } from '../plan/model/steps';
import { $activePlan } from '../stores';
import { withBoundary } from './IslandBoundary';
import { checkNotOk, checkOk, checksLoading, coverAndSummary, openPoints, stepTitle, worksheetLoading } from './messages';
import * as say from './messages/fill-in';
import { PdfButton } from './PdfButton';
import { SelfChecks } from './SelfChecks';
import { useReady } from './use-plan';
import { WorksheetView } from './Worksheet';
import './worksheet.css';

/** What fill-in mode shows of a step besides its worksheet; the page passes it in. */
export interface FillInStep {
  number: number;
  id: StepId;
  name: string;
  /** The lesson's title without its number, e.g. "Ken je klant". */
  title: string;
  /** The step's goal in one line (the lesson's description). */
  goal: string;
  /** The lesson's address. */
  lesson: string;
}

/** The anchor of the last screen: the cover, the summary and the PDF. */
export const FINISH = 'afronden';

/**
 * The words of one section, loaded when its screen comes up: a page with nine worksheets loads
 * the words of the step on screen (and the next), not all nine. Each module is a chunk of its own.
 */
const WORDS: Record<SectionId, () => Promise<AnySectionMeaning>> = {
  cover: () => import('../plan/meaning/cover').then((m) => m.coverMeaning),
  envision: () => import('../plan/meaning/envision').then((m) => m.envisionMeaning),
  schedule: () => import('../plan/meaning/schedule').then((m) => m.scheduleMeaning),
  discover: () => import('../plan/meaning/discover').then((m) => m.discoverMeaning),
  klantplan: () => import('../plan/meaning/klantplan').then((m) => m.klantplanMeaning),
  align: () => import('../plan/meaning/align').then((m) => m.alignMeaning),
  develop: () => import('../plan/meaning/develop').then((m) => m.developMeaning),
  adapt: () => import('../plan/meaning/adapt').then((m) => m.adaptMeaning),
  inspire: () => import('../plan/meaning/inspire').then((m) => m.inspireMeaning),
  actie: () => import('../plan/meaning/actie').then((m) => m.actieMeaning),
  presentatie: () => import('../plan/meaning/presentatie').then((m) => m.presentatieMeaning),
};
const loadedWords = new Map<SectionId, Promise<AnySectionMeaning>>();
const loadWords = (section: SectionId) => {
  let words = loadedWords.get(section);
  if (!words) loadedWords.set(section, (words = WORDS[section]()));
  return words;
};

/** The workbook's PDF options (exam order) and the Word button: only the last screen loads them. */
const PdfOptions = lazy(() => import('./PdfOptions').then((m) => ({ default: m.PdfOptions })));
const WordButton = lazy(() => import('./WordButton').then((m) => ({ default: m.WordButton })));

/** The checks of the lessons' checklists (8 KB): loaded when the checks of a step come into view. */
type ChecksModule = typeof import('../plan/checks/checks');
let checksModule: Promise<ChecksModule> | null = null;
const loadChecks = () => (checksModule ??= import('../plan/checks/checks'));

/**
 * Calls `onNear` once, when the element comes within `margin` of the screen: the code and words a
 * part needs load when the reader gets there, not with the page.
 */
function useNear(element: { current: HTMLElement | null }, onNear: () => void, margin: string, enabled = true) {
  useEffect(() => {
    const target = element.current;
    if (!enabled || !target) return;
    const observer = new IntersectionObserver(
      (entries) => {
        if (!entries.some((e) => e.isIntersecting)) return;
        observer.disconnect();
        onNear();
      },
      { rootMargin: margin },
    );
    observer.observe(target);
    return () => observer.disconnect();
  }, [element, onNear, margin, enabled]);
}

/** Where to go: a screen (1–9 the steps, 10 the cover and PDF) and maybe a field on it. */
interface Target {
  screen: number;
  field?: string;
}

const stepHash = (n: number) => `#stap-${n}`;
/** The id of a screen's heading: where the focus goes after "Vorige" or "Volgende". */
const titleOf = (n: number, finish: number) => (n === finish ? `${FINISH}-titel` : `stap-${n}-titel`);

/**
 * Fill-in mode (`/invullen/`): the nine worksheets one step per screen, each with its goal, a link
 * to its lesson and its checks, then the cover, the summary and the PDF. The address says which
 * screen (`#stap-1` … `#stap-9`, `#afronden`, or a field's own anchor), so the browser's back
 * button, "Vorige" and "Volgende" and links to a field all work. The worksheet is the lessons'
 * (WorksheetView), reading the same store.
 */
function FillIn({ steps }: { steps: FillInStep[] }) {
  const ready = useReady();
  const [screen, setScreen] = useState<number | null>(null);
  const finish = steps.length + 1;
  const current = useRef<number | null>(null);
  /** A screen chosen by a link that knows it (a check's link to a field that two steps share). */
  const preferred = useRef<number | null>(null);
  /** What gets the focus once the screen is on the page: its heading or a field. */
  const focusTarget = useRef<string | null>(null);

  const sectionOf = useCallback((n: number): SectionId => (n === finish ? 'cover' : steps[n - 1]!.id), [finish, steps]);

  /** Called by a screen once it is on the page: the focus goes where the reader went. */
  const shown = useCallback(() => {
    const id = focusTarget.current;
    focusTarget.current = null;
    if (!id) return;
    const target = document.getElementById(id);
    if (!target) return;
    target.scrollIntoView({ block: 'start' });
    // A field's anchor is its group; the focus goes to its editor (a table's first cell, or "toevoegen").
    const editor = document.getElementById(`${id}-invoer`);
    const control = target.matches('h2')
      ? target
      : editor?.matches('input, textarea, select')
        ? editor
        : ((editor ?? target).querySelector<HTMLElement>('input, textarea, select') ?? target.querySelector<HTMLElement>('button.add'));
    control?.focus({ preventScroll: true });
  }, []);

  useEffect(() => {
    const hasField = (n: number, anchor: string) => Object.keys(PLAN_STRUCTURE[sectionOf(n)]).some((key) => fieldAnchor(key) === anchor);
    const read = (): Target | null => {
      const id = decodeURIComponent(location.hash.slice(1));
      const step = /^stap-(\d+)$/.exec(id);
      if (step && Number(step[1]) >= 1 && Number(step[1]) < finish) return { screen: Number(step[1]) };
      if (id === FINISH) return { screen: finish };
      if (id.startsWith('werkblad-')) {
        const order = [preferred.current, current.current, ...Array.from({ length: finish }, (_, i) => i + 1)];
        const screen = order.find((n): n is number => n !== null && hasField(n, id));
        if (screen) return { screen, field: id };
      }
      return null;
    };
    const follow = (first: boolean) => {
      const target = read() ?? (first ? { screen: 1 } : null);
      preferred.current = null;
      if (!target) return;
      // On arrival the page stays where it is, unless the address names a field.
      focusTarget.current = target.field ?? (first ? null : titleOf(target.screen, finish));
      if (target.screen === current.current) return shown();
      current.current = target.screen;
      // A transition: the screen that is shown stays until the next one's words have loaded.
      startTransition(() => setScreen(target.screen));
    };
    follow(true);
    const onHashChange = () => follow(false);
    window.addEventListener('hashchange', onHashChange);
    return () => window.removeEventListener('hashchange', onHashChange);
  }, [finish, sectionOf, shown]);

  /** Goes to a field of a given screen (a check's link). */
  const goTo = useCallback((target: Target) => {
    preferred.current = target.screen;
    const hash = target.field ? `#${target.field}` : stepHash(target.screen);
    if (location.hash === hash) {
      focusTarget.current = target.field ?? null;
      shown();
    } else location.hash = hash;
  }, [shown]);

  /** The words of the next screen load when the reader nears "Volgende", so the step turns at once. */
  const nearNext = useCallback(() => {
    if (current.current !== null && current.current < finish) void loadWords(sectionOf(current.current + 1));
  }, [finish, sectionOf]);

  const stepOf = (n: number) => steps[n - 1];
  const link = (n: number) => (n === finish ? { href: `#${FINISH}`, label: say.finishLink } : { href: stepHash(n), label: stepTitle(n, stepOf(n)!.name) });
  const pager = (n: number) => <Pager prev={n > 1 ? link(n - 1) : null} next={n < finish ? link(n + 1) : null} onNear={nearNext} />;

  return (
    <div className="fill-in not-content" data-ready={ready ? 'true' : 'false'} data-screen={screen ?? ''}>
      <Progress steps={steps} screen={screen} />
      {screen === null ? (
        <div className="fill-in-waiting">
          <p>{say.worksheetsLoading}</p>
          <noscript>
            <p className="noscript">{say.noScript}</p>
          </noscript>
        </div>
      ) : (
        <Suspense fallback={<p className="fill-in-waiting">{worksheetLoading}</p>}>
          {screen === finish ? (
            <FinishScreen key="finish" ready={ready} pager={pager(screen)} onShown={shown} />
          ) : (
            <StepScreen key={screen} step={stepOf(screen)!} total={steps.length} ready={ready} pager={pager(screen)} onShown={shown} steps={steps} goTo={goTo} />
          )}
        </Suspense>
      )}
    </div>
  );
}

export default withBoundary(FillIn);

/** Where the reader is: "Stap 3 van 9", a bar, and a link to every screen. */
function Progress({ steps, screen }: { steps: FillInStep[]; screen: number | null }) {
  const finish = steps.length + 1;
  return (
    <nav className="fill-in-progress" aria-label={say.progressLabel}>
      <p className="fill-in-where">
        {screen === null ? say.stepCount(steps.length) : screen === finish ? say.finishWhere : stepOfTotal(screen, steps.length)}
      </p>
      <progress max={finish} value={screen ?? 0} aria-hidden="true" />
      <ol>
        {steps.map((s) => (
          <li key={s.id}>
            <a href={stepHash(s.number)} aria-current={screen === s.number ? 'step' : undefined} title={stepTitle(s.number, s.name)}>
              <span aria-hidden="true">{s.number}</span>
              <span className="sr-only">{stepTitle(s.number, s.name)}</span>
            </a>
          </li>
        ))}
        <li>
          <a href={`#${FINISH}`} aria-current={screen === finish ? 'step' : undefined} className="fill-in-finish-link">
            {say.finishShort}
            <span className="sr-only">{say.finishShortRest}</span>
          </a>
        </li>
      </ol>
    </nav>
  );
}

/** "Vorige" and "Volgende", with where they lead; `onNear` when the reader comes near them. */
function Pager({ prev, next, onNear }: { prev: { href: string; label: string } | null; next: { href: string; label: string } | null; onNear: () => void }) {
  const nav = useRef<HTMLElement>(null);
  useNear(nav, onNear, '600px');
  return (
    <nav ref={nav} className="fill-in-pager" aria-label={say.pagerLabel} onPointerEnter={onNear} onFocus={onNear}>
      {prev ? (
        <a href={prev.href} className="fill-in-prev">
          <span className="fill-in-dir">{say.previous}</span>
          <span className="fill-in-to">{prev.label}</span>
        </a>
      ) : (
        <span />
      )}
      {next ? (
        <a href={next.href} className="fill-in-next">
          <span className="fill-in-dir">{say.next}</span>
          <span className="fill-in-to">{next.label}</span>
        </a>
      ) : null}
    </nav>
  );
}

/** Tells fill-in mode that a screen is on the page, once. */
function useShown(onShown: () => void) {
  useEffect(() => onShown(), [onShown]);
}

interface ScreenProps {
  ready: boolean;
  pager: ReactNode;
  onShown: () => void;
}

function StepScreen({ step, total, ready, pager, onShown, steps, goTo }: ScreenProps & { step: FillInStep; total: number; steps: FillInStep[]; goTo: (target: Target) => void }) {
  const meaning = use(loadWords(step.id));
  useShown(onShown);
  const titleId = titleOf(step.number, total + 1);
  return (
    <section className="fill-in-screen" id={`stap-${step.number}`} aria-labelledby={titleId}>
      <h2 id={titleId} tabIndex={-1}>
        {stepTitle(step.number, step.name)}
        <span className="sr-only">{say.ofTotal(total)}</span>
      </h2>
      <p className="fill-in-goal">{step.goal}</p>
      <p className="fill-in-lesson">
        <a href={step.lesson}>{say.readLesson(step.title)}</a>
      </p>
      <WorksheetView ready={ready} section={step.id} title={say.worksheetTitle(step.number)} meaning={meaning} />
      <StepChecks step={step} ready={ready} steps={steps} goTo={goTo} />
      {pager}
    </section>
  );
}

function FinishScreen({ ready, pager, onShown }: ScreenProps) {
  const meaning = use(loadWords('cover'));
  useShown(onShown);
  // The PDF options and the Word button load when the reader reaches them.
  const output = useRef<HTMLElement>(null);
  const [near, setNear] = useState(false);
  useNear(output, useCallback(() => setNear(true), []), '200px');
  const titleId = `${FINISH}-titel`;
  return (
    <section className="fill-in-screen" id={FINISH} aria-labelledby={titleId}>
      <h2 id={titleId} tabIndex={-1}>
        {say.finishLink}
      </h2>
      <p className="fill-in-goal">{say.finishGoal}</p>
      <WorksheetView ready={ready} section="cover" title={coverAndSummary} meaning={meaning} pdf={false} />
      <section ref={output} className="fill-in-pdf worksheet" aria-labelledby="fill-in-pdf">
        <h3 id="fill-in-pdf">{say.pdfTitle}</h3>
        <p>{say.pdfIntro}</p>
        <PdfButton
          ready={ready}
          options={
            near ? (
              <Suspense>
                <PdfOptions ready={ready} />
              </Suspense>
            ) : null
          }
        />
        <p>{say.wordIntro}</p>
        {near ? (
          <Suspense>
            <WordButton ready={ready} />
          </Suspense>
        ) : null}
        <p>
          {say.workbookPointerBefore} <a href="/werkboek/">{say.workbookPointerLink}</a>
          {say.workbookPointerAfter}
        </p>
      </section>
      {pager}
    </section>
  );
}

/**
 * The checks of this step's lesson checklist, run on the active plan as the reader types, with a
 * link to every field that needs work; then what the reader checks alone ("zelf nagaan"). The
 * checks' code loads when this list comes near the screen.
 */
function StepChecks({ step, ready, steps, goTo }: { step: FillInStep; ready: boolean; steps: FillInStep[]; goTo: (target: Target) => void }) {
  const box = useRef<HTMLElement>(null);
  const [checks, setChecks] = useState<ChecksModule | null>(null);
  const plan = useDeferredValue(useStore($activePlan));
  const load = useCallback(() => void loadChecks().then(setChecks), []);
  useNear(box, load, '200px', ready && !checks);

  const titleId = `stap-${step.number}-controles`;
  const items: ChecklistItem[] = checks?.checklist(step.id) ?? [];
  const program = items.filter((i): i is ProgramCheck => 'run' in i);
  const self = items.filter((i): i is SelfCheck => !('run' in i));
  const results = checks && plan && ready ? program.map((check) => ({ check, problems: check.run(plan) })) : null;
  const open = results?.filter((r) => r.problems.length > 0) ?? [];
  /** A check's link to a field, on this page: the step (or the cover) and the field's anchor. */
  const targetOf = (href: string): Target => {
    const [path = '', field] = href.split('#');
    const owner = steps.find((s) => path === s.lesson);
    return { screen: owner ? owner.number : steps.length + 1, ...(field ? { field } : {}) };
  };
  return (
    <section ref={box} className="fill-in-checks" aria-labelledby={titleId}>
      <h3 id={titleId}>{say.checksTitle(step.number)}</h3>
      {!results ? (
        <p>{checksLoading}</p>
      ) : (
        <>
          <p>
            {program.length === 0
              ? say.noProgramChecks
              : open.length === 0
                ? say.allChecksOk
                : say.someChecksOpen(open.length, program.length, openPoints(open.reduce((n, r) => n + r.problems.length, 0)))}
          </p>
          <ul className="checks">
            {results.map(({ check, problems }) => (
              <li key={check.id} className={problems.length ? 'todo' : 'ok'} data-check={check.id}>
                <span className="check-mark" aria-hidden="true">
                  {problems.length ? '!' : '✓'}
                </span>
                <span className="check-title">
                  {check.text}
                  <span className="sr-only">{problems.length ? checkNotOk : checkOk}</span>
                </span>
                {problems.length ? (
                  <ul>
                    {problems.map((p, i) => {
                      const target = targetOf(p.href);
                      return (
                        <li key={i}>
                          {p.message}{' '}
                          <a
                            href={target.field ? `#${target.field}` : `#stap-${target.screen}`}
                            onClick={(e) => {
                              e.preventDefault();
                              goTo(target);
                            }}
                          >
                            {target.screen === step.number ? say.toField : target.screen > steps.length ? say.toCover : say.toStep(target.screen)}
                          </a>
                        </li>
                      );
                    })}
                  </ul>
                ) : null}
              </li>
            ))}
          </ul>
        </>
      )}
      <SelfChecks items={self} />
    </section>
  );
}
