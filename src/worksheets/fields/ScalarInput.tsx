import { useRef, useState } from 'react';
import type { FieldInfo } from '../../plan/fields';
import { formatEuro, formatNumber, formatPercent, formatPlainNumber, parseNumber, type NumberKind } from '../../plan/format';
import { dateProblem, LIMITS } from '../../plan/limits';
import type { Plan } from '../../plan/schema';
import { refOptions } from '../../plan/references';
import { refusal, TextInput, useFieldNotes } from './TextInput';

export interface ScalarProps {
  id: string;
  info: FieldInfo;
  value: unknown;
  /** Writes the value; may return a store action's `{ ok: false, message }` (shown by the field). */
  onChange: (value: unknown) => unknown;
  /** The plan, for references to rows of other steps. */
  plan: Plan;
  /** Label for controls without a visible <label> (table cells use a visible one). */
  describedBy?: string;
  disabled?: boolean;
}

const SCORE_WORDS = ['', '1 – heel laag', '2 – laag', '3 – gemiddeld', '4 – hoog', '5 – heel hoog'];

/** One input for one value of any single-value field kind. Text is always rendered as text. */
export function ScalarInput({ id, info, value, onChange, plan, describedBy, disabled }: ScalarProps) {
  const common = { id, disabled, 'aria-describedby': describedBy } as const;
  switch (info.kind) {
    case 'lang':
      return <TextInput id={id} disabled={disabled} describedBy={describedBy} kind="longText" multiline value={typeof value === 'string' ? value : ''} onChange={onChange} />;
    case 'datum':
      return <DateInput {...common} value={typeof value === 'string' ? value : ''} onChange={onChange} />;
    case 'getal':
    case 'bedrag':
    case 'percentage':
      return (
        <NumberInput
          {...common}
          kind={info.kind}
          unit={info.unit}
          plain={info.plain}
          whole={info.whole}
          value={typeof value === 'number' ? value : null}
          onChange={onChange}
        />
      );
    case 'keuze':
    case 'score': {
      const options = info.kind === 'score' ? ['1', '2', '3', '4', '5'] : (info.options ?? []);
      const current = value === null || value === undefined ? '' : String(value);
      return (
        <select
          {...common}
          value={current}
          onChange={(e) => {
            const v = e.currentTarget.value;
            onChange(info.kind === 'score' ? (v === '' ? null : Number(v)) : v);
          }}
        >
          <option value="">— kies —</option>
          {options.map((o) => (
            <option key={o} value={o}>
              {info.kind === 'score' ? SCORE_WORDS[Number(o)] : o}
            </option>
          ))}
        </select>
      );
    }
    case 'janee':
      return <input {...common} type="checkbox" checked={value === true} onChange={(e) => onChange(e.currentTarget.checked)} />;
    case 'verwijzing': {
      const options = info.ref ? refOptions(plan, info.ref) : [];
      const current = typeof value === 'string' ? value : '';
      const known = options.some((o) => o.value === current);
      return (
        <select {...common} value={current} onChange={(e) => onChange(e.currentTarget.value)}>
          <option value="">— kies —</option>
          {current && !known ? <option value={current}>(verwijderd)</option> : null}
          {options.map((o) => (
            <option key={o.value} value={o.value}>
              {o.label}
            </option>
          ))}
        </select>
      );
    }
    default:
      return <TextInput id={id} disabled={disabled} describedBy={describedBy} kind="text" value={typeof value === 'string' ? value : ''} onChange={onChange} />;
  }
}

type Check<T> = { ok: true; value: T } | { ok: false; message: string };

/**
 * Typed text that is checked before it is stored (numbers, dates). What passes is written at
 * once. What is refused is not; and if earlier keystrokes already wrote a part of it ("€ 2,4" of
 * "€ 2,4 mln"), the value goes back to what it was when the reader entered the field. The
 * refusal shows at once, or when the reader leaves the field if more typing could still make it
 * right ("1." on the way to "1.000"), and stays until the next edit. On leaving, the field shows
 * the stored value again.
 */
function useChecked<T>(value: T, write: (value: T) => unknown, describedBy: string | undefined) {
  const entered = useRef(value);
  const refused = useRef<string | null>(null);
  const [draft, setDraft] = useState<string | null>(null);
  const [message, setMessage] = useState<string | null>(null);
  const { notes, ...aria } = useFieldNotes(null, '', message, describedBy);
  return {
    draft,
    notes,
    props: {
      ...aria,
      onFocus: () => {
        entered.current = value;
      },
      onBlur: () => {
        setDraft(null);
        setMessage(refused.current);
      },
    },
    /** `shown`: the typed text to quote in the message ('' for none). */
    change(text: string, result: Check<T>, partial: boolean, shown = text) {
      setDraft(text);
      const reason = result.ok ? refusal(write(result.value)) : result.message;
      if (reason !== null && value !== entered.current) write(entered.current);
      refused.current = reason && `${reason} Wat je typte${shown ? ` ("${shown.length > 40 ? `${shown.slice(0, 39)}…` : shown}")` : ''} is niet opgeslagen.`;
      setMessage(partial ? null : refused.current);
    },
  };
}

interface DateInputProps {
  id: string;
  value: string;
  onChange: (value: string) => unknown;
  disabled?: boolean | undefined;
  'aria-describedby'?: string | undefined;
}

/**
 * A date from 1 January 1900 to 31 December 2100. The picker keeps to that range; a date typed
 * with the keyboard outside it (year 20255), or one that does not exist, is refused.
 */
function DateInput({ value, onChange, 'aria-describedby': describedBy, ...rest }: DateInputProps) {
  const checked = useChecked(value, onChange, describedBy);
  return (
    <>
      <input
        {...rest}
        {...checked.props}
        type="date"
        min={LIMITS.minDate}
        max={LIMITS.maxDate}
        value={checked.draft ?? value}
        onChange={(e) => {
          const { value: iso, validity } = e.currentTarget;
          const problem = dateProblem(iso, validity.badInput);
          // Half typed (a segment empty) or a year of fewer than four digits so far: wait.
          checked.change(iso, problem ? { ok: false, message: problem } : { ok: true, value: iso }, validity.badInput || /^0/.test(iso), '');
        }}
      />
      {checked.notes}
    </>
  );
}

interface NumberInputProps {
  id: string;
  kind: NumberKind;
  unit?: string | undefined;
  /** Without thousands separator (a year). */
  plain?: boolean | undefined;
  /** Whole numbers only (counts, years). */
  whole?: boolean | undefined;
  value: number | null;
  onChange: (value: number | null) => unknown;
  disabled?: boolean | undefined;
  'aria-describedby'?: string | undefined;
}

const format = (kind: NumberKind, value: number | null, plain?: boolean) =>
  kind === 'bedrag' ? formatEuro(value) : kind === 'percentage' ? formatPercent(value) : plain ? formatPlainNumber(value) : formatNumber(value);

/**
 * A number typed the Dutch way ("1.250.000,50"). While typing, the text stays as typed and each
 * number it makes is saved at once; on leaving the field it shows the stored number, formatted
 * with every decimal it has. Text that is no number, or not exactly one, is refused (see useChecked).
 */
function NumberInput({ kind, unit, plain, whole, value, onChange, 'aria-describedby': describedBy, ...rest }: NumberInputProps) {
  const checked = useChecked(value, onChange, describedBy);
  const read = (text: string) => parseNumber(text, kind, whole);
  return (
    <span className="number-input">
      <input
        {...rest}
        {...checked.props}
        type="text"
        // Counts need no decimal key; other numbers do.
        inputMode={whole ? 'numeric' : 'decimal'}
        autoComplete="off"
        value={checked.draft ?? format(kind, value, plain)}
        onChange={(e) => {
          const text = e.currentTarget.value;
          // "1." may become "1.000" and "12," may become "12,5": no message until the reader leaves.
          checked.change(text, read(text), ['0', '00', '000'].some((zeros) => read(text + zeros).ok));
        }}
      />
      {unit ? <span className="unit">{unit}</span> : null}
      {checked.notes}
    </span>
  );
}
