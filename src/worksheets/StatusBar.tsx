import { useStore } from './use-store';
import { lazy, Suspense } from 'react';
import { $notices, $status } from '../stores';
import { memoryOnlyStatus, saveState, worksheetLoading } from './messages';

/** The notices load only when there is one (Notices.tsx). */
const Notices = lazy(() => import('./Notices'));

/**
 * The save status (`role="status"`, announced politely) and the notices that need attention:
 * storage blocked or full, data kept aside or mended, a newer version, a plan deleted in another
 * tab, a text changed in two tabs, undo of a removed row or a deleted plan.
 */
export function StatusBar({ ready }: { ready: boolean }) {
  const status = useStore($status);
  const notices = useStore($notices);
  const text = !ready || status.mode === 'loading' ? worksheetLoading : status.mode === 'memory' ? memoryOnlyStatus : saveState[status.state];
  return (
    <div className="status-bar">
      <p className={`save-status state-${ready ? status.state : 'loading'}`} role="status">
        {text}
      </p>
      {ready && notices.length ? (
        <Suspense>
          <Notices notices={notices} />
        </Suspense>
      ) : null}
    </div>
  );
}
