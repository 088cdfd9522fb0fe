import { useStore } from '../use-store';
import { useId } from 'react';
import { $field, planStore } from '../../stores';
import { TextInput } from '../fields/TextInput';

/**
 * The plan's account, asked on the first screen: the plan is called by it ("Accountplan …") in
 * the plan picker of every step, while the cover with the rest of its details comes last.
 */
export function AccountField({ ready, label, hint }: { ready: boolean; label: string; hint: string }) {
  const value = useStore($field('cover', 'account'));
  const id = useId();
  return (
    <p className="fill-in-account field-group">
      <label className="field-label" htmlFor={id}>
        {label}
      </label>
      <span className="field-hint" id={`${id}-hint`}>
        {hint}
      </span>
      <TextInput
        id={id}
        kind="text"
        disabled={!ready}
        value={ready && typeof value === 'string' ? value : ''}
        describedBy={`${id}-hint`}
        onChange={(text) => planStore.setField('cover', 'account', text)}
      />
    </p>
  );
}
