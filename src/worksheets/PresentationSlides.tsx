import { useDeferredValue, useMemo } from 'react';
import { buildDeck } from '../deck/build';
import type { DeckLabels } from '../deck/context';
import { layoutDeck } from '../deck/layout';
import type { Plan } from '../plan/model/schema';
import { SlideEditor } from './PresentationEditor';
import { slideCount } from './messages/presentation-slides';

/**
 * The slides of /presentatie/, each as it will look with its title and notes to rewrite. Loaded
 * when the list comes into view. The fields show the plan as it is; the slides follow a moment
 * later (building them takes a few milliseconds), so typing is never held up.
 */
export default function PresentationSlides({ plan, labels }: { plan: Plan; labels: DeckLabels }) {
  const later = useDeferredValue(plan);
  const deck = useMemo(() => buildDeck(later, labels), [later, labels]);
  const laid = useMemo(() => layoutDeck(deck), [deck]);
  const index = new Map(deck.shown.map((s, i) => [s.id, i]));
  const p = plan.presentatie;
  return (
    <ol className="deck-list" aria-label={slideCount(deck.shown.length, deck.slides.length)}>
      {deck.slides.map((slide) => {
        const i = index.get(slide.id);
        const own = p.slides.find((row) => row.id === slide.id) ?? null;
        return (
          <SlideEditor
            key={slide.id}
            slide={slide}
            own={own}
            laid={i === undefined ? null : laid[i]!}
            number={i === undefined ? null : i + 1}
            total={deck.shown.length}
            forCustomer={p.forCustomer}
          />
        );
      })}
    </ol>
  );
}
