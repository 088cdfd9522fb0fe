import { describe, expect, it } from 'vitest';
import { examplePlan } from '../../../src/plan/example/example-plan';
import { PRINT_COLOURS } from '../../../src/plan/pictures/palette';
import { SCREEN, TONES, type Picture } from '../../../src/plan/pictures/picture';
import { relationshipMap } from '../../../src/plan/pictures/relationship-map';
import { reactAttrs, svgElements, svgMarkup } from '../../../src/plan/pictures/svg';
import { timeline } from '../../../src/plan/pictures/timeline';

const plan = examplePlan();
const today = plan.updatedAt.slice(0, 10);
const pictures: Array<[string, Picture]> = [
  ['relationship map', relationshipMap(plan, { width: 720, ...SCREEN }, today)!],
  ['timeline', timeline(plan, { width: 720, ...SCREEN }, today)!],
];

describe.each(pictures)('the %s as SVG', (_, picture) => {
  it('has one element per shape, in paint order, every text as it was laid out', () => {
    const elements = svgElements(picture);
    expect(elements).toHaveLength(picture.shapes.length);
    expect(elements.filter((e) => e.tag === 'text').map((e) => e.text)).toEqual(picture.shapes.flatMap((s) => (s.type === 'text' ? [s.text] : [])));
  });

  it('colours by class, one per tone the site styles', () => {
    const classes = new Set(svgElements(picture).flatMap((e) => String(e.attrs['class']).split(' ')));
    for (const c of classes) expect(c).toMatch(new RegExp(`^pic-(fill|stroke|text)-(none|${TONES.join('|')})$`));
  });

  it('as a standalone file: print colours, its title and description, and every text escaped', () => {
    const markup = svgMarkup({ ...picture, title: 'A & B <c>' });
    expect(markup.startsWith('<svg xmlns="http://www.w3.org/2000/svg"')).toBe(true);
    expect(markup).toContain('<title>A &amp; B &lt;c&gt;</title>');
    expect(markup).not.toContain('class=');
    expect(markup).toContain(`#${PRINT_COLOURS.text}`);
    for (const shape of picture.shapes) if (shape.type === 'text') expect(markup).toContain(`>${shape.text.replace(/&/g, '&amp;')}<`);
  });
});

describe('React attributes', () => {
  it("are SVG's in camel case, with class as className and data attributes as they are", () => {
    expect(reactAttrs({ class: 'a', 'stroke-width': 1, 'text-anchor': 'middle', 'data-ref': 'd1' })).toEqual({
      className: 'a',
      strokeWidth: 1,
      textAnchor: 'middle',
      'data-ref': 'd1',
    });
  });
});
