import type { SelfCheck } from '../plan/checks';
import { selfChecks } from './messages';

/** The checklist items no program can judge, as a list headed "Zelf nagaan" (nothing when there are none). */
export function SelfChecks({ items }: { items: readonly Pick<SelfCheck, 'id' | 'text'>[] }) {
  if (!items.length) return null;
  return (
    <div className="self-checks">
      <p className="self-checks-title">{selfChecks}</p>
      <ul>
        {items.map((c) => (
          <li key={c.id} data-self-check={c.id}>
            {c.text}
          </li>
        ))}
      </ul>
    </div>
  );
}
