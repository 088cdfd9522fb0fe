import { Component, Fragment, type ComponentType, type ReactNode } from 'react';
import { downloadFile } from '../browser/download-file';

/**
 * Keeps a part of a page that fails to render from taking anything else down. Instead of the
 * part, the reader sees what happened, can download everything the site has stored (raw, so
 * nothing is lost to whatever could not be read) and can try again.
 */
export class IslandBoundary extends Component<{ children: ReactNode }, { failed: boolean; attempt: number }> {
  override state = { failed: false, attempt: 0 };

  static getDerivedStateFromError() {
    return { failed: true };
  }

  override render() {
    const { failed, attempt } = this.state;
    // A new key on retry: the part starts afresh.
    if (!failed) return <Fragment key={attempt}>{this.props.children}</Fragment>;
    return (
      <div className="notice" role="alert">
        <p>Dit deel van de pagina kon niet worden getoond. Wat je opsloeg, staat nog in deze browser. Download het voor de zekerheid.</p>
        <p className="notice-actions">
          <button
            type="button"
            onClick={async () => {
              // Loaded on click: only a page part that failed needs it.
              const { rawDumpFile } = await import('../stores/raw-dump');
              const { fileName, text } = rawDumpFile();
              downloadFile(fileName, text, 'application/json');
            }}
          >
            Download je gegevens (JSON)
          </button>
          <button type="button" onClick={() => this.setState({ failed: false, attempt: attempt + 1 })}>
            Probeer opnieuw
          </button>
        </p>
      </div>
    );
  }
}

/** The island wrapped in its own boundary. */
export function withBoundary<P extends object>(Island: ComponentType<P>): ComponentType<P> {
  return (props: P) => (
    <IslandBoundary>
      <Island {...props} />
    </IslandBoundary>
  );
}
