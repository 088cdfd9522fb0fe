import { downloadFile } from '../browser/download-file';
import { downloadData, partFailed, retry as retryText } from './messages/island-failed';

/**
 * What a reader sees instead of a page part that failed: what happened, everything the site has
 * stored as a download (raw, so nothing is lost to whatever could not be read), and a retry.
 * Loaded only when a part fails (see IslandBoundary).
 */
export default function IslandFailed({ retry }: { retry: () => void }) {
  return (
    <div className="notice" role="alert">
      <p>{partFailed}</p>
      <p className="notice-actions">
        <button
          type="button"
          onClick={async () => {
            const { rawDumpFile } = await import('../stores/raw-dump');
            const { fileName, text } = rawDumpFile();
            downloadFile(fileName, text, 'application/json');
          }}
        >
          {downloadData}
        </button>
        <button type="button" onClick={retry}>
          {retryText}
        </button>
      </p>
    </div>
  );
}
