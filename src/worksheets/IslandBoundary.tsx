import { Component, lazy, Suspense, type ComponentType, type ReactNode } from 'react';

/** The message instead of a failed part: its code loads only when a part fails. */
const IslandFailed = lazy(() => import('./IslandFailed'));

/**
 * Keeps a part of a page that fails to render from taking anything else down: instead of the
 * part, the reader sees what happened, can download everything the site has stored and can try
 * again (IslandFailed).
 */
export class IslandBoundary extends Component<{ children: ReactNode }, { failed: boolean }> {
  override state = { failed: false };

  static getDerivedStateFromError() {
    return { failed: true };
  }

  override render() {
    // The failed part is gone from the page; a retry mounts it afresh.
    return this.state.failed ? (
      <Suspense>
        <IslandFailed retry={() => this.setState({ failed: false })} />
      </Suspense>
    ) : (
      this.props.children
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
