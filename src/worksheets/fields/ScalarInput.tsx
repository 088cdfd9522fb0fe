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
      return (
        <CheckedInput {...common} type="date" min={LIMITS.minDate} max={LIMITS.maxDate} value={typeof value === 'string' ? value : ''} show={String} read={readDate} onChange={onChange} />
      );
    case 'getal':
    case 'bedrag':
    case 'percentage':
      return (
        <span className="number-input">
          <CheckedInput
            {...common}
            type="text"
            // Counts need no decimal key; other numbers do.
            inputMode={info.whole ? 'numeric' : 'decimal'}
            autoComplete="off"
            value={typeof value === 'number' ? value : null}
            show={formatNumberOf(info.kind, info.plain)}
            read={readNumberOf(info.kind, info.whole)}
            onChange={onChange}
          />
          {info.unit ? <span className="unit">{info.unit}</span> : null}
        </span>
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

/** What a checked input makes of its element: the value to store, or why not; `wait`: maybe
 * more typing makes it right; `quote`: the typed text to name in the message. */
type Reading<T> = ({ ok: true; value: T } | { ok: false; message: string }) & { wait?: boolean; quote?: string };

interface CheckedProps<T> {
  id: string;
  value: T;
  /** The stored value as the field shows it. */
  show: (value: T) => string;
  read: (input: HTMLInputElement) => Reading<T>;
  onChange: (value: T) => unknown;
  disabled?: boolean | undefined;
  'aria-describedby'?: string | undefined;
  type: 'date' | 'text';
  min?: string;
  max?: string;
  inputMode?: 'numeric' | 'decimal';
  autoComplete?: 'off';
}

/**
 * An input whose typed text is checked before it is stored (numbers, dates). What passes is
 * written at once. What is refused is not; and if earlier keystrokes already wrote a part of it
 * ("€ 2,4" of "€ 2,4 mln"), the value goes back to what it was when the reader entered the
 * field. The refusal shows at once, or when the reader leaves the field if more typing could
 * still make it right ("1." on the way to "1.000"), and stays until the next edit. On leaving,
 * the field shows the stored value again.
 */
function CheckedInput<T>({ value, show, read, onChange: write, 'aria-describedby': describedBy, ...rest }: CheckedProps<T>) {
  const entered = useRef(value);
  const refused = useRef<string | null>(null);
  const [draft, setDraft] = useState<string | null>(null);
  const [message, setMessage] = useState<string | null>(null);
  const { notes, ...aria } = useFieldNotes(null, '', message, describedBy);
  return (
    <>
      <input
        {...rest}
        {...aria}
        value={draft ?? show(value)}
        onFocus={() => {
          entered.current = value;
        }}
        onBlur={() => {
          setDraft(null);
          setMessage(refused.current);
        }}
        onChange={(e) => {
          const reading = read(e.currentTarget);
          const { quote = '' } = reading;
          setDraft(e.currentTarget.value);
          const reason = reading.ok ? refusal(write(reading.value)) : reading.message;
          if (reason !== null && value !== entered.current) write(entered.current);
          refused.current = reason && `${reason} Wat je typte${quote ? ` ("${quote.length > 40 ? `${quote.slice(0, 39)}…` : quote}")` : ''} is niet opgeslagen.`;
          setMessage(reading.wait ? null : refused.current);
        }}
      />
      {notes}
    </>
  );
}

/**
 * A date from 1 January 1900 to 31 December 2100. The picker keeps to that range; a date typed
 * with the keyboard outside it, or one that does not exist, is refused. A half-typed date (a
 * part empty) or a year of fewer than four digits so far waits for more typing.
 */
const readDate = ({ value, validity }: HTMLInputElement): Reading<string> => {
  const problem = dateProblem(value, validity.badInput);
  return { ...(problem ? { ok: false, message: problem } : { ok: true, value }), wait: validity.badInput || /^0/.test(value) };
};

const formatNumberOf = (kind: NumberKind, plain?: boolean) => (value: number | null) =>
  kind === 'bedrag' ? formatEuro(value) : kind === 'percentage' ? formatPercent(value) : plain ? formatPlainNumber(value) : formatNumber(value);

/**
 * A number typed the Dutch way ("1.250.000,50"), read by parseNumber. While typing, the text
 * stays as typed and each number it makes is saved at once; on leaving the field it shows the
 * stored number, formatted with every decimal it has. "1." may become "1.000" and "12," may
 * become "12,5": those wait for more typing.
 */
const readNumberOf = (kind: NumberKind, whole?: boolean) => ({ value }: HTMLInputElement): Reading<number | null> => {
  const read = (text: string) => parseNumber(text, kind, whole);
  return { ...read(value), wait: ['0', '00', '000'].some((zeros) => read(value + zeros).ok), quote: value };
};
