import { lazy, Suspense, type ComponentType } from 'react';
import type { SectionId } from '../plan/model/schema';
import { pictureSlot } from './picture-slot';

/**
 * What a worksheet shows beyond its fields, per section: values that follow from a field, under
 * that field. The words and the grouping of the fields are in src/plan/meaning/; everything else
 * is the generic worksheet. A step without extras has an empty layout.
 */
export interface Layout {
  /** A component under a field, by field key. */
  footers?: Readonly<Record<string, ComponentType>>;
}

// Derived values have a chunk of their own: only steps 2 and 6 load it.
const derived = () => import('./derived');
const ReviewDates = lazy(() => derived().then((m) => ({ default: m.ReviewDates })));
const BudgetTotals = lazy(() => derived().then((m) => ({ default: m.BudgetTotals })));
const PipelineTotals = lazy(() => derived().then((m) => ({ default: m.PipelineTotals })));
const PlanYears = lazy(() => derived().then((m) => ({ default: m.PlanYears })));
const QuarterTotals = lazy(() => derived().then((m) => ({ default: m.QuarterTotals })));
// The build-up of the revenue target has a chunk of its own too: only step 6 shows it.
const RevenueBridge = lazy(() => import('./RevenueBridge'));

const suspended = (Component: ComponentType) => () => (
  <Suspense>
    <Component />
  </Suspense>
);

export const LAYOUTS: Readonly<Record<SectionId, Layout>> = {
  cover: {},
  envision: {},
  schedule: { footers: { reviewRhythm: suspended(ReviewDates) } },
  discover: { footers: { dmu: pictureSlot(() => import('./RelationshipMap')) } },
  klantplan: {},
  align: {},
  develop: {
    footers: {
      budget: suspended(BudgetTotals),
      opportunities: suspended(PipelineTotals),
      planYears: suspended(PlanYears),
      quarters: suspended(QuarterTotals),
      baseGrowthNote: suspended(RevenueBridge),
    },
  },
  adapt: {},
  inspire: {},
  actie: { footers: { actions: pictureSlot(() => import('./Timeline')) } },
  presentatie: {},
};
