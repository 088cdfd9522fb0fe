// @vitest-environment happy-dom
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { atom, computed } from 'nanostores';
import { act } from 'react';
import { createRoot } from 'react-dom/client';
import { afterEach, describe, expect, it } from 'vitest';
import { useStore } from '../../src/worksheets/use-store';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

let root: ReturnType<typeof createRoot> | undefined;
afterEach(() => {
  act(() => root?.unmount());
  document.body.innerHTML = '';
});

async function show(element: React.ReactElement): Promise<HTMLElement> {
  const container = document.createElement('div');
  document.body.append(container);
  root = createRoot(container);
  await act(async () => root!.render(element));
  return container;
}

describe('useStore', () => {
  it('shows a store’s value and draws again when it changes, a computed store too', async () => {
    const $count = atom(1);
    const $double = computed($count, (n) => ({ n: n * 2 }));
    let renders = 0;
    function View() {
      renders++;
      const count = useStore($count);
      const double = useStore($double);
      return (
        <p>
          {count}:{double.n}
        </p>
      );
    }
    const page = await show(<View />);
    expect(page.textContent).toBe('1:2');
    await act(async () => $count.set(5));
    expect(page.textContent).toBe('5:10');
    const before = renders;
    // The same value again draws nothing.
    await act(async () => $count.set(5));
    expect(renders).toBe(before);
  });

  it('does not miss a change made between the first render and the subscription', async () => {
    const $value = atom('eerst');
    function View() {
      const value = useStore($value);
      if (value === 'eerst') $value.set('daarna');
      return <p>{value}</p>;
    }
    const page = await show(<View />);
    expect(page.textContent).toBe('daarna');
  });

  it('stops listening when the component goes', async () => {
    const $value = atom(0);
    function View() {
      return <p>{useStore($value)}</p>;
    }
    await show(<View />);
    expect($value.lc).toBeGreaterThan(0);
    act(() => root!.unmount());
    root = undefined;
    expect($value.lc).toBe(0);
  });

  it('is the one every island uses: no module imports @nanostores/react or @nanostores/persistent again', () => {
    const files = (readdirSync('src', { recursive: true }) as string[]).filter((f) => /\.(ts|tsx|astro)$/.test(f));
    const importing = files.filter((f) => /from '@nanostores\/(react|persistent)'/.test(readFileSync(join('src', f), 'utf8')));
    expect(files.length).toBeGreaterThan(100);
    expect(importing).toEqual([]);
  });
});
