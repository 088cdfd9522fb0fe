import { Component, type ComponentType, type ReactNode } from 'react';
import IslandFailed from './IslandFailed';
import { isLoadFailure } from './load-part';

/**
 * Keeps a part of a page that fails to render from taking anything else down: instead of the
 * part, the reader sees what happened, can download everything the site has stored and can try
 * again (IslandFailed). The message is part of this module, not loaded on demand: a part that
 * failed because the network is gone must still be able to say so.
 */
export class IslandBoundary extends Component<{ children: ReactNode }, { failed: boolean; loadFailure: boolean }> {
  override state = { failed: false, loadFailure: false };

  static getDerivedStateFromError(error: unknown) {
    return { failed: true, loadFailure: isLoadFailure(error) };
  }

  override render() {
    // The failed part is gone from the page; a retry mounts it afresh.
    return this.state.failed ? (
      <IslandFailed loadFailure={this.state.loadFailure} retry={() => this.setState({ failed: false, loadFailure: false })} />
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
