import { useEffect, useState } from 'react';
import { downloadFile } from '../browser/download-file';
import { planStore } from '../stores';
import type { ConflictChoice } from '../stores/notices';
import type { Notice } from '../stores/plan-store';
import { exportAllPlans } from './messages';
import * as say from './messages/notices';

/** Notices that offer an undo: shown as a toast at the bottom of the screen, where the reader is. */
const UNDO_KINDS = new Set<Notice['kind']>(['row-removed', 'deleted']);

/** Only one status bar on a page shows the undo toast (a page can hold several islands). */
let toastOwner: object | null = null;

/**
 * The notices of the status bar, in a chunk of their own: a page loads this code only when there
 * is something to say. Problems are alerts; undo of a removed row or a deleted plan is a toast at
 * the bottom of the screen.
 */
export default function Notices({ notices }: { notices: Notice[] }) {
  const [owner] = useState(() => ({}));
  const [ownsToast, setOwnsToast] = useState(false);
  useEffect(() => {
    if (!toastOwner) toastOwner = owner;
    // Which island shows the page's one undo toast is settled after mounting, in this effect (the
    // owner is outside React); the one render it adds happens only when there are notices.
    // eslint-disable-next-line react-hooks/set-state-in-effect
    setOwnsToast(toastOwner === owner);
    return () => {
      if (toastOwner === owner) toastOwner = null;
    };
  }, [owner]);
  const undo = notices.filter((n) => UNDO_KINDS.has(n.kind)).at(-1);
  return (
    <>
      {notices
        .filter((n) => !UNDO_KINDS.has(n.kind))
        .map((notice) => (
          <NoticeView key={notice.id} notice={notice} />
        ))}
      {ownsToast ? (
        <div className="undo-toast" role="status">
          {undo ? <NoticeView key={undo.id} notice={undo} /> : null}
        </div>
      ) : null}
    </>
  );
}

function downloadKeptAside(key: string): void {
  const raw = planStore.keptAsideText(key);
  if (raw === null) return;
  let json = false;
  try {
    JSON.parse(raw);
    json = true;
  } catch {
    // Not JSON: offered as plain text.
  }
  // As .json it can be imported again (Importeer), which mends what it can and names the rest.
  downloadFile(json ? 'accountplan-bewaarde-gegevens.json' : 'accountplan-bewaarde-gegevens.txt', raw, json ? 'application/json' : 'text/plain;charset=utf-8');
}

function NoticeView({ notice }: { notice: Notice }) {
  const tone = notice.kind === 'deleted' || notice.kind === 'backup' || notice.kind === 'row-removed' ? 'status' : 'alert';
  return (
    <div className={`notice notice-${notice.kind}`} role={UNDO_KINDS.has(notice.kind) ? undefined : tone}>
      <p>{notice.message}</p>
      {notice.conflict ? <ConflictView choice={notice.conflict} /> : null}
      <div className="notice-actions">
        {(notice.kind === 'kept-aside' || notice.kind === 'repaired') && notice.key ? (
          <button type="button" onClick={() => downloadKeptAside(notice.key!)}>
            {say.downloadKept}
          </button>
        ) : null}
        {notice.kind === 'memory' || notice.kind === 'quota' || notice.kind === 'backup' ? (
          <button
            type="button"
            onClick={async () => {
              const { fileName, text } = await planStore.exportPlans('all');
              downloadFile(fileName, text, 'application/json');
            }}
          >
            {exportAllPlans}
          </button>
        ) : null}
        {notice.kind === 'deleted' ? (
          <button type="button" onClick={() => planStore.undoDelete()}>
            {say.undo}
          </button>
        ) : null}
        {notice.kind === 'row-removed' ? (
          <button type="button" onClick={() => planStore.undoRemove()}>
            {say.undo}
          </button>
        ) : null}
        {notice.kind === 'deleted-elsewhere' && notice.planId ? (
          <>
            <button type="button" onClick={() => planStore.keepDeletedPlan(notice.planId!)}>
              {say.restorePlan}
            </button>
            <button type="button" onClick={() => planStore.letGoDeletedPlan(notice.planId!)}>
              {say.letGo}
            </button>
          </>
        ) : null}
        {notice.kind !== 'memory' && notice.kind !== 'deleted-elsewhere' ? (
          <button type="button" className="dismiss" onClick={() => planStore.dismissNotice(notice.id)} aria-label={say.closeLabel}>
            {say.close}
          </button>
        ) : null}
      </div>
    </div>
  );
}

/** The text that is not on screen after a conflict between tabs: shown on request, put back with one click. */
function ConflictView({ choice }: { choice: ConflictChoice }) {
  const [problem, setProblem] = useState('');
  const text = typeof choice.value === 'string' ? choice.value : choice.value === null || choice.value === undefined ? '' : String(choice.value);
  return (
    <>
      <details className="conflict-text">
        <summary>{say.showText(choice.whose === 'own')}</summary>
        <p>{text.trim() ? text : say.empty}</p>
      </details>
      <div className="notice-actions">
        <button
          type="button"
          onClick={() => {
            const result = planStore.useConflictValue(choice);
            setProblem(result.ok ? '' : result.message);
          }}
        >
          {say.useText(choice.whose === 'own')}
        </button>
      </div>
      {problem ? <p className="field-error">{problem}</p> : null}
    </>
  );
}
