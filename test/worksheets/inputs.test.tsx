import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import type { FieldInfo } from '../../src/plan/model/fields';
import { ScalarInput } from '../../src/worksheets/fields/ScalarInput';
import { refusal, TextInput } from '../../src/worksheets/fields/TextInput';

/** The attributes of the first element with this tag in some markup. */
function attributes(html: string, tag: string): Record<string, string> {
  const element = new RegExp(`<${tag}\\b([^>]*)>`).exec(html)?.[1] ?? '';
  return Object.fromEntries([...element.matchAll(/([\w-]+)="([^"]*)"/g)].map((m) => [m[1], m[2]]));
}

const field = (info: Partial<FieldInfo>, value: unknown) =>
  renderToStaticMarkup(
    <ScalarInput id="veld" info={{ label: 'Veld', hint: '', kind: 'text', ...info }} value={value} onChange={() => undefined} describedBy="hint" />,
  );

describe('a text field', () => {
  it('shows no counter far from its limit, and no maxLength that would cut a pasted text', () => {
    const html = renderToStaticMarkup(<TextInput kind="name" value={'a'.repeat(159)} onChange={() => undefined} describedBy="hint" />);
    expect(html).not.toContain('tekens');
    expect(attributes(html, 'input')['aria-describedby']).toBe('hint');
    expect(attributes(html, 'input')['maxlength']).toBeUndefined();
  });

  it('shows a counter near its limit, tied to the input', () => {
    const html = renderToStaticMarkup(<TextInput kind="name" value={'a'.repeat(160)} onChange={() => undefined} describedBy="hint" />);
    const counter = /<span id="([^"]+)" class="field-count">160 van 200 tekens<\/span>/.exec(html);
    expect(counter).not.toBeNull();
    expect(attributes(html, 'input')['aria-describedby']).toBe(`hint ${counter![1]}`);
  });

  it('is a textarea with the long-text limit for a long field', () => {
    const html = field({ kind: 'longText' }, 'b'.repeat(16_000));
    expect(html).toMatch(/^<textarea/);
    expect(html).toContain('16.000 van 20.000 tekens');
  });
});

describe('a number field', () => {
  it.each([
    [{ kind: 'money' }, 1250000.5, '€ 1.250.000,50'],
    [{ kind: 'money' }, 12.345, '€ 12,345'],
    [{ kind: 'percent' }, 12.5, '12,5%'],
    [{ kind: 'number', plain: true, whole: true }, 2027, '2027'],
    [{ kind: 'number', whole: true }, 2100, '2.100'],
    [{ kind: 'number' }, null, ''],
  ] as const)('%o shows %s as %j, every stored digit', (info, value, text) => {
    expect(attributes(field(info, value), 'input')['value']?.replace(/&nbsp;|\u00a0/g, ' ')).toBe(text);
  });
});

describe('a date field', () => {
  it('offers only 1900 to 2100', () => {
    const input = attributes(field({ kind: 'date' }, '2027-03-12'), 'input');
    expect(input).toMatchObject({ type: 'date', min: '1900-01-01', max: '2100-12-31', value: '2027-03-12', 'aria-describedby': 'hint' });
  });
});

describe('what a store action returns', () => {
  it.each([
    [undefined, null],
    [{ ok: true }, null],
    [{ ok: false, message: 'Te lang.' }, 'Te lang.'],
  ])('%o is refused with %j', (result, message) => {
    expect(refusal(result)).toBe(message);
  });
});
