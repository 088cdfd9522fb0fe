import type { Reader, Why } from './reading';
import type { SaveStatus, StoreState } from './state';

/** Words of a rare message, picked when they are loaded (messages/reading.ts). */
export type Words = Exclude<Why, string>;

/** A plan held back until the merge code is here: saved in a moment, so the status says "pending". */
export const MERGING = 'merging';

/** What a save came to: a write that failed, plans held back on purpose, changes still waiting. */
export interface SaveOutcome {
  /** A write that failed (full or refusing storage): its words. */
  failed: Words | null;
  /** Plans held back on purpose: their words, or {@link MERGING}. */
  held: Words | typeof MERGING | null;
  /** Changes that are still to be written. */
  pending: boolean;
}

/** Sets the save status, unless it says the same already (each new value renders the status bar again). */
export function setStatus(state: StoreState, next: SaveStatus): void {
  const now = state.$status.get();
  if (now.mode !== next.mode || now.state !== next.state || now.message !== next.message) state.$status.set(next);
}

/**
 * The save status after a save (sync.ts): failed, pending or saved, with a notice where the
 * reader must act. Answers true when all went well (nothing failed, nothing held back).
 */
export function reportSave(state: StoreState, reader: Reader, { failed, held, pending }: SaveOutcome): boolean {
  // The status says at once that something is not saved; its words follow when they are loaded.
  const explain = (words: Words, notify: boolean) => {
    const failing = state.$status.get();
    void reader.tell('quota', words, {}, false).then((message) => {
      // Unless a later save went well meanwhile.
      if (state.$status.get() !== failing) return;
      state.$status.set({ ...failing, message });
      if (notify) state.notices.notify('quota', message);
    });
  };
  if (failed) {
    setStatus(state, { mode: 'storage', state: 'failed', message: state.$status.get().message });
    explain(failed, true);
    return false;
  }
  if (held === MERGING) {
    setStatus(state, { mode: 'storage', state: 'pending', message: null });
    return false;
  }
  if (held) {
    // The held plan has its own notice with the choice; the status says it is not saved.
    setStatus(state, { mode: 'storage', state: 'failed', message: state.$status.get().message });
    explain(held, false);
    state.notices.clear('quota');
    return false;
  }
  setStatus(state, { mode: 'storage', state: pending ? 'pending' : 'saved', message: null });
  state.notices.clear('quota');
  return true;
}
