import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { IslandBoundary, withBoundary } from '../../src/worksheets/IslandBoundary';

// Error boundaries do not run in server rendering, so the state change React makes after a
// render error is applied by hand here; the browser story "a page part that fails" shows the
// real thing.
describe('the boundary around every island', () => {
  it('renders the island as it is while nothing fails', () => {
    const Island = withBoundary(({ name }: { name: string }) => <p>Hallo {name}</p>);
    expect(renderToStaticMarkup(<Island name="Sam" />)).toBe('<p>Hallo Sam</p>');
  });

  it('turns a render error into a Dutch message with a download and a retry', () => {
    const boundary = new IslandBoundary({ children: <p>deel</p> });
    boundary.state = { ...boundary.state, ...IslandBoundary.getDerivedStateFromError() };
    const html = renderToStaticMarkup(boundary.render());
    expect(html).toContain('role="alert"');
    expect(html).toContain('Dit deel van de pagina kon niet worden getoond.');
    expect(html).toContain('>Download je gegevens (JSON)</button>');
    expect(html).toContain('>Probeer opnieuw</button>');
    expect(html).not.toContain('deel</p>');
  });
});
