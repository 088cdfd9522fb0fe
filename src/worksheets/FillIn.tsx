import { startTransition, Suspense, useCallback, useEffect, useRef, useState } from 'react';
import { fieldAnchor } from '../plan/model/fields';
import { PLAN_STRUCTURE, type SectionId } from '../plan/model/schema';
import type { StepId } from '../plan/model/steps';
import { readTarget, stepHash, titleOf, FINISH, type Target } from './fill-in/address';
import { loadChecks } from './fill-in/checks';
import { Pager } from './fill-in/Pager';
import { StepNav } from './fill-in/StepNav';
import { StepScreen } from './fill-in/StepScreen';
import { loadWords } from './fill-in/words';
import { IslandBoundary, withBoundary } from './IslandBoundary';
import { lazyPart } from './load-part';
import { stepTitle, worksheetLoading } from './messages';
import * as say from './messages/fill-in';
import { useReady } from './use-plan';
import './worksheet.css';

export { FINISH } from './fill-in/address';

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

/** The last screen's code: loaded when the reader gets there. */
const FinishScreen = lazyPart(() => import('./fill-in/FinishScreen').then((m) => m.FinishScreen));

/** The words of the cover, for the last screen. */
const coverWords = () => loadWords('cover');

/** The page's introduction (its id): shown on arrival, and gone once the reader moves on. */
const INTRO = 'invullen-intro';

/**
 * Fill-in mode (`/invullen/`): the worksheets one step per screen, each with its goal, a link to
 * its lesson and its checks, then the cover, the summary and the PDF. The address says which
 * screen (`#stap-1` … `#stap-N`, `#afronden`, or a field's own anchor), so the browser's back
 * button, "Vorige" and "Volgende" and links to a field all work; an address it cannot read opens
 * the first step. The worksheet is the lessons' (WorksheetView), reading the same store. A screen
 * whose code or words cannot load (offline) says so in its place, with a retry; the step
 * navigation stays.
 */
function FillIn({ steps, account }: { steps: FillInStep[]; account: { label: string; hint: string } }) {
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
    const screenWithField = (anchor: string) =>
      [preferred.current, current.current, ...Array.from({ length: finish }, (_, i) => i + 1)].find((n): n is number => n !== null && hasField(n, anchor));
    const follow = (first: boolean) => {
      const target = readTarget(location.hash, finish, screenWithField) ?? (first ? { screen: 1 } : null);
      preferred.current = null;
      if (!target) return;
      // On arrival the page stays where it is, unless the address names a field.
      focusTarget.current = target.field ?? (first ? null : titleOf(target.screen, finish));
      if (target.screen === current.current) return shown();
      // The page's introduction is for arriving; once the reader moves on it would only come first on every step.
      if (current.current !== null) document.getElementById(INTRO)?.setAttribute('hidden', '');
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
  const goTo = useCallback(
    (target: Target) => {
      preferred.current = target.screen;
      const hash = target.field ? `#${target.field}` : stepHash(target.screen);
      if (location.hash === hash) {
        focusTarget.current = target.field ?? null;
        shown();
      } else location.hash = hash;
    },
    [shown],
  );

  /** The words of the next screen load when the reader nears "Volgende", so the step turns at once. */
  const nearNext = useCallback(() => {
    if (current.current !== null && current.current < finish) loadWords(sectionOf(current.current + 1)).catch(() => undefined);
  }, [finish, sectionOf]);

  /** Once the reader starts to work, the checks load: the step navigation then shows open points. */
  const working = useCallback(() => void loadChecks().catch(() => undefined), []);

  const link = (n: number) => (n === finish ? { href: `#${FINISH}`, label: say.finishLink } : { href: stepHash(n), label: stepTitle(n, steps[n - 1]!.name) });
  const pager = (n: number) => <Pager prev={n > 1 ? link(n - 1) : null} next={n < finish ? link(n + 1) : null} onNear={nearNext} />;

  return (
    <div className="fill-in not-content" data-ready={ready ? 'true' : 'false'} data-screen={screen ?? ''} onInput={working} onPointerDown={working}>
      <StepNav steps={steps} screen={screen} ready={ready} />
      {screen === null ? (
        <div className="fill-in-waiting">
          <p>{say.worksheetsLoading}</p>
          <noscript>
            <p className="noscript">{say.noScript}</p>
          </noscript>
        </div>
      ) : (
        // Its own boundary: a screen that cannot load leaves the step navigation working.
        <IslandBoundary key={screen}>
          <Suspense fallback={<p className="fill-in-waiting">{worksheetLoading}</p>}>
            {screen === finish ? (
              <FinishScreen ready={ready} pager={pager(screen)} onShown={shown} id={FINISH} title={say.finishLink} words={coverWords} />
            ) : (
              <StepScreen step={steps[screen - 1]!} steps={steps} account={account} ready={ready} pager={pager(screen)} onShown={shown} goTo={goTo} />
            )}
          </Suspense>
        </IslandBoundary>
      )}
    </div>
  );
}

export default withBoundary(FillIn);
