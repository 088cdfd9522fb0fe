import { useEffect, useState } from 'react';
import type { FieldInfo } from '../../plan/fields';
import { formatEuro, formatNumber, formatPercent, formatPlainNumber, parseDutchNumber } from '../../plan/format';
import type { Plan } from '../../plan/schema';
import { refOptions } from '../../plan/references';

export interface ScalarProps {
  id: string;
  info: FieldInfo;
  value: unknown;
  onChange: (value: unknown) => void;
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
      return (
        <textarea
          {...common}
          rows={5}
          value={typeof value === 'string' ? value : ''}
          onChange={(e) => onChange(e.currentTarget.value)}
        />
      );
    case 'datum':
      return <input {...common} type="date" value={typeof value === 'string' ? value : ''} onChange={(e) => onChange(e.currentTarget.value)} />;
    case 'getal':
    case 'bedrag':
    case 'percentage':
      return <NumberInput {...common} kind={info.kind} unit={info.unit} plain={info.plain} value={typeof value === 'number' ? value : null} onChange={onChange} />;
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
      return <input {...common} type="text" value={typeof value === 'string' ? value : ''} onChange={(e) => onChange(e.currentTarget.value)} />;
  }
}

interface NumberInputProps {
  id: string;
  kind: 'getal' | 'bedrag' | 'percentage';
  unit?: string | undefined;
  /** Without thousands separator (a year). */
  plain?: boolean | undefined;
  value: number | null;
  onChange: (value: number | null) => void;
  disabled?: boolean | undefined;
  'aria-describedby'?: string | undefined;
}

const format = (kind: NumberInputProps['kind'], value: number | null, plain?: boolean) =>
  kind === 'bedrag' ? formatEuro(value) : kind === 'percentage' ? formatPercent(value) : plain ? formatPlainNumber(value) : formatNumber(value);

/**
 * A number typed the Dutch way. While typing, the text stays as typed; a valid number is saved at
 * once; on leaving the field it is shown formatted ("€ 1.250.000,50"). Text that is no number is
 * kept on screen with a message, and the stored value is left as it was.
 */
function NumberInput({ id, kind, unit, plain, value, onChange, disabled, ...rest }: NumberInputProps) {
  const [draft, setDraft] = useState(() => format(kind, value, plain));
  const [focused, setFocused] = useState(false);
  const [invalid, setInvalid] = useState(false);
  useEffect(() => {
    if (!focused) setDraft(format(kind, value, plain));
  }, [value, focused, kind, plain]);
  const errorId = `${id}-fout`;
  const describedBy = [rest['aria-describedby'], invalid ? errorId : null].filter(Boolean).join(' ') || undefined;
  return (
    <span className="number-input">
      <input
        id={id}
        type="text"
        inputMode="decimal"
        autoComplete="off"
        disabled={disabled}
        aria-invalid={invalid || undefined}
        aria-describedby={describedBy}
        value={draft}
        onFocus={() => setFocused(true)}
        onBlur={() => {
          setFocused(false);
          if (!invalid) setDraft(format(kind, value, plain));
        }}
        onChange={(e) => {
          const text = e.currentTarget.value;
          setDraft(text);
          const parsed = parseDutchNumber(text);
          if (parsed === null || !Number.isNaN(parsed)) {
            setInvalid(false);
            onChange(parsed);
          } else {
            setInvalid(true);
          }
        }}
      />
      {unit ? <span className="unit">{unit}</span> : null}
      {invalid ? (
        <span id={errorId} className="field-error" role="alert">
          Dit is geen getal. Typ bijvoorbeeld {kind === 'bedrag' ? '1.250.000,50' : kind === 'percentage' ? '12,5' : '40'}.
        </span>
      ) : null}
    </span>
  );
}
