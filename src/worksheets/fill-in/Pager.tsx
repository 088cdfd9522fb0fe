import { useRef } from 'react';
import * as say from '../messages/fill-in';
import { useNear } from '../use-near';

export interface PagerLink {
  href: string;
  label: string;
}

/** "Vorige" and "Volgende", with where they lead; `onNear` when the reader comes near them. */
export function Pager({ prev, next, onNear }: { prev: PagerLink | null; next: PagerLink | null; onNear: () => void }) {
  const nav = useRef<HTMLElement>(null);
  useNear(nav, onNear, '600px');
  return (
    <nav ref={nav} className="fill-in-pager" aria-label={say.pagerLabel} onPointerEnter={onNear} onFocus={onNear}>
      {prev ? (
        <a href={prev.href} className="fill-in-prev">
          <span className="fill-in-dir">{say.previous}</span>
          <span className="fill-in-to">{prev.label}</span>
        </a>
      ) : (
        <span />
      )}
      {next ? (
        <a href={next.href} className="fill-in-next">
          <span className="fill-in-dir">{say.next}</span>
          <span className="fill-in-to">{next.label}</span>
        </a>
      ) : null}
    </nav>
  );
}
