import { withBoundary } from './IslandBoundary';
import { PlanList } from './PlanList';
import { StatusBar } from './StatusBar';
import { useReady } from './use-plan';
import * as say from './messages/workbook';
import './worksheet.css';

/** The workbook's first part: save status, notices and the list of plans. */
export const WorkbookPlans = withBoundary(function WorkbookPlans() {
  const ready = useReady();
  return (
    <div className="worksheet workbook not-content" data-ready={ready ? 'true' : 'false'}>
      <StatusBar ready={ready} />
      <section aria-labelledby="plannen">
        <h2 id="plannen">{say.yourPlans}</h2>
        <PlanList ready={ready} />
      </section>
    </div>
  );
});
