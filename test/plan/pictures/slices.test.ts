import { describe, expect, it } from 'vitest';
import { examplePlan } from '../../../src/plan/example/example-plan';
import { createPlan } from '../../../src/plan/model/plan';
import { PRINT } from '../../../src/plan/pictures/picture';
import { relationshipMap } from '../../../src/plan/pictures/relationship-map';
import { cuttable, pictureSlices } from '../../../src/plan/pictures/slices';
import { timeline } from '../../../src/plan/pictures/timeline';
import { box } from './geometry';

function bigTimeline() {
  const plan = createPlan('test');
  plan.schedule.validFrom = '2027-01-01';
  plan.schedule.validUntil = '2028-12-31';
  plan.actie.actions = Array.from({ length: 40 }, (_, i) => ({
    id: `a${i}`,
    action: `Actie ${i} met een titel die over twee regels loopt`,
    objective: '',
    owner: 'Sanne',
    start: '2027-03-01',
    due: '2027-09-01',
    resources: '',
    status: 'bezig' as const,
  }));
  return timeline(plan, PRINT, '2027-04-02')!;
}

describe('cutting a tall picture over pages', () => {
  it.each([
    ['a timeline of forty actions', bigTimeline()],
    ['the example relationship map', relationshipMap(examplePlan(), PRINT, '2027-04-02')!],
  ])('cuts %s only between whole shapes, in parts that fit the room and cover it all', (_, picture) => {
    const slices = pictureSlices(picture, 40, 120);
    expect(slices[0]!.from).toBe(0);
    expect(slices[slices.length - 1]!.to).toBe(picture.height);
    slices.forEach((s, i) => {
      if (i) expect(s.from).toBe(slices[i - 1]!.to);
      expect(s.to - s.from).toBeLessThanOrEqual(i === 0 ? 40 : 120);
    });
    const solid = picture.shapes.filter((s) => !cuttable(s)).map(box);
    for (const { to } of slices.slice(0, -1)) for (const b of solid) expect(b.y < to - 1e-9 && b.y + b.height > to + 1e-9, `a shape cut at ${to}`).toBe(false);
  });

  it('starts on a new page when nothing fits in the room left, and keeps a short picture whole', () => {
    const picture = bigTimeline();
    expect(pictureSlices(picture, 1, 120)[0]).toEqual({ from: 0, to: 0 });
    expect(pictureSlices(picture, picture.height, 120)).toEqual([{ from: 0, to: picture.height }]);
  });
});

describe('a heading in a tall picture', () => {
  it.each([
    [
      'the role of each lane of a relationship map by role',
      () => {
        const plan = examplePlan();
        plan.discover.dmu = plan.discover.dmu.map((p) => ({ ...p, reportsTo: '' }));
        return relationshipMap(plan, PRINT, '2027-04-02')!;
      },
      'lane',
    ],
    [
      'the objective over its actions in a timeline',
      () => {
        const plan = examplePlan();
        const template = plan.actie.actions[0]!;
        plan.actie.actions = Array.from({ length: 40 }, (_, i) => ({
          ...template,
          id: `t${i}`,
          objective: plan.develop.objectives[i % plan.develop.objectives.length]!.id,
        }));
        return timeline(plan, PRINT, '2027-04-02')!;
      },
      'group',
    ],
  ])('stays on the page of what it heads: %s', (_, make, role) => {
    const picture = make();
    const headings = picture.shapes.filter((s) => s.type === 'text' && s.role === role).map(box);
    expect(headings.length).toBeGreaterThan(2);
    for (const room of [30, 45, 60, 75, 90]) {
      const slices = pictureSlices(picture, room, 120);
      for (const { to } of slices.slice(0, -1)) {
        // Nothing but other headings between a heading and the cut: the heading would end the page alone.
        const alone = headings.filter(
          (h) =>
            h.y + h.height <= to + 1e-9 &&
            !picture.shapes
              .filter((s) => !cuttable(s))
              .map(box)
              .some((b) => b.y >= h.y + h.height - 1e-9 && b.y < to - 1e-9),
        );
        expect(alone, `cut at ${to} with ${room} units of room`).toEqual([]);
      }
    }
  });
});
