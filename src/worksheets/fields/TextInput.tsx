import { useId, useState, type InputHTMLAttributes, type KeyboardEvent } from 'react';
import { textCounter, textProblem, type TextKind } from '../../plan/limits';

/**
 * The message of a store action that refused a write (`{ ok: false, message }`), or null. An
 * action that returns nothing (or `{ ok: true }`) wrote the value.
 */
export function refusal(result: unknown): string | null {
  const r = result as { ok?: unknown; message?: unknown } | null | undefined;
  return r?.ok === false ? String(r.message) : null;
}

/**
 * The counter near a text limit and a problem message, tied to their input: spread `describedBy`
 * and `invalid` onto the input and render `notes` after it. The counter appears from
 * COUNTER_FROM of the limit; a problem is announced (role="alert").
 */
export function useFieldNotes(kind: TextKind | null, text: string, problem: string | null, describedBy?: string) {
  const id = useId();
  const counter = kind && textCounter(kind, text);
  return {
    'aria-describedby': [describedBy, counter && `${id}t`, problem && `${id}f`].filter(Boolean).join(' ') || undefined,
    'aria-invalid': problem ? true : undefined,
    notes: (
      <>
        {counter ? (
          <span id={`${id}t`} className="field-count">
            {counter}
          </span>
        ) : null}
        {problem ? (
          <span id={`${id}f`} className="field-error" role="alert">
            {problem}
          </span>
        ) : null}
      </>
    ),
  };
}

type Props = {
  kind: TextKind;
  value: string;
  /** Writes the text; may return a store action's `{ ok: false, message }`. */
  onChange: (text: string) => unknown;
  multiline?: boolean;
  describedBy?: string | undefined;
  onKeyDown?: (event: KeyboardEvent) => void;
} & Pick<InputHTMLAttributes<HTMLInputElement>, 'id' | 'disabled' | 'aria-label' | 'placeholder'>;

/**
 * A text field with the limit of its kind. No maxLength: the browser would cut a pasted text
 * without a word. Text over the limit (or refused by the store) stays on screen, is not written,
 * and a message says so until the text fits again.
 */
export function TextInput({ kind, value, onChange, multiline, describedBy, ...rest }: Props) {
  const [draft, setDraft] = useState<{ text: string; problem: string } | null>(null);
  const text = draft?.text ?? value;
  const { notes, ...aria } = useFieldNotes(kind, text, draft?.problem ?? null, describedBy);
  const props = {
    ...rest,
    ...aria,
    value: text,
    onChange: (e: { currentTarget: { value: string } }) => {
      const next = e.currentTarget.value;
      const problem = textProblem(kind, next) ?? refusal(onChange(next));
      setDraft(problem ? { text: next, problem } : null);
    },
  };
  return (
    <>
      {multiline ? <textarea rows={5} {...props} /> : <input type="text" {...props} />}
      {notes}
    </>
  );
}
