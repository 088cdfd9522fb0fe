import { lazy, Suspense } from 'react';
import { fieldAnchor } from '../plan/model/fields';
import { lessonPath, worksheetPath } from '../plan/model/steps';
import { withBoundary } from './IslandBoundary';
import * as say from './messages/workbook';
import { Part, stepWithId, useWorkbookPlan } from './workbook-part';
import './worksheet.css';

/** The financial figures of step 6 and their chart: loaded when this part comes into view. */
const FinanceOverview = lazy(() => import('./derived').then((m) => ({ default: m.FinanceOverview })));

/** The financial overview: revenue and gross margin per year, with the chart, and the budget's totals. */
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
    </Part>
  );
});
