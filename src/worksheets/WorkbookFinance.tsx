import { lazy, Suspense } from 'react';
import { fieldAnchor } from '../plan/model/fields';
import { lessonPath, worksheetPath } from '../plan/model/steps';
import { withBoundary } from './IslandBoundary';
import * as say from './messages/workbook';
import { Part, stepWithId, useWorkbookPlan } from './workbook-part';
import './worksheet.css';

/** The financial figures of step 6 and their chart: loaded when this part comes into view. */
const FinanceOverview = lazy(() => import('./finance-overview').then((m) => ({ default: m.FinanceOverview })));
/** The build-up of the revenue target beside them (its table, sentences and waterfall): loaded with them. */
const BridgeOverview = lazy(() => import('./RevenueBridge').then((m) => ({ default: m.BridgeOverview })));

/** The financial overview: revenue and gross margin per year, with the chart, and the build-up of the revenue target. */
export const WorkbookFinance = withBoundary(function WorkbookFinance() {
  const { ready, plan } = useWorkbookPlan();
  return (
    <Part name="financien" ready={ready}>
      <section aria-labelledby="financien">
        <h2 id="financien">{say.financeTitle}</h2>
        <p>
          {say.financeIntroBefore} <a href={worksheetPath(stepWithId('envision'))}>{say.financeIntroHistory}</a> {say.financeIntroBetween}{' '}
          <a href={`${lessonPath(stepWithId('develop'))}#${fieldAnchor('planYears')}`}>{say.financeIntroPlan}</a>
          {say.financeIntroAfter}
        </p>
        {ready ? (
          <Suspense fallback={<p>{say.overviewLoading}</p>}>
            <div className="derived">
              <FinanceOverview plan={plan} />
            </div>
          </Suspense>
        ) : (
          <p>{say.overviewLoading}</p>
        )}
      </section>
      <section aria-labelledby="omzetopbouw">
        <h3 id="omzetopbouw">{say.bridgeTitle}</h3>
        <p>{say.bridgeIntro}</p>
        {ready ? (
          <Suspense fallback={<p>{say.overviewLoading}</p>}>
            <div className="derived">
              <BridgeOverview plan={plan} />
            </div>
          </Suspense>
        ) : null}
      </section>
    </Part>
  );
});
