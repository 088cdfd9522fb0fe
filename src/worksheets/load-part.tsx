import { use, type ComponentType } from 'react';

/**
 * Code a part of a page loads on demand can fail to arrive: the reader is offline (and the site's
 * service worker has not cached it yet), or a new deploy removed the file. Such a failure is not a
 * bug in the part, and "try again" means: once the network is back.
 */
export class LoadFailed extends Error {
  override name = 'LoadFailed';
}

/** What browsers say when a dynamic import cannot fetch its module (Chromium, Firefox, WebKit). */
const MODULE_NOT_FETCHED = /dynamically imported module|module script failed|error loading dynamically|Failed to fetch/i;

/** Whether an error is code that could not load, rather than code that failed. */
export function isLoadFailure(error: unknown): boolean {
  return error instanceof LoadFailed || (error instanceof Error && MODULE_NOT_FETCHED.test(error.message));
}

/**
 * `load`, called once and remembered; a load that fails is forgotten, so the next call tries
 * again, and its error is a {@link LoadFailed}.
 */
export function cachedLoad<T>(load: () => Promise<T>): () => Promise<T> {
  let promise: Promise<T> | null = null;
  return () =>
    (promise ??= load().catch((error: unknown) => {
      promise = null;
      throw error instanceof LoadFailed ? error : new LoadFailed(error instanceof Error ? error.message : String(error));
    }));
}

/**
 * A component whose code loads on first render (like React.lazy, inside a Suspense). Unlike
 * React.lazy it does not keep a failed load: after a failure the boundary around it shows the
 * message, and a retry renders it again, which loads again.
 */
export function lazyPart<P extends object>(load: () => Promise<ComponentType<P>>): ComponentType<P> {
  const get = cachedLoad(load);
  return function LazyPart(props: P) {
    const Part = use(get());
    return <Part {...props} />;
  };
}
