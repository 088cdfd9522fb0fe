// @vitest-environment happy-dom
import { act } from 'react';
import { createRoot } from 'react-dom/client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MEANING } from '../../src/plan/meaning';
import { planStore } from '../../src/stores';
import { ReadyContext } from '../../src/worksheets/ready';
import { SectionBody } from '../../src/worksheets/Worksheet';

/**
 * Typing in one field renders that field again and nothing else: a keystroke costs the same in a
 * big plan as in a small one. Counted with the render counter of src/worksheets/render-count.ts.
 */
const counts = new Map<string, number>();
(globalThis as { __renderCounts?: Map<string, number> }).__renderCounts = counts;
(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

let container: HTMLElement;
let root: ReturnType<typeof createRoot>;

beforeAll(async () => {
  planStore.load();
  for (const name of ['Anouk', 'Marco', 'Els']) planStore.addRow('discover', 'dmu', { name });
  container = document.createElement('div');
  document.body.append(container);
  root = createRoot(container);
  await act(async () => {
    root.render(
      <ReadyContext.Provider value={true}>
        <SectionBody section="discover" meaning={MEANING.discover} />
      </ReadyContext.Provider>,
    );
  });
});

afterAll(() => act(() => root.unmount()));

/** What rendered again while `change` ran, by component id. */
async function rendersDuring(change: () => void): Promise<string[]> {
  counts.clear();
  await act(async () => change());
  return [...counts.keys()].sort();
}

describe('typing in a worksheet', () => {
  it('renders every field once to begin with', () => {
    expect(container.querySelectorAll('.field-group')).toHaveLength(Object.keys(MEANING.discover.fields).length);
    expect(container.querySelector<HTMLInputElement>('#werkblad-sector-invoer')).not.toBeNull();
  });

  it('renders only the field that changed', async () => {
    expect(await rendersDuring(() => planStore.setField('discover', 'sector', 'Ouderenzorg'))).toEqual(['discover.sector']);
    expect(container.querySelector<HTMLInputElement>('#werkblad-sector-invoer')!.value).toBe('Ouderenzorg');
  });

  it('renders only the row that changed, inside its table', async () => {
    const [, marco] = planStore.$activePlan.get()!.discover.dmu;
    expect(await rendersDuring(() => planStore.updateRow('discover', 'dmu', marco!.id, 'position', 'Manager facilitaire dienst'))).toEqual([
      'discover.dmu',
      `discover.dmu.${marco!.id}`,
    ]);
  });

  it('renders nothing when another step changes, or when the plan is saved', async () => {
    expect(await rendersDuring(() => planStore.setField('envision', 'ambition', 'Vaste partner worden'))).toEqual([]);
    expect(await rendersDuring(() => planStore.flush())).toEqual([]);
  });
});
