import { useStore } from './use-store';
import { lazy, Suspense, useCallback, useEffect, useId, useRef, useState, type ReactNode } from 'react';
import type { DeckLabels } from '../deck/context';
import { DEFAULT_MINUTES, shownSlideIds, SLIDE_IDS } from '../deck/model';
import { slideNames } from '../deck/messages/slides';
import { clock, perSlide } from '../deck/presenting';
import { placeholderPlan, planDisplayName } from '../plan/model/plan';
import { $activePlan, planStore } from '../stores';
import { withBoundary } from './IslandBoundary';
import { PresentationDownloads } from './PresentationDownloads';
import { StatusBar } from './StatusBar';
import { useReady } from './use-plan';
import * as say from './messages/presentation';
import './presentation.css';

// What the page needs once the student gets there: the slides with their editors when the list
// comes into view, presenting on click. The page opens with the settings and the buttons only.
const PresentationSlides = lazy(() => import('./PresentationSlides'));
const PresentationShow = lazy(() => import('./PresentationShow'));
const EMPTY_PLAN = placeholderPlan();
/** The address of the presenter view in a window of its own. */
const PRESENTER_HASH = '#sprekers';

/** Renders `children` once the element comes into view (or at once where IntersectionObserver is missing). */
function WhenInView({ placeholder, children }: { placeholder: ReactNode; children: ReactNode }) {
  const ref = useRef<HTMLDivElement>(null);
  const [seen, setSeen] = useState(false);
  useEffect(() => {
    const el = ref.current;
    if (!el || typeof IntersectionObserver !== 'function') return setSeen(true);
    const observer = new IntersectionObserver((entries) => {
      if (entries.some((e) => e.isIntersecting)) {
        setSeen(true);
        observer.disconnect();
      }
    });
    observer.observe(el);
    return () => observer.disconnect();
  }, []);
  return <div ref={ref}>{seen ? <Suspense fallback={placeholder}>{children}</Suspense> : placeholder}</div>;
}

/**
 * /presentatie/: the active plan as a slide deck (src/deck/). The page opens with the length, the
 * choice for the customer, presenting and the downloads; the slides, each with its title and notes
 * to rewrite, load when the list comes into view (PresentationSlides.tsx).
 */
function Presentation({ labels }: { labels: DeckLabels }) {
  const ready = useReady();
  const live = useStore($activePlan);
  const plan = ready && live ? live : EMPTY_PLAN;
  const p = plan.presentatie;
  const shown = shownSlideIds(p);
  const [chosen, setShow] = useState<'present' | 'presenter' | null>(null);
  // Opened as the presenter view of another window (its address ends in PRESENTER_HASH), until closed.
  const [closed, setClosed] = useState(false);
  const show = chosen ?? (ready && !closed && location.hash === PRESENTER_HASH ? 'presenter' : null);
  const [popupBlocked, setPopupBlocked] = useState(false);
  const opener = useRef<HTMLElement | null>(null);
  const minutes = useMinutes();
  const id = useId();
  const length = p.minutes ?? DEFAULT_MINUTES;

  const open = (mode: 'present' | 'presenter', button: HTMLElement) => {
    opener.current = button;
    planStore.flush();
    setShow(mode);
  };
  const close = useCallback(() => {
    setShow(null);
    setClosed(true);
    if (location.hash === PRESENTER_HASH) history.replaceState(null, '', location.pathname);
    queueMicrotask(() => opener.current?.focus());
  }, []);
  const openWindow = () => {
    planStore.flush();
    setPopupBlocked(!window.open(`${location.pathname}${PRESENTER_HASH}`, 'accountplan-sprekers', 'popup,width=1200,height=760'));
  };
  const none = !ready || !shown.length;

  return (
    <div className="deck-page not-content" data-ready={ready ? 'true' : 'false'}>
      <StatusBar ready={ready} />
      <section className="deck-settings" aria-labelledby={`${id}h`}>
        <h2 id={`${id}h`}>{ready ? say.planOf(planDisplayName(plan)) : say.loading}</h2>
        <p>{say.slideCount(shown.length, SLIDE_IDS.length)}</p>
        <fieldset disabled={!ready}>
          <label htmlFor={`${id}m`}>{say.minutesLabel}</label>
          <p className="hint" id={`${id}mh`}>
            {say.minutesHint(DEFAULT_MINUTES)} {say.perSlideHint(clock(perSlide(length, shown.length)))}
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
            value={minutes.draft ?? (p.minutes === null ? '' : String(p.minutes))}
            placeholder={String(DEFAULT_MINUTES)}
            onChange={(e) => minutes.write(e.currentTarget.value)}
          />
          {minutes.message ? (
            <p className="field-error" role="alert">
              {minutes.message}
            </p>
          ) : null}
          <label className="inline-option">
            <input
              type="checkbox"
              checked={p.forCustomer}
              aria-describedby={`${id}ch`}
              onChange={(e) => planStore.setField('presentatie', 'forCustomer', e.currentTarget.checked)}
            />
            {say.forCustomerLabel}
          </label>
          <p className="hint" id={`${id}ch`}>
            {say.forCustomerHint}
          </p>
        </fieldset>
        <div className="deck-actions">
          <button type="button" className="action-button" disabled={none} onClick={(e) => open('present', e.currentTarget)} aria-describedby={`${id}ph`}>
            {say.present}
          </button>
          <button type="button" className="action-button secondary" disabled={none} onClick={(e) => open('presenter', e.currentTarget)}>
            {say.presenterView}
          </button>
          <button type="button" className="action-button secondary" disabled={none} onClick={openWindow} aria-describedby={`${id}wh`}>
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
        <PresentationDownloads labels={labels} ready={ready} count={shown.length} />
      </section>
      <section aria-labelledby={`${id}s`}>
        <h2 id={`${id}s`}>{say.slidesHeading}</h2>
        <WhenInView
          placeholder={
            <ol className="deck-list deck-names" aria-busy="true">
              {SLIDE_IDS.map((slide) => (
                <li key={slide}>{slideNames[slide]}</li>
              ))}
            </ol>
          }
        >
          {ready ? <PresentationSlides plan={plan} labels={labels} /> : null}
        </WhenInView>
      </section>
      {show && ready && shown.length ? (
        <Suspense>
          <PresentationShow plan={plan} labels={labels} mode={show} minutes={length} onClose={close} />
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
