import { useStore } from '../use-store';
import { useMemo, useRef, useState, type ComponentType } from 'react';
import { optionLabel, type FieldInfo, type RefTarget } from '../../plan/model/fields';
import { formatEuro, formatNumber, formatPercent, formatPlainNumber, parseNumber, type NumberKind } from '../../plan/values/format';
import type { FieldKind } from '../../plan/model/kinds';
import { dateProblem, LIMITS } from '../../plan/model/limits';
import { refOptions, type RefOption } from '../../plan/model/references';
import type { Plan, SectionId } from '../../plan/model/schema';
import { $field, $section } from '../../stores';
import { choose, notSaved, removedChoice, scoreWords } from '../messages';
import { useIsReady } from '../ready';
import { refusal, TextInput, useFieldNotes } from './TextInput';

export interface ScalarProps {
  id: string;
  info: FieldInfo;
  value: unknown;
  /** Writes the value; may return a store action's `{ ok: false, message }` (shown by the field). */
  onChange: (value: unknown) => unknown;
  /** Label for controls without a visible <label> (table cells use a visible one). */
  describedBy?: string | undefined;
  disabled?: boolean;
}

const common = ({ id, disabled, describedBy }: ScalarProps) => ({ id, disabled, 'aria-describedby': describedBy }) as const;

const TextField = ({ info, value, onChange, ...props }: ScalarProps) => (
  <TextInput
    id={props.id}
    disabled={props.disabled}
    describedBy={props.describedBy}
    kind={info.kind === 'longText' ? 'longText' : 'text'}
    // A name or a code fits on one line; any other text may be a sentence and wraps.
    shape={info.kind === 'longText' ? 'lines' : info.short ? 'line' : 'wrap'}
    value={typeof value === 'string' ? value : ''}
    onChange={onChange}
  />
);

const DateField = (props: ScalarProps) => (
  <CheckedInput
    {...common(props)}
    type="date"
    min={LIMITS.minDate}
    max={LIMITS.maxDate}
    value={typeof props.value === 'string' ? props.value : ''}
    show={String}
    read={readDate}
    onChange={props.onChange}
  />
);

const NumberField = (props: ScalarProps) => {
  const { info } = props;
  const kind = info.kind as NumberKind;
  return (
    <span className="number-input">
      <CheckedInput
        {...common(props)}
        type="text"
        // Counts need no decimal key; other numbers do.
        inputMode={info.whole ? 'numeric' : 'decimal'}
        autoComplete="off"
        value={typeof props.value === 'number' ? props.value : null}
        show={formatNumberOf(kind, info.plain)}
        read={readNumberOf(kind, info.whole, info.unit)}
        onChange={props.onChange}
      />
      {info.unit ? <span className="unit">{info.unit}</span> : null}
    </span>
  );
};

const ChoiceField = (props: ScalarProps) => (
  <select {...common(props)} value={typeof props.value === 'string' ? props.value : ''} onChange={(e) => props.onChange(e.currentTarget.value)}>
    <option value="">{choose}</option>
    {(props.info.options ?? []).map((o) => (
      <option key={o} value={o}>
        {optionLabel(props.info, o)}
      </option>
    ))}
  </select>
);

const ScoreField = (props: ScalarProps) => (
  <select
    {...common(props)}
    value={props.value === null || props.value === undefined ? '' : String(props.value)}
    onChange={(e) => props.onChange(e.currentTarget.value === '' ? null : Number(e.currentTarget.value))}
  >
    <option value="">{choose}</option>
    {[1, 2, 3, 4, 5].map((n) => (
      <option key={n} value={n}>
        {scoreWords[n]}
      </option>
    ))}
  </select>
);

const YesNoField = (props: ScalarProps) => (
  <input {...common(props)} type="checkbox" checked={props.value === true} onChange={(e) => props.onChange(e.currentTarget.checked)} />
);

/**
 * The choices of each reference, per state of the table (or step 4) it points to: every row of a
 * table that points into another table shares one list instead of building its own.
 */
const optionsCache = new WeakMap<object, Map<string, RefOption[]>>();

function sharedRefOptions(target: object, ref: RefTarget): RefOption[] {
  let byRef = optionsCache.get(target);
  if (!byRef) optionsCache.set(target, (byRef = new Map()));
  const key = 'matrix' in ref ? 'matrix' : `${ref.section}.${ref.field}.${ref.labelColumn}`;
  let options = byRef.get(key);
  if (!options) {
    // refOptions reads only the part of the plan the reference points to.
    const part = ('matrix' in ref ? { klantplan: target } : { [ref.section]: { [ref.field]: target } }) as unknown as Plan;
    byRef.set(key, (options = refOptions(part, ref)));
  }
  return options;
}

/**
 * The choices of a reference: the rows it may point to. It listens to that table (or, for a
 * matrix cell, to step 4) only, so typing elsewhere does not touch it.
 */
export function useRefOptions(ref: RefTarget): RefOption[] {
  const ready = useIsReady();
  const target = useStore('matrix' in ref ? $section('klantplan') : $field(ref.section as SectionId, ref.field));
  return useMemo(() => (!ready || typeof target !== 'object' || target === null ? [] : sharedRefOptions(target, ref)), [ready, target, ref]);
}

/**
 * From this many choices on, a reference's select holds only its current choice until the reader
 * reaches it (focus, pointer or touch) and lets the others go when the reader leaves it. A table
 * of n rows that each point into a table of n rows would otherwise hold n² options: 136,000 in a
 * plan 40 times the example, which made every garbage collection of the page slow.
 */
export const LAZY_CHOICES_FROM = 50;

const ReferenceField = (props: ScalarProps) => {
  const options = useRefOptions(props.info.ref!);
  const ready = useIsReady();
  const [reached, setReached] = useState(false);
  const current = typeof props.value === 'string' ? props.value : '';
  const known = options.some((o) => o.value === current);
  const lazy = options.length >= LAZY_CHOICES_FROM;
  const shown = lazy && !reached ? options.filter((o) => o.value === current) : options;
  const reach = lazy && !reached ? () => setReached(true) : undefined;
  return (
    <select
      {...common(props)}
      value={current}
      onChange={(e) => props.onChange(e.currentTarget.value)}
      onFocus={reach}
      onPointerDown={reach}
      onTouchStart={reach}
      onBlur={lazy && reached ? () => setReached(false) : undefined}
      data-choices={lazy ? (reached ? 'all' : 'current') : undefined}
    >
      <option value="">{choose}</option>
      {current && !known && ready ? <option value={current}>{removedChoice}</option> : null}
      {shown.map((o) => (
        <option key={o.value} value={o.value}>
          {o.label}
        </option>
      ))}
    </select>
  );
};

/** The input for each kind of single value; lists, tables and the matrix have editors of their own. */
const INPUTS = {
  text: TextField,
  longText: TextField,
  date: DateField,
  number: NumberField,
  money: NumberField,
  percent: NumberField,
  choice: ChoiceField,
  score: ScoreField,
  yesNo: YesNoField,
  reference: ReferenceField,
  list: null,
  table: null,
  matrix: null,
} satisfies Record<FieldKind, ComponentType<ScalarProps> | null>;

/** One input for one value of any single-value field kind. Text is always rendered as text. */
export function ScalarInput(props: ScalarProps) {
  const Input: ComponentType<ScalarProps> | null = INPUTS[props.info.kind];
  return Input ? <Input {...props} /> : null;
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
        onBlur={(e) => {
          // A date typed by keyboard that does not exist (31-02) changes no value and fires no
          // change: only leaving the field tells. It is not stored; say so.
          const reading = read(e.currentTarget);
          if (!reading.ok) refused.current = notSaved(reading.message, reading.quote ?? '');
          setDraft(null);
          setMessage(refused.current);
        }}
        onChange={(e) => {
          const reading = read(e.currentTarget);
          const { quote = '' } = reading;
          setDraft(e.currentTarget.value);
          const reason = reading.ok ? refusal(write(reading.value)) : reading.message;
          if (reason !== null && value !== entered.current) write(entered.current);
          refused.current = reason && notSaved(reason, quote);
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
  kind === 'money' ? formatEuro(value) : kind === 'percent' ? formatPercent(value) : plain ? formatPlainNumber(value) : formatNumber(value);

/**
 * A number typed the Dutch way ("1.250.000,50"), read by parseNumber. While typing, the text
 * stays as typed and each number it makes is saved at once; on leaving the field it shows the
 * stored number, formatted with every decimal it has. "1." may become "1.000" and "12," may
 * become "12,5": those wait for more typing.
 */
const readNumberOf =
  (kind: NumberKind, whole?: boolean, unit?: string) =>
  ({ value }: HTMLInputElement): Reading<number | null> => {
    const read = (text: string) => parseNumber(text, kind, whole, unit);
    return { ...read(value), wait: ['0', '00', '000'].some((zeros) => read(value + zeros).ok), quote: value };
  };
