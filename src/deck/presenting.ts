/**
 * Presenting, without the page: which key moves where (clickers send arrow keys, PageUp and
 * PageDown), what a swipe means, and the clock against the length the student set.
 */

export type Move = 'next' | 'previous' | 'first' | 'last' | 'exit';

const KEYS: Record<string, Move> = {
  ArrowRight: 'next',
  ArrowDown: 'next',
  PageDown: 'next',
  ' ': 'next',
  Enter: 'next',
  n: 'next',
  ArrowLeft: 'previous',
  ArrowUp: 'previous',
  PageUp: 'previous',
  Backspace: 'previous',
  p: 'previous',
  Home: 'first',
  End: 'last',
  Escape: 'exit',
};

/** What a key does while presenting (null: nothing; a key with Ctrl, Alt or Meta is the browser's). */
export function keyMove(event: { key: string; ctrlKey?: boolean; altKey?: boolean; metaKey?: boolean; shiftKey?: boolean }): Move | null {
  if (event.ctrlKey || event.altKey || event.metaKey) return null;
  // Shift+Space goes back, as in a browser's page scrolling.
  if (event.key === ' ' && event.shiftKey) return 'previous';
  return Object.hasOwn(KEYS, event.key) ? KEYS[event.key]! : null;
}

/** The least distance (CSS pixels) a horizontal swipe travels. */
export const SWIPE_DISTANCE = 50;

/** A swipe from one point to another: left is next, right is previous; mostly vertical is no swipe. */
export function swipeMove(dx: number, dy: number): Move | null {
  if (Math.abs(dx) < SWIPE_DISTANCE || Math.abs(dx) < Math.abs(dy) * 1.5) return null;
  return dx < 0 ? 'next' : 'previous';
}

/** The slide a move leads to, within 0 … count - 1 (exit stays). */
export function moveTo(index: number, move: Move, count: number): number {
  const last = Math.max(0, count - 1);
  const to = move === 'next' ? index + 1 : move === 'previous' ? index - 1 : move === 'first' ? 0 : move === 'last' ? last : index;
  return Math.min(last, Math.max(0, to));
}

/** "4:05", "12:00", "1:02:03": elapsed or remaining time. */
export function clock(ms: number): string {
  const total = Math.floor(Math.max(0, ms) / 1000);
  const h = Math.floor(total / 3600);
  const m = Math.floor((total % 3600) / 60);
  const s = String(total % 60).padStart(2, '0');
  return h ? `${h}:${String(m).padStart(2, '0')}:${s}` : `${m}:${s}`;
}

/** Where the time stands: `over` past the length, `near` in its last tenth (at least the last minute). */
export function timeState(elapsedMs: number, minutes: number): 'ok' | 'near' | 'over' {
  const length = minutes * 60_000;
  if (elapsedMs > length) return 'over';
  return elapsedMs >= length - Math.max(60_000, length / 10) ? 'near' : 'ok';
}

/** The time a slide gets when the length is shared equally, in ms. */
export const perSlide = (minutes: number, count: number) => (count > 0 ? (minutes * 60_000) / count : 0);
