import { useStore } from './use-store';
import { Suspense, useEffect, useId, useState } from 'react';
import { textProblem } from '../plan/model/limits';
import { $activePlan } from '../stores';
import { versionStore } from '../stores/versions-instance';
import { useFieldNotes } from './fields/TextInput';
import * as say from './messages/workbook';
import { lazyPart } from './load-part';

/** The comparison of two versions: its code loads once there is a version to compare. */
const VersionCompare = lazyPart(() => import('./VersionCompare').then((m) => m.VersionCompare));

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
  const noteId = useId();
  const noteProblem = textProblem('versionNote', note);
  const { notes: noteNotes, ...noteAria } = useFieldNotes('versionNote', note, noteProblem);
  // Versions of plans deleted in an earlier visit only take room: clear them once per page.
  useEffect(() => {
    if (ready) versionStore.removeOrphans();
  }, [ready]);
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
      {versions.length && plan ? (
        <>
          <ul className="version-list">
            {versions.map((v) => (
              <li key={v.id}>
                <span className="version-note">{v.note}</span>
                <span className="version-date">{dateTime(v.createdAt)}</span>
                <span className="plan-actions">
                  <button type="button" onClick={() => versionStore.restoreVersion(plan.id, v.id)} aria-label={say.restoreVersionLabel(v.note)}>
                    {say.restoreVersion}
                  </button>
                  <button type="button" onClick={() => versionStore.deleteVersion(plan.id, v.id)} aria-label={say.deleteVersionLabel(v.note)}>
                    {say.remove}
                  </button>
                </span>
              </li>
            ))}
          </ul>
          <Suspense fallback={<p>{say.compareLoading}</p>}>
            <VersionCompare plan={plan} versions={versions} when={(v) => dateTime(v.createdAt)} />
          </Suspense>
        </>
      ) : ready ? (
        <p className="empty">{say.noVersions}</p>
      ) : null}
    </div>
  );
}
