import { useStore } from '@nanostores/react';
import { $notices, $status, planStore } from '../stores';
import type { Notice } from '../stores/plan-store';
import { downloadFile } from '../browser/download-file';

const STATE_TEXT = { saved: 'Opgeslagen', pending: 'Opslaan…', failed: 'Niet opgeslagen' } as const;

/**
 * The save status (`role="status"`, announced politely) and the notices that need attention
 * (`role="alert"`): storage blocked or full, data kept aside, a newer version, a deleted plan.
 */
export function StatusBar({ ready }: { ready: boolean }) {
  const status = useStore($status);
  const notices = useStore($notices);
  const text = !ready || status.mode === 'loading' ? 'Werkblad laden…' : status.mode === 'memory' ? 'Niet opgeslagen: alleen in dit tabblad' : STATE_TEXT[status.state];
  return (
    <div className="status-bar">
      <p className={`save-status state-${ready ? status.state : 'loading'}`} role="status">
        {text}
      </p>
      {ready
        ? notices.map((notice) => <NoticeView key={notice.id} notice={notice} />)
        : null}
    </div>
  );
}

function NoticeView({ notice }: { notice: Notice }) {
  const tone = notice.kind === 'deleted' || notice.kind === 'backup' ? 'status' : 'alert';
  return (
    <div className={`notice notice-${notice.kind}`} role={tone}>
      <p>{notice.message}</p>
      <div className="notice-actions">
        {notice.kind === 'kept-aside' && notice.key ? (
          <button
            type="button"
            onClick={() => {
              const raw = planStore.keptAsideText(notice.key!);
              if (raw !== null) downloadFile('accountplan-bewaarde-gegevens.txt', raw, 'text/plain;charset=utf-8');
            }}
          >
            Download de bewaarde gegevens
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
            Exporteer alle plannen (JSON)
          </button>
        ) : null}
        {notice.kind === 'deleted' ? (
          <button type="button" onClick={() => planStore.undoDelete()}>
            Ongedaan maken
          </button>
        ) : null}
        {notice.kind !== 'memory' ? (
          <button type="button" className="dismiss" onClick={() => planStore.dismissNotice(notice.id)} aria-label="Melding sluiten">
            Sluiten
          </button>
        ) : null}
      </div>
    </div>
  );
}
