import { lazy, Suspense, type ComponentType } from 'react';
import type { SectionId } from '../plan/model/schema';
import { mapWait, timelineWait } from './messages/picture-waits';
import { pictureSlot } from './picture-slot';

/**
 * What a worksheet shows beyond its fields, per section: values that follow from a field, under
 * that field. The words and the grouping of the fields are in src/plan/meaning/; everything else
 * is the generic worksheet. A step without extras has an empty layout.
 */
export interface Layout {
  /** A component under a field, by field key; it is told the field's key. */
  footers?: Readonly<Record<string, ComponentType<{ field: string }>>>;
}

const suspended = (Component: ComponentType) => () => (
  <Suspense>
    <Component />
  </Suspense>
);

// Derived values have a chunk of their own: only steps 2 and 6 load it.
const derived = (name: 'ReviewDates' | 'BudgetTotals' | 'PipelineTotals' | 'PlanYears' | 'QuarterTotals') =>
  suspended(lazy(() => import('./derived').then((m) => ({ default: m[name] }))));
// The build-up of the revenue target has a chunk of its own too: only step 6 shows it.
const RevenueBridge = lazy(() => import('./RevenueBridge'));
// The relationship map stands under the DMU (step 3), the team (step 5) and the relationships (step 8).
const RelationshipMap = pictureSlot(() => import('./RelationshipMap'), mapWait);

export const LAYOUTS: Readonly<Record<SectionId, Layout>> = {
  cover: {},
  envision: {},
  schedule: { footers: { reviewRhythm: derived('ReviewDates') } },
  discover: { footers: { dmu: RelationshipMap } },
  klantplan: {},
  align: { footers: { team: RelationshipMap } },
  develop: {
    footers: {
      budget: derived('BudgetTotals'),
      opportunities: derived('PipelineTotals'),
      planYears: derived('PlanYears'),
      quarters: derived('QuarterTotals'),
      baseGrowthNote: suspended(RevenueBridge),
    },
  },
  adapt: {},
  inspire: { footers: { relationships: RelationshipMap } },
  actie: { footers: { actions: pictureSlot(() => import('./Timeline'), timelineWait) } },
  presentatie: {},
};
