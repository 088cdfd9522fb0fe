import { useStore } from './use-store';
import { useState } from 'react';
import { downloadFile } from '../browser/download-file';
import { fileSlug } from '../plan/exchange/file-name';
import { $activePlan } from '../stores';
import * as say from './messages/workbook';

/** Review dates, milestones and action deadlines as an .ics file for any calendar. */
export function CalendarDownload({ ready }: { ready: boolean }) {
  const plan = useStore($activePlan);
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  return (
    <div className="calendar">
      <p>{say.calendarIntro}</p>
      <button
        type="button"
        disabled={!ready || !plan}
        onClick={async () => {
          try {
            const { planEvents, planToIcs } = await import('../plan/exchange/ics');
            const skipped: string[] = [];
            const count = planEvents(plan!, skipped).length;
            const left = skipped.length ? say.datesLeftOut(skipped.join('; ')) : '';
            if (!count) {
              setMessage({ ok: !left, text: left ? say.noUsableDate(left) : say.noDates });
              return;
            }
            const name = `accountplan-${fileSlug(plan!.cover.account || plan!.name)}-agenda.ics`;
            downloadFile(name, planToIcs(plan!), 'text/calendar;charset=utf-8');
            setMessage({ ok: !left, text: say.calendarSaved(name, count, left) });
          } catch {
            setMessage({ ok: false, text: say.calendarFailed });
          }
        }}
      >
        {say.downloadCalendar}
      </button>
      <p role={message && !message.ok ? 'alert' : 'status'}>{message?.text ?? ''}</p>
    </div>
  );
}
