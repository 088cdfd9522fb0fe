import { CalendarDownload } from './CalendarDownload';
import { IslandBoundary, withBoundary } from './IslandBoundary';
import * as say from './messages/workbook';
import { ShareWithTrainer } from './ShareWithTrainer';
import { useReady } from './use-plan';
import { Versions } from './Versions';
import { Part } from './workbook-part';
import './worksheet.css';

/** Versions, the calendar and sharing with a trainer. */
export const WorkbookLiving = withBoundary(function WorkbookLiving() {
  const ready = useReady();
  return (
    <Part name="levend-plan" ready={ready}>
      {/* Each with a boundary of its own: a version that cannot be shown leaves agenda and sharing working. */}
      <section aria-labelledby="versies">
        <h2 id="versies">{say.versionsTitle}</h2>
        <IslandBoundary>
          <Versions ready={ready} />
        </IslandBoundary>
      </section>

      <section aria-labelledby="agenda">
        <h2 id="agenda">{say.calendarTitle}</h2>
        <IslandBoundary>
          <CalendarDownload ready={ready} />
        </IslandBoundary>
      </section>

      <section aria-labelledby="delen">
        <h2 id="delen">{say.shareTitle}</h2>
        <IslandBoundary>
          <ShareWithTrainer ready={ready} />
        </IslandBoundary>
      </section>
    </Part>
  );
});
