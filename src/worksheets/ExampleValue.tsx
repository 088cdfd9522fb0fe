import { useState } from 'react';
import type { Plan, SectionId } from '../plan/model/schema';
import type { FieldInfo } from '../plan/model/fields';
import type { ComponentType } from 'react';
import { exampleFailed, hideExample, showExample } from './messages';

type ContentProps = { plan: Plan; section: SectionId; field: string; info: FieldInfo };

interface Props {
  section: SectionId;
  field: string;
  info: FieldInfo;
}

/** The example plan and the code that shows it, loaded together on the first "Toon voorbeeld". */
let loading: Promise<{ plan: Plan; Content: ComponentType<ContentProps> }> | null = null;
function loadExample() {
  loading ??= Promise.all([import('./example-values').then((m) => m.loadExamplePlan()), import('./ExampleContent')]).then(([plan, m]) => ({
    plan,
    Content: m.ExampleContent,
  }));
  // Offline and not cached: let the next click try again.
  loading.catch(() => {
    loading = null;
  });
  return loading;
}

/** "Toon voorbeeld": the worked case's answer for this field, loaded on first click. */
export function ExampleValue({ section, field, info }: Props) {
  const [example, setExample] = useState<{ plan: Plan; Content: ComponentType<ContentProps> } | null>(null);
  const [open, setOpen] = useState(false);
  const [failed, setFailed] = useState(false);
  const toggle = async () => {
    if (!open && !example) {
      try {
        setExample(await loadExample());
      } catch {
        setFailed(true);
      }
    }
    setOpen(!open);
  };
  const id = `${section}-${field}-voorbeeld`;
  return (
    <div className="example">
      <button type="button" className="example-toggle" aria-expanded={open} aria-controls={id} onClick={toggle}>
        {open ? hideExample : showExample}
      </button>
      <div id={id} hidden={!open} className="example-value">
        {failed ? <p>{exampleFailed}</p> : null}
        {example ? <example.Content plan={example.plan} section={section} field={field} info={info} /> : null}
      </div>
    </div>
  );
}
