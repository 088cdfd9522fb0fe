// @vitest-environment happy-dom
import { act } from 'react';
import { createRoot } from 'react-dom/client';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { columnEntries, sectionEntries } from '../../src/plan/model/fields';
import { MEANING } from '../../src/plan/meaning';
import { SECTION_IDS } from '../../src/plan/model/schema';
import { ScalarInput } from '../../src/worksheets/fields/ScalarInput';
import { TextInput } from '../../src/worksheets/fields/TextInput';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

/** Every one-line text of the plan, top-level fields and table columns, as `section.field(.column)`. */
function oneLineTexts() {
  const texts: Array<{ path: string; short: boolean }> = [];
  for (const section of SECTION_IDS) {
    for (const { key, def, info } of sectionEntries(section, MEANING[section])) {
      if (info.kind === 'text') texts.push({ path: `${section}.${key}`, short: !!info.short });
      const meaning = MEANING[section].fields[key as never];
      for (const column of columnEntries(def, meaning)) {
        if (def.kind === 'table' && column.info.kind === 'text') texts.push({ path: `${section}.${key}.${column.key}`, short: !!column.info.short });
      }
    }
  }
  return texts;
}

describe('one-line texts', () => {
  it('are sentences, except names of people and organisations and codes', () => {
    const short = oneLineTexts()
      .filter((t) => t.short)
      .map((t) => t.path);
    expect(short).toEqual([
      'cover.account',
      'cover.author',
      'cover.organisation',
      'discover.missingInfo.who',
      'discover.dmu.name',
      'discover.dmu.owner',
      'discover.competitors.name',
      'align.team.name',
      'align.agreement.name',
      'develop.opportunities.crm',
      'adapt.risks.owner',
      'actie.actions.owner',
    ]);
    expect(oneLineTexts().length - short.length).toBeGreaterThan(40);
  });

  it.each([
    [{ kind: 'text' as const }, /^<textarea[^>]*class="grow grow-wrap"[^>]*rows="1"/],
    [{ kind: 'text' as const, short: true }, /^<input type="text"/],
    [{ kind: 'longText' as const }, /^<textarea[^>]*class="grow grow-lines"[^>]*rows="5"/],
  ])('%o is shown as %s', (info, markup) => {
    const html = renderToStaticMarkup(
      <ScalarInput id="veld" info={{ label: 'Veld', hint: '', ...info }} value="Een zin die niet op één regel past" onChange={() => undefined} />,
    );
    expect(html).toMatch(markup);
  });
});

describe('a sentence field', () => {
  async function mount(onChange: (text: string) => void) {
    const container = document.createElement('div');
    document.body.append(container);
    const root = createRoot(container);
    await act(async () => root.render(<TextInput kind="text" shape="wrap" value="" aria-label="Zin" onChange={onChange} />));
    return { field: container.querySelector('textarea')!, unmount: () => act(() => root.unmount()) };
  }

  it('keeps its text on one line of data: a pasted line break becomes a space', async () => {
    const written: string[] = [];
    const { field, unmount } = await mount((text) => written.push(text));
    await act(async () => {
      const setValue = Object.getOwnPropertyDescriptor(HTMLTextAreaElement.prototype, 'value')!.set!;
      setValue.call(field, 'Eerste regel\nen de tweede');
      field.dispatchEvent(new Event('input', { bubbles: true }));
    });
    expect(written).toEqual(['Eerste regel en de tweede']);
    await unmount();
  });

  it('adds no line break on Enter', async () => {
    const { field, unmount } = await mount(() => undefined);
    const enter = new KeyboardEvent('keydown', { key: 'Enter', bubbles: true, cancelable: true });
    await act(async () => void field.dispatchEvent(enter));
    expect(enter.defaultPrevented).toBe(true);
    await unmount();
  });
});
