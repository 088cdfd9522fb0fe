// @vitest-environment happy-dom
import { act } from 'react';
import { createRoot } from 'react-dom/client';
import { afterEach, describe, expect, it } from 'vitest';
import { examplePlan } from '../../src/plan/example/example-plan';
import { grossMargin } from '../../src/plan/finance/totals';
import { FinanceOverview } from '../../src/worksheets/finance-overview';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

let root: ReturnType<typeof createRoot> | undefined;
afterEach(() => {
  act(() => root?.unmount());
  document.body.innerHTML = '';
});

async function overview(plan: ReturnType<typeof examplePlan>): Promise<HTMLElement> {
  const container = document.createElement('div');
  document.body.append(container);
  root = createRoot(container);
  await act(async () => root!.render(<FinanceOverview plan={plan} />));
  return container;
}

describe('the finance table on screen', () => {
  it('shows every gross margin in whole euros beside revenues in whole euros, in the table and the chart’s description', async () => {
    const plan = examplePlan();
    // A plan year whose gross margin has cents: 365.083 × 15% = 54.762,45.
    plan.develop.planYears[0] = { ...plan.develop.planYears[0]!, revenue: 365_083, margin: 15 };
    expect(grossMargin(365_083, 15)! % 1).not.toBe(0);
    const page = await overview(plan);
    const cells = [...page.querySelectorAll('tbody tr')].map((tr) => tr.querySelectorAll('td')[2]!.textContent!);
    expect(cells.length).toBeGreaterThan(3);
    for (const cell of cells) expect(cell, cell).toMatch(/^€ [\d.]+$/);
    expect(cells).toContain('€ 54.762');
    const description = page.querySelector('svg title')!.textContent!;
    expect(description).toContain('€ 54.762');
    expect(description).not.toMatch(/€ [\d.]+,\d/);
  });

  it('keeps the cents of a gross margin whose revenue has cents', async () => {
    const plan = examplePlan();
    plan.develop.planYears[0] = { ...plan.develop.planYears[0]!, revenue: 110.5, margin: 20 };
    const page = await overview(plan);
    expect(page.querySelector('tbody')!.textContent).toContain('€ 22,10');
  });
});
