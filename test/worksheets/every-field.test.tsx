// @vitest-environment happy-dom
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { fieldAnchor } from '../../src/plan/model/fields';
import { MEANING } from '../../src/plan/meaning';
import { PLAN_STRUCTURE, SECTION_IDS } from '../../src/plan/model/schema';
import { SectionBody } from '../../src/worksheets/Worksheet';

/** The worksheet shows what the plan holds: a field added to the structure appears on its worksheet, once. */
describe.each(SECTION_IDS)('section %s', (section) => {
  const keys = Object.keys(PLAN_STRUCTURE[section]);

  it('has words for every field and no words for a field it does not have', () => {
    expect(Object.keys(MEANING[section].fields).sort()).toEqual([...keys].sort());
  });

  it('puts every field in exactly one group', () => {
    const groups = MEANING[section].groups;
    if (!groups) return; // no groups: one group of every field, in order
    expect(groups.flatMap((g) => g.fields).sort()).toEqual([...keys].sort());
  });

  it('shows every field on its worksheet, exactly once', () => {
    const html = renderToStaticMarkup(<SectionBody section={section} meaning={MEANING[section]} />);
    for (const key of keys) expect(html.split(`id="${fieldAnchor(key)}"`).length - 1, key).toBe(1);
  });
});
