// @vitest-environment happy-dom
import { act } from 'react';
import { createRoot } from 'react-dom/client';
import { afterEach, describe, expect, it } from 'vitest';
import { examplePlan } from '../../src/plan/example/example-plan';
import { createPlan } from '../../src/plan/model/plan';
import { RelationshipMapFigure } from '../../src/worksheets/MapFigure';
import { TimelineFigure } from '../../src/worksheets/TimelineFigure';
import * as say from '../../src/worksheets/messages/pictures';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

let root: ReturnType<typeof createRoot> | undefined;
async function show(element: React.ReactElement): Promise<HTMLElement> {
  const container = document.createElement('div');
  document.body.append(container);
  root = createRoot(container);
  await act(async () => root!.render(element));
  return container;
}
afterEach(() => {
  act(() => root?.unmount());
  document.body.innerHTML = '';
});

const plan = examplePlan();
const today = plan.updatedAt.slice(0, 10);

describe('the pictures in the worksheets and the workbook', () => {
  it('draw the relationship map as an image with a name and a description, and a caption', async () => {
    const page = await show(<RelationshipMapFigure plan={plan} today={today} />);
    const svg = page.querySelector('figure svg[role="img"]')!;
    const title = page.querySelector(`#${CSS.escape(svg.getAttribute('aria-labelledby')!)}`)!;
    const desc = page.querySelector(`#${CSS.escape(svg.getAttribute('aria-describedby')!)}`)!;
    expect(title.tagName.toLowerCase()).toBe('title');
    expect(title.textContent).toContain('6 personen');
    for (const p of plan.discover.dmu) expect(desc.textContent).toContain(p.name);
    expect(page.querySelector('figcaption')!.textContent).toBe(say.mapCaption);
    // Laid out for the width it gets, one unit per pixel, never under the narrowest layout.
    expect(Number(svg.getAttribute('width'))).toBeGreaterThanOrEqual(300);
    expect(svg.getAttribute('viewBox')).toBe(`0 0 ${svg.getAttribute('width')} ${svg.getAttribute('height')}`);
  });

  it('draw the timeline with every action title in its text', async () => {
    const page = await show(<TimelineFigure plan={plan} today={today} />);
    const text = [...page.querySelectorAll('svg text')].map((t) => t.textContent).join(' ');
    for (const a of plan.actie.actions) expect(text).toContain(a.action);
  });

  it('say what to fill in while there is nothing to draw', async () => {
    const empty = createPlan('leeg');
    expect((await show(<RelationshipMapFigure plan={empty} today={today} />)).textContent).toBe(say.mapWait);
    act(() => root?.unmount());
    expect((await show(<TimelineFigure plan={empty} today={today} />)).textContent).toBe(say.timelineWait);
  });
});
