import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { IslandBoundary, withBoundary } from '../../src/worksheets/IslandBoundary';
import IslandFailed from '../../src/worksheets/IslandFailed';
import { cachedLoad, isLoadFailure, LoadFailed } from '../../src/worksheets/load-part';

// Error boundaries do not run in server rendering: the catching itself is shown by the browser
// stories (fill-in mode offline); here, what the boundary and its message are made of.
describe('the boundary around every island', () => {
  it('renders the island as it is while nothing fails', () => {
    const Island = withBoundary(({ name }: { name: string }) => <p>Hallo {name}</p>);
    expect(renderToStaticMarkup(<Island name="Sam" />)).toBe('<p>Hallo Sam</p>');
  });

  it('turns a render error into the failed state, and tells code that could not load from code that failed', () => {
    expect(IslandBoundary.getDerivedStateFromError(new Error('kapot'))).toEqual({ failed: true, loadFailure: false });
    expect(IslandBoundary.getDerivedStateFromError(new LoadFailed('weg'))).toEqual({ failed: true, loadFailure: true });
    // What Chromium, Firefox and WebKit say when a dynamic import cannot fetch its file.
    for (const message of [
      'Failed to fetch dynamically imported module: https://example.nl/_astro/x.js',
      'error loading dynamically imported module: https://example.nl/_astro/x.js',
      'Importing a module script failed.',
    ]) {
      expect(isLoadFailure(new TypeError(message)), message).toBe(true);
    }
  });

  it('says in Dutch what happened, offers the stored data and a retry', () => {
    const html = renderToStaticMarkup(<IslandFailed retry={() => undefined} />);
    expect(html).toContain('role="alert"');
    expect(html).toContain('Dit deel van de pagina kon niet worden getoond.');
    expect(html).toContain('>Download je gegevens (JSON)</button>');
    expect(html).toContain('>Probeer opnieuw</button>');
    expect(renderToStaticMarkup(<IslandFailed loadFailure retry={() => undefined} />)).toContain('geen internetverbinding');
  });
});

describe('code loaded on demand', () => {
  it('is loaded once, and loaded again after a failure instead of failing forever', async () => {
    let calls = 0;
    let online = false;
    const load = cachedLoad(async () => {
      calls++;
      if (!online) throw new TypeError('Failed to fetch dynamically imported module: x.js');
      return 'code';
    });
    await expect(load()).rejects.toBeInstanceOf(LoadFailed);
    online = true;
    await expect(load()).resolves.toBe('code');
    await expect(load()).resolves.toBe('code');
    expect(calls).toBe(2);
  });
});
