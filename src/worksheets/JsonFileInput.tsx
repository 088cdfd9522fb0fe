import { useId } from 'react';

/** What reading a file (or another action beside it) said: shown as a status, or as an alert when it failed. */
export type ActionResult = { ok: boolean; message: string } | null;

/**
 * A labelled file input for a JSON file (a backup, a trainer's feedback). Hands the chosen file to
 * `onFile` and empties itself, so choosing the same file again reads it again.
 */
export function JsonFileInput({ label, hint, disabled, onFile }: { label: string; hint?: string; disabled: boolean; onFile: (file: File) => Promise<void> }) {
  const id = useId();
  return (
    <p className="import">
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        type="file"
        accept=".json,application/json"
        disabled={disabled}
        onChange={async (e) => {
          const input = e.currentTarget;
          const file = input.files?.[0];
          input.value = '';
          if (file) await onFile(file);
        }}
      />
      {hint ? <span className="field-hint">{hint}</span> : null}
    </p>
  );
}

/** The line under such an input: read out when it changes, as an alert when something went wrong. */
export function ResultLine({ result }: { result: ActionResult }) {
  const failed = !!result && !result.ok;
  return (
    <p role={failed ? 'alert' : 'status'} className={`import-result${failed ? ' problem' : ''}`}>
      {result?.message ?? ''}
    </p>
  );
}
