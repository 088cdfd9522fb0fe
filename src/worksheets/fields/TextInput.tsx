import { useId, useLayoutEffect, useRef, useState, type InputHTMLAttributes, type KeyboardEvent } from 'react';
import { textCounter, textProblem, type TextKind } from '../../plan/model/limits';

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
  /**
   * How the text is shown: `line` on one line (names, codes), `wrap` a sentence on as many lines
   * as it needs (no line breaks of its own), `lines` a text of several paragraphs.
   */
  shape?: 'line' | 'wrap' | 'lines';
  describedBy?: string | undefined;
  onKeyDown?: (event: KeyboardEvent) => void;
} & Pick<InputHTMLAttributes<HTMLInputElement>, 'id' | 'disabled' | 'aria-label' | 'placeholder'>;

/**
 * A text field with the limit of its kind. No maxLength: the browser would cut a pasted text
 * without a word. Text over the limit (or refused by the store) stays on screen, is not written,
 * and a message says so until the text fits again.
 *
 * A sentence (`wrap`) is a textarea that grows with its text, so nothing is cut off on a narrow
 * screen; it stays one line of data: Enter adds no line break and a pasted line break becomes a
 * space, as a one-line input would drop it.
 */
export function TextInput({ kind, value, onChange, shape = 'line', describedBy, onKeyDown, ...rest }: Props) {
  const [draft, setDraft] = useState<{ text: string; problem: string } | null>(null);
  const text = draft?.text ?? value;
  const { notes, ...aria } = useFieldNotes(kind, text, draft?.problem ?? null, describedBy);
  const grow = useGrow(shape !== 'line', text);
  const props = {
    ...rest,
    ...aria,
    value: text,
    onChange: (e: { currentTarget: { value: string } }) => {
      const next = shape === 'wrap' ? e.currentTarget.value.replace(/\r?\n/g, ' ') : e.currentTarget.value;
      const problem = textProblem(kind, next) ?? refusal(onChange(next));
      setDraft(problem ? { text: next, problem } : null);
    },
  };
  return (
    <>
      {shape === 'line' ? (
        <input type="text" onKeyDown={onKeyDown} {...props} />
      ) : (
        <textarea
          ref={grow}
          className={`grow grow-${shape}`}
          rows={shape === 'wrap' ? 1 : 5}
          onKeyDown={(e) => {
            onKeyDown?.(e);
            if (shape === 'wrap' && e.key === 'Enter') e.preventDefault();
          }}
          {...props}
        />
      )}
      {notes}
    </>
  );
}

/** Whether the browser sizes a textarea to its text by itself (CSS `field-sizing: content`). */
const sizesItself = () => typeof CSS !== 'undefined' && CSS.supports('field-sizing', 'content');

/**
 * A textarea as tall as its text. Browsers with `field-sizing` do it in CSS (worksheet.css);
 * elsewhere the height follows the text after every change, and the width (a turned phone).
 */
function useGrow(enabled: boolean, text: string) {
  const ref = useRef<HTMLTextAreaElement>(null);
  const fit = (el: HTMLTextAreaElement) => {
    el.style.height = 'auto';
    el.style.height = `${el.scrollHeight + el.offsetHeight - el.clientHeight}px`;
  };
  useLayoutEffect(() => {
    const el = ref.current;
    if (enabled && el && !sizesItself()) fit(el);
  }, [enabled, text]);
  useLayoutEffect(() => {
    const el = ref.current;
    if (!enabled || !el || sizesItself() || typeof ResizeObserver !== 'function') return;
    let width = el.clientWidth;
    const observer = new ResizeObserver(() => {
      if (el.clientWidth === width) return;
      width = el.clientWidth;
      fit(el);
    });
    observer.observe(el);
    return () => observer.disconnect();
  }, [enabled]);
  return ref;
}
