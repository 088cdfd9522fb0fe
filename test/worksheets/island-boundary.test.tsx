import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { IslandBoundary, withBoundary } from '../../src/worksheets/IslandBoundary';
import IslandFailed from '../../src/worksheets/IslandFailed';

// Error boundaries do not run in server rendering: the catching itself is shown by the browser
// story "a page part that fails"; here, what the boundary and its message are made of.
describe('the boundary around every island', () => {
  it('renders the island as it is while nothing fails', () => {
    const Island = withBoundary(({ name }: { name: string }) => <p>Hallo {name}</p>);
    expect(renderToStaticMarkup(<Island name="Sam" />)).toBe('<p>Hallo Sam</p>');
  });

  it('turns a render error into the failed state', () => {
    expect(IslandBoundary.getDerivedStateFromError()).toEqual({ failed: true });
  });

  it('says in Dutch what happened, offers the stored data and a retry', () => {
    const html = renderToStaticMarkup(<IslandFailed retry={() => undefined} />);
    expect(html).toContain('role="alert"');
    expect(html).toContain('Dit deel van de pagina kon niet worden getoond.');
    expect(html).toContain('>Download je gegevens (JSON)</button>');
    expect(html).toContain('>Probeer opnieuw</button>');
  });
});
