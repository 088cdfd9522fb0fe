import { useState } from 'react';
import { downloadFile } from '../browser/download-file';
import { planStore } from '../stores';
import { rawDumpFile } from '../stores/raw-dump';
import { downloadData, notLoaded, partFailed, retry as retryText, stillOffline } from './messages/island-failed';

/** Whether this site's server answers now (the page itself, never cached). */
async function reachable(): Promise<boolean> {
  try {
    return (await fetch(location.pathname, { method: 'HEAD', cache: 'no-store' })).ok;
  } catch {
    return false;
  }
}

/**
 * What a reader sees instead of a page part that failed: what happened, everything the site has
 * stored as a download (raw, so nothing is lost to whatever could not be read), and a retry.
 * Part of the boundary's own code, so it shows also when the network is gone.
 *
 * A part whose code could not load (`loadFailure`) is tried again by loading the page again, once
 * the site answers: browsers remember a module that failed to load for as long as the page is
 * open, so only a fresh page fetches it again. What the reader typed is saved first.
 */
export default function IslandFailed({ retry, loadFailure = false }: { retry: () => void; loadFailure?: boolean }) {
  const [offline, setOffline] = useState(false);
  return (
    <div className="notice" role="alert">
      <p>{loadFailure ? notLoaded : partFailed}</p>
      {offline ? <p>{stillOffline}</p> : null}
      <p className="notice-actions">
        <button
          type="button"
          onClick={() => {
            const { fileName, text } = rawDumpFile();
            downloadFile(fileName, text, 'application/json');
          }}
        >
          {downloadData}
        </button>
        <button
          type="button"
          onClick={async () => {
            if (!loadFailure) return retry();
            setOffline(false);
            if (!(await reachable())) return setOffline(true);
            planStore.flush();
            location.reload();
          }}
        >
          {retryText}
        </button>
      </p>
    </div>
  );
}
