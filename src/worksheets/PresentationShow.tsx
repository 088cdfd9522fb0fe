import { useCallback, useEffect, useLayoutEffect, useRef, useState, type PointerEvent, type ReactNode } from 'react';
import { createPortal } from 'react-dom';
import { buildDeck } from '../deck/build';
import type { DeckLabels } from '../deck/context';
import { layoutDeck, type LaidSlide } from '../deck/layout';
import type { Plan } from '../plan/model/schema';
import { clock, keyMove, moveTo, swipeMove, timeState, type Move } from '../deck/presenting';
import { SlideView } from './PresentationSlide';
import * as say from './messages/presentation-show';
import { slidePicture } from './messages/presentation-slides';
import './presentation.css';

/**
 * Presenting the deck: the slides full screen (Fullscreen API; the window when the browser
 * refuses), or the presenter view with the notes, the next slide and the time against the length
 * the student set. Arrow keys, space, PageUp/PageDown (a clicker), Home/End, a swipe, and Esc to
 * stop. Two windows (the presenter view opened in a second window) follow each other's slide
 * through a BroadcastChannel. Loaded only when the student starts presenting.
 */

/** The channel both windows of one presentation share. */
const CHANNEL = 'accountplan-presentatie';

export interface ShowProps {
  plan: Plan;
  labels: DeckLabels;
  mode: 'present' | 'presenter';
  minutes: number;
  onClose: (index: number) => void;
}

interface Props extends Omit<ShowProps, 'plan' | 'labels'> {
  slides: readonly LaidSlide[];
  start: number;
}

function useTimer(running: boolean) {
  const [state, setState] = useState(() => ({ since: Date.now(), before: 0, running }));
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    if (!state.running) return;
    const tick = setInterval(() => setNow(Date.now()), 250);
    return () => clearInterval(tick);
  }, [state.running]);
  const elapsed = state.before + (state.running ? Math.max(0, now - state.since) : 0);
  return {
    elapsed,
    running: state.running,
    toggle: () =>
      setState((s) =>
        s.running ? { since: s.since, before: s.before + (Date.now() - s.since), running: false } : { since: Date.now(), before: s.before, running: true },
      ),
    restart: () => {
      setState({ since: Date.now(), before: 0, running: true });
      setNow(Date.now());
    },
  };
}

/** The show above the whole page (the site's header and menu too): in a portal on the body. */
export default function PresentationShow({ plan, labels, ...props }: ShowProps) {
  // The deck as it was when presenting started: typing elsewhere does not move the slides.
  const [slides] = useState(() => layoutDeck(buildDeck(plan, labels)));
  return createPortal(<Show slides={slides} start={0} {...props} />, document.body) as ReactNode;
}

function Show({ slides, mode, minutes, start, onClose }: Props) {
  const [index, setIndex] = useState(() => Math.min(start, Math.max(0, slides.length - 1)));
  const [refused, setNote] = useState('');
  // A browser without full screen (an iPhone's) presents in the page and says so.
  const note = refused || (mode === 'present' && typeof document.documentElement.requestFullscreen !== 'function' ? say.fullscreenRefused : '');
  const root = useRef<HTMLDivElement>(null);
  const channel = useRef<BroadcastChannel | null>(null);
  const from = useRef<string | null>(null);
  const timer = useTimer(mode === 'presenter');
  // The slide on screen, for the listeners set up once (keys, the other window, leaving full screen).
  const indexRef = useRef(index);
  useLayoutEffect(() => {
    indexRef.current = index;
  }, [index]);

  const go = useCallback(
    (move: Move) => {
      if (move === 'exit') {
        onClose(indexRef.current);
        return;
      }
      const next = moveTo(indexRef.current, move, slides.length);
      setIndex(next);
      channel.current?.postMessage({ index: next });
    },
    [onClose, slides.length],
  );

  // The other window of this presentation moves too.
  useEffect(() => {
    if (typeof BroadcastChannel !== 'function') return;
    const c = new BroadcastChannel(CHANNEL);
    c.onmessage = (e: MessageEvent<{ index?: unknown }>) => {
      const i = e.data?.index;
      if (typeof i === 'number' && Number.isInteger(i)) setIndex(Math.min(Math.max(0, i), slides.length - 1));
    };
    channel.current = c;
    return () => c.close();
  }, [slides.length]);

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      const move = keyMove(e);
      if (!move) return;
      // Enter and Space on a button press that button (Stop, Vorige dia); elsewhere they move on.
      if ((e.key === 'Enter' || e.key === ' ') && e.target instanceof Element && e.target.closest('button, a, input, textarea, select')) return;
      e.preventDefault();
      go(move);
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [go]);

  // Full screen for the audience; leaving it (Esc in the browser) stops the presentation.
  useEffect(() => {
    const el = root.current;
    el?.focus();
    const overflow = document.body.style.overflow;
    document.body.style.overflow = 'hidden';
    let entered = false;
    const onChange = () => {
      if (document.fullscreenElement) entered = true;
      else if (entered) onClose(indexRef.current);
    };
    document.addEventListener('fullscreenchange', onChange);
    if (mode === 'present' && el && typeof el.requestFullscreen === 'function') el.requestFullscreen().catch(() => setNote(say.fullscreenRefused));
    return () => {
      document.removeEventListener('fullscreenchange', onChange);
      document.body.style.overflow = overflow;
      if (document.fullscreenElement) void document.exitFullscreen().catch(() => undefined);
    };
  }, [mode, onClose]);

  const onPointerDown = (e: PointerEvent) => {
    from.current = `${e.clientX},${e.clientY}`;
  };
  const onPointerUp = (e: PointerEvent) => {
    if (!from.current) return;
    const [x, y] = from.current.split(',').map(Number) as [number, number];
    from.current = null;
    const move = swipeMove(e.clientX - x, e.clientY - y);
    if (move) go(move);
  };

  const current = slides[index];
  if (!current) return null;
  const total = slides.length;
  const label = slidePicture(index + 1, total, current.slide.title);
  const nav = (
    <div className="deck-show-nav">
      <button type="button" onClick={() => go('previous')} disabled={index === 0}>
        {say.previous}
      </button>
      <span aria-live="polite">{say.position(index + 1, total)}</span>
      <button type="button" onClick={() => go('next')} disabled={index === total - 1}>
        {say.next}
      </button>
      <button type="button" onClick={() => go('exit')}>
        {say.close}
      </button>
    </div>
  );
  const stage = (
    <div className="deck-stage" onPointerDown={onPointerDown} onPointerUp={onPointerUp}>
      <SlideView laid={current} label={label} />
    </div>
  );
  if (mode === 'present') {
    return (
      <div ref={root} className="deck-show" role="dialog" aria-modal="true" aria-label={say.showLabel} tabIndex={-1}>
        {stage}
        {note ? <p className="deck-show-note">{note}</p> : null}
        {nav}
      </div>
    );
  }
  const length = minutes * 60_000;
  const state = timeState(timer.elapsed, minutes);
  const following = slides[index + 1];
  return (
    <div ref={root} className="deck-show deck-presenter" role="dialog" aria-modal="true" aria-label={say.presenterLabel} tabIndex={-1}>
      <div className="deck-presenter-main">{stage}</div>
      <div className="deck-presenter-side">
        <section className={`deck-timer is-${state}`} aria-labelledby="deck-timer-heading">
          <h2 id="deck-timer-heading">{say.timerHeading}</h2>
          <p className="deck-clock" role="timer" data-elapsed={Math.floor(timer.elapsed / 1000)}>
            {say.elapsedOf(clock(timer.elapsed), clock(length))}
          </p>
          <p>{state === 'over' ? say.timeOver(clock(timer.elapsed - length)) : say.timeLeft(clock(length - timer.elapsed))}</p>
          {state === 'near' ? <p>{say.timeNear}</p> : null}
          <button type="button" onClick={timer.toggle}>
            {timer.running ? say.pause : say.resume}
          </button>
          <button type="button" onClick={timer.restart}>
            {say.restart}
          </button>
        </section>
        <section aria-labelledby="deck-next-heading">
          <h2 id="deck-next-heading">{say.nextSlide}</h2>
          {following ? (
            <SlideView laid={following} label={slidePicture(index + 2, total, following.slide.title)} className="is-small" />
          ) : (
            <p>{say.lastSlide}</p>
          )}
        </section>
        <section aria-labelledby="deck-notes-heading" className="deck-notes">
          <h2 id="deck-notes-heading">{say.notesHeading}</h2>
          <div className="deck-notes-text">{current.notes || say.noNotes}</div>
        </section>
      </div>
      {nav}
    </div>
  );
}
