import { atom } from 'nanostores';
import { newId } from '../plan/model/ids';

export type NoticeKind =
  /** Storage is blocked: the plan lives in this tab only. */
  | 'memory'
  /** Storage is full or refuses: the last change is not stored. */
  | 'quota'
  /** Unreadable data was moved to a key of its own (`key`). */
  | 'kept-aside'
  /** A plan loaded with some fields left empty because they were unreadable; the original is at `key`. */
  | 'repaired'
  /** A plan from a newer version of the site was left alone. */
  | 'newer'
  /** Time to make a backup. */
  | 'backup'
  /** A plan was deleted here (undo). */
  | 'deleted'
  /** A row or list item was removed (undo). */
  | 'row-removed'
  /** The plan shown here was deleted in another tab. */
  | 'deleted-elsewhere'
  /** The same value was changed in two tabs. */
  | 'conflict';

/** The other tab's value of a conflict, and where it belongs, so the reader can use it again. */
export interface ConflictChoice {
  planId: string;
  path: string;
  rowId?: string | undefined;
  column?: string | undefined;
  where: string;
  /** The value that is not on screen now. */
  value: unknown;
  /** Whose text `value` is: the other tab's, or this tab's own (replaced by the other tab's). */
  whose: 'other' | 'own';
}

/** Something the reader must know, shown by the status components (`role="alert"` or `status`). */
export interface Notice {
  id: string;
  kind: NoticeKind;
  message: string;
  /** For kept-aside or repaired data: the storage key that holds the raw text, so it can be downloaded. */
  key?: string;
  /** For a plan deleted elsewhere: which plan. */
  planId?: string;
  /** For a conflict: the value that is not on screen. */
  conflict?: ConflictChoice;
}

/** The notices of a page: one list, with a notice per kind and key (a newer one replaces it). */
export function createNotices() {
  const $notices = atom<Notice[]>([]);

  function notify(kind: NoticeKind, message: string, extra: Omit<Notice, 'id' | 'kind' | 'message'> = {}): void {
    const same = (n: Notice) => n.kind === kind && n.key === extra.key && n.planId === extra.planId && n.conflict?.where === extra.conflict?.where;
    $notices.set([...$notices.get().filter((n) => !same(n)), { id: newId(), kind, message, ...extra }]);
  }

  function dismiss(id: string): void {
    $notices.set($notices.get().filter((n) => n.id !== id));
  }

  function clear(kind: NoticeKind, match: (n: Notice) => boolean = () => true): void {
    const rest = $notices.get().filter((n) => n.kind !== kind || !match(n));
    // Nothing to clear (the usual case after a save): no new list, so nothing renders again.
    if (rest.length !== $notices.get().length) $notices.set(rest);
  }

  return { $notices, notify, dismiss, clear };
}

export type Notices = ReturnType<typeof createNotices>;
