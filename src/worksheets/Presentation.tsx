import { useStore } from '@nanostores/react';
import { lazy, Suspense, useCallback, useDeferredValue, useEffect, useId, useMemo, useRef, useState } from 'react';
import { buildDeck, DEFAULT_MINUTES } from '../deck/build';
import type { DeckLabels } from '../deck/context';
import { layoutDeck } from '../deck/layout';
import { clock, perSlide } from '../deck/presenting';
import { placeholderPlan, planDisplayName } from '../plan/model/plan';
import { $activePlan, planStore } from '../stores';
import { withBoundary } from './IslandBoundary';
import { SlideEditor } from './PresentationEditor';
import { PresentationDownloads } from './PresentationDownloads';
import { StatusBar } from './StatusBar';
import { useReady } from './use-plan';
import * as say from './messages/presentation';
import './presentation.css';

const PresentationShow = lazy(() => import('./PresentationShow'));
const EMPTY_PLAN = placeholderPlan();
/** The address of the presenter view in a window of its own. */
const PRESENTER_HASH = '#sprekers';

/**
 * /presentatie/: the active plan as a slide deck. Every slide with its title and notes to rewrite
 * and a switch; presenting full screen or with the presenter view; PowerPoint and PDF downloads.
 * The deck is built from the plan on every change (src/deck/), deferred so typing stays quick.
 */
function Presentation({ labels }: { labels: DeckLabels }) {
  const ready = useReady();
  // The fields show the plan as it is; the slides follow a moment later (building them takes a
  // few milliseconds), so typing is never held up.
  const live = useStore($activePlan);
  const plan = ready && live ? live : EMPTY_PLAN;
  const later = useDeferredValue(plan);
  const deck = useMemo(() => buildDeck(later, labels), [later, labels]);
  const laid = useMemo(() => layoutDeck(deck), [deck]);
  const [show, setShow] = useState<{ mode: 'present' | 'presenter'; start: number } | null>(null);
  const [popupBlocked, setPopupBlocked] = useState(false);
  const opener = useRef<HTMLElement | null>(null);
  const id = useId();

  // Opened as the presenter view of another window.
  useEffect(() => {
    if (ready && location.hash === PRESENTER_HASH) setShow({ mode: 'presenter', start: 0 });
  }, [ready]);

  const open = (mode: 'present' | 'presenter') => (e: { currentTarget: HTMLElement }) => {
    opener.current = e.currentTarget;
    planStore.flush();
    setShow({ mode, start: 0 });
  };
  const close = useCallback(() => {
    setShow(null);
    if (location.hash === PRESENTER_HASH) history.replaceState(null, '', location.pathname);
    queueMicrotask(() => opener.current?.focus());
  }, []);
  const openWindow = () => {
    planStore.flush();
    const win = window.open(`${location.pathname}${PRESENTER_HASH}`, 'accountplan-sprekers', 'popup,width=1200,height=760');
    setPopupBlocked(!win);
  };

  const p = plan.presentatie;
  const minutesProblem = useMinutes();
  const shownIndex = new Map(deck.shown.map((s, i) => [s.id, i]));
  return (
    <div className="deck-page not-content" data-ready={ready ? 'true' : 'false'}>
      <StatusBar ready={ready} />
      <section className="deck-settings" aria-labelledby={`${id}h`}>
        <h2 id={`${id}h`}>{ready ? say.planOf(planDisplayName(plan)) : say.loading}</h2>
        <p>{say.slideCount(deck.shown.length, deck.slides.length)}</p>
        <fieldset disabled={!ready}>
          <label htmlFor={`${id}m`}>{say.minutesLabel}</label>
          <p className="hint" id={`${id}mh`}>
            {say.minutesHint(DEFAULT_MINUTES)} {say.perSlideHint(clock(perSlide(deck.minutes, deck.shown.length)))}
          </p>
          <input
            id={`${id}m`}
            type="number"
            inputMode="numeric"
            min={1}
            max={600}
            step={1}
            className="deck-minutes"
            aria-describedby={`${id}mh`}
            value={minutesProblem.draft ?? (p.minutes === null ? '' : String(p.minutes))}
            placeholder={String(deck.minutes)}
            onChange={(e) => minutesProblem.write(e.currentTarget.value)}
          />
          {minutesProblem.message ? (
            <p className="field-error" role="alert">
              {minutesProblem.message}
            </p>
          ) : null}
          <label className="inline-option">
            <input type="checkbox" checked={p.forCustomer} aria-describedby={`${id}ch`} onChange={(e) => planStore.setField('presentatie', 'forCustomer', e.currentTarget.checked)} />
            {say.forCustomerLabel}
          </label>
          <p className="hint" id={`${id}ch`}>
            {say.forCustomerHint}
          </p>
        </fieldset>
        <div className="deck-actions">
          <button type="button" className="action-button" disabled={!ready || !deck.shown.length} onClick={open('present')} aria-describedby={`${id}ph`}>
            {say.present}
          </button>
          <button type="button" className="action-button secondary" disabled={!ready || !deck.shown.length} onClick={open('presenter')}>
            {say.presenterView}
          </button>
          <button type="button" className="action-button secondary" disabled={!ready || !deck.shown.length} onClick={openWindow} aria-describedby={`${id}wh`}>
            {say.presenterWindow}
          </button>
        </div>
        <p className="hint" id={`${id}ph`}>
          {say.presentHint}
        </p>
        <p className="hint" id={`${id}wh`}>
          {say.presenterWindowHint}
        </p>
        {popupBlocked ? <p role="alert">{say.popupBlocked}</p> : null}
        <PresentationDownloads deck={deck} ready={ready} />
      </section>
      <ol className="deck-list" aria-label={say.slideCount(deck.shown.length, deck.slides.length)}>
        {deck.slides.map((slide) => {
          const i = shownIndex.get(slide.id);
          const own = p.slides.find((row) => row.id === slide.id) ?? null;
          return <SlideEditor key={slide.id} slide={slide} own={own} laid={i === undefined ? null : laid[i]!} number={i === undefined ? null : i + 1} total={deck.shown.length} forCustomer={p.forCustomer} disabled={!ready} />;
        })}
      </ol>
      {show && laid.length ? (
        <Suspense>
          <PresentationShow slides={laid} mode={show.mode} minutes={deck.minutes} start={show.start} onClose={close} />
        </Suspense>
      ) : null}
    </div>
  );
}

/** The length in minutes: empty for the default, else a whole number from 1 to 600. */
function useMinutes() {
  // What the student typed while it is not a length (so it stays on screen with the message).
  const [draft, setDraft] = useState<{ text: string; message: string } | null>(null);
  return {
    message: draft?.message ?? null,
    draft: draft?.text ?? null,
    write(text: string) {
      const value = text.trim() === '' ? null : Number(text);
      if (value !== null && (!Number.isInteger(value) || value < 1 || value > 600)) {
        setDraft({ text, message: say.minutesInvalid });
        return;
      }
      const result = planStore.setField('presentatie', 'minutes', value);
      setDraft(result.ok ? null : { text, message: result.message });
    },
  };
}

export default withBoundary(Presentation);
