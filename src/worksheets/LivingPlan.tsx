import { useStore } from '@nanostores/react';
import { useEffect, useId, useState } from 'react';
import type { FieldChange } from '../plan/edit/diff';
import type { Plan } from '../plan/model/schema';
import { toIsoDate } from '../plan/values/dates';
import { fileSlug } from '../plan/exchange/file-name';
import { $activePlan, planStore } from '../stores';
import { versionStore } from '../stores/versions-instance';
import { downloadFile } from '../browser/download-file';
import { textProblem } from '../plan/model/limits';
import { useFieldNotes } from './fields/TextInput';
import { copyByHand, copyLink, linkCopied } from './messages/copy-link';
import * as say from './messages/workbook';

/** When a version was saved, in words; a stored time that cannot be read does not stop the list. */
const dateTime = (iso: string) => {
  const date = new Date(iso);
  return Number.isNaN(date.getTime())
    ? say.unknownDate
    : new Intl.DateTimeFormat('nl-NL', { day: 'numeric', month: 'long', year: 'numeric', hour: '2-digit', minute: '2-digit' }).format(date);
};

/** Versions with change notes, the comparison of two versions, and restoring one. */
export function Versions({ ready }: { ready: boolean }) {
  const plan = useStore($activePlan);
  useStore(versionStore.$versions);
  const versions = ready && plan ? versionStore.versionsOf(plan.id) : [];
  const [note, setNote] = useState('');
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  const [from, setFrom] = useState('');
  const [to, setTo] = useState('nu');
  const noteId = useId();
  const noteProblem = textProblem('versionNote', note);
  const { notes: noteNotes, ...noteAria } = useFieldNotes('versionNote', note, noteProblem);
  const fromId = useId();
  const toId = useId();
  // Versions of plans deleted in an earlier visit only take room: clear them once per page.
  useEffect(() => {
    if (ready) versionStore.removeOrphans();
  }, [ready]);
  const pick = (id: string): Plan | null => (id === 'nu' ? plan : (versions.find((v) => v.id === id)?.plan ?? null));
  const before = pick(from || versions[0]?.id || '');
  const after = pick(to);
  // The comparison (and the words of every field it names) loads once there is a version to compare.
  const [diff, setDiff] = useState<typeof import('../plan/edit/diff') | null>(null);
  useEffect(() => {
    if (versions.length && !diff) void import('../plan/edit/diff').then(setDiff);
  }, [versions.length, diff]);
  const changes: FieldChange[] | null = diff && before && after ? diff.diffPlans(before, after) : null;
  return (
    <div className="versions">
      <p>{say.versionsIntro}</p>
      <p className="version-new">
        <label htmlFor={noteId}>{say.noteLabel}</label>
        <input
          id={noteId}
          type="text"
          value={note}
          disabled={!ready}
          placeholder={say.notePlaceholder}
          onChange={(e) => setNote(e.currentTarget.value)}
          {...noteAria}
        />
        {noteNotes}
        <button
          type="button"
          disabled={!ready}
          onClick={() => {
            // A note over the limit stays in the field, with its message; nothing is saved.
            if (noteProblem) return document.getElementById(noteId)?.focus();
            const result = versionStore.saveVersion(note);
            setMessage({ ok: result.ok, text: result.message });
            if (result.ok) setNote('');
          }}
        >
          {say.saveVersion}
        </button>
      </p>
      <p role={message && !message.ok ? 'alert' : 'status'} className="version-message">
        {message?.text ?? ''}
      </p>
      {versions.length ? (
        <>
          <ul className="version-list">
            {versions.map((v) => (
              <li key={v.id}>
                <span>
                  <strong>{v.note}</strong> <span className="version-date">{dateTime(v.createdAt)}</span>
                </span>
                <span className="plan-actions">
                  <button type="button" onClick={() => versionStore.restoreVersion(plan!.id, v.id)} aria-label={say.restoreVersionLabel(v.note)}>
                    {say.restoreVersion}
                  </button>
                  <button type="button" onClick={() => versionStore.deleteVersion(plan!.id, v.id)} aria-label={say.deleteVersionLabel(v.note)}>
                    {say.remove}
                  </button>
                </span>
              </li>
            ))}
          </ul>
          <h4>{say.compareTitle}</h4>
          <p className="compare">
            <label htmlFor={fromId}>{say.from}</label>
            <select id={fromId} value={from || versions[0]!.id} onChange={(e) => setFrom(e.currentTarget.value)}>
              {versions.map((v) => (
                <option key={v.id} value={v.id}>
                  {say.versionOption(v.note, dateTime(v.createdAt))}
                </option>
              ))}
            </select>
            <label htmlFor={toId}>{say.to}</label>
            <select id={toId} value={to} onChange={(e) => setTo(e.currentTarget.value)}>
              <option value="nu">{say.planNow}</option>
              {versions.map((v) => (
                <option key={v.id} value={v.id}>
                  {say.versionOption(v.note, dateTime(v.createdAt))}
                </option>
              ))}
            </select>
          </p>
          <div className="diff" aria-live="polite">
            {changes && changes.length === 0 ? <p>{say.noDifferences}</p> : null}
            {changes && changes.length > 0 ? (
              <>
                <p>
                  {say.fieldsChanged(changes.length)}{' '}
                  <button
                    type="button"
                    onClick={() => {
                      const label = versions.find((v) => v.id === (from || versions[0]!.id))?.note ?? say.previousVersion;
                      planStore.addRow('adapt', 'signals', {
                        date: toIsoDate(new Date()),
                        change: say.sinceVersion(label, changes.map((c) => c.where).join('; ')).slice(0, 500),
                        consequence: '',
                        adjustment: changes.flatMap((c) => c.lines).join('; ').slice(0, 500),
                      });
                      planStore.flush();
                    }}
                  >
                    {say.toLog}
                  </button>
                </p>
                <dl className="changes">
                  {changes.map((c) => (
                    <div key={`${c.section}.${c.key}`}>
                      <dt>{c.where}</dt>
                      {c.lines.map((line, i) => (
                        <dd key={i}>{line}</dd>
                      ))}
                    </div>
                  ))}
                </dl>
              </>
            ) : null}
          </div>
        </>
      ) : ready ? (
        <p className="empty">{say.noVersions}</p>
      ) : null}
    </div>
  );
}

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

/** "Deel met trainer": a link with the plan inside, never sent to a server. */
export function ShareWithTrainer({ ready }: { ready: boolean }) {
  const plan = useStore($activePlan);
  const [link, setLink] = useState<string | null>(null);
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  const linkId = useId();
  return (
    <div className="share">
      <p>{say.shareIntro}</p>
      <button
        type="button"
        disabled={!ready || !plan}
        onClick={async () => {
          planStore.flush();
          const { createShareLink } = await import('../plan/exchange/share');
          const result = await createShareLink(plan!, location.origin);
          if (result.ok) {
            setLink(result.url);
            setMessage({ ok: true, text: say.linkBelow });
          } else {
            setLink(null);
            setMessage({ ok: false, text: result.message });
          }
        }}
      >
        {say.shareButton}
      </button>
      <p role={message && !message.ok ? 'alert' : 'status'}>{message?.text ?? ''}</p>
      {link ? (
        <p className="share-link">
          <label htmlFor={linkId}>{say.shareLinkLabel}</label>
          <input id={linkId} type="text" readOnly value={link} onFocus={(e) => e.currentTarget.select()} />
          <button
            type="button"
            onClick={async () => {
              try {
                await navigator.clipboard.writeText(link);
                setMessage({ ok: true, text: linkCopied });
              } catch {
                setMessage({ ok: true, text: copyByHand });
              }
            }}
          >
            {copyLink}
          </button>
        </p>
      ) : null}
    </div>
  );
}
