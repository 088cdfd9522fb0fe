import { useEffect, useId, useState } from 'react';
import type { DiffPart, FieldChange } from '../plan/edit/diff';
import type { Plan } from '../plan/model/schema';
import { toIsoDate } from '../plan/values/dates';
import { ellipsize } from '../plan/values/text';
import { planStore } from '../stores';
import type { Version } from '../stores/version-list';
import * as say from './messages/version-compare';

const NOW = 'nu';
type Diff = typeof import('../plan/edit/diff');

/**
 * What to compare when the reader has not chosen: the newest version that differs from the plan
 * now, against the plan now; when the plan is just as the newest version (a version just saved),
 * the version before it against the newest, so the comparison shows the last step taken.
 */
function defaultPair(diff: Diff, plan: Plan, versions: readonly Version[]): { from: string; to: string } {
  const changed = versions.find((v) => diff.diffPlans(v.plan, plan).length > 0);
  if (changed && changed === versions[0]) return { from: changed.id, to: NOW };
  if (versions.length >= 2) return { from: versions[1]!.id, to: versions[0]!.id };
  return { from: (changed ?? versions[0])!.id, to: NOW };
}

/** A change within a text: the words removed struck through, the words added marked, with context. */
function Words({ parts }: { parts: readonly DiffPart[] }) {
  return (
    <>
      {parts.map((p, i) =>
        p.kind === 'same' ? (
          <span key={i}>{p.text}</span>
        ) : p.kind === 'removed' ? (
          <del key={i}>
            <span className="sr-only">{say.removedWordsStart}</span>
            {p.text}
            <span className="sr-only">{say.changedWordsEnd}</span>
          </del>
        ) : (
          <ins key={i}>
            <span className="sr-only">{say.addedWordsStart}</span>
            {p.text}
            <span className="sr-only">{say.changedWordsEnd}</span>
          </ins>
        ),
      )}
    </>
  );
}

/** The comparison of two versions (or a version and the plan now), field by field and word by word. */
export function VersionCompare({ plan, versions, when }: { plan: Plan; versions: readonly Version[]; when: (version: Version) => string }) {
  const [chosen, setChosen] = useState<{ from: string; to: string } | null>(null);
  const fromId = useId();
  const toId = useId();
  // The comparison (and the words of every field it names) loads once there is a version to compare.
  const [diff, setDiff] = useState<Diff | null>(null);
  useEffect(() => {
    if (!diff) void import('../plan/edit/diff').then(setDiff);
  }, [diff]);
  const pair = chosen ?? (diff ? defaultPair(diff, plan, versions) : { from: versions[0]!.id, to: NOW });
  const pick = (id: string): Plan | null => (id === NOW ? plan : (versions.find((v) => v.id === id)?.plan ?? null));
  const before = pick(pair.from);
  const after = pick(pair.to);
  const changes: FieldChange[] | null = diff && before && after ? diff.diffPlans(before, after) : null;
  const noteOf = (id: string) => (id === NOW ? say.planNow : (versions.find((v) => v.id === id)?.note ?? say.previousVersion));
  const option = (v: Version) => (
    <option key={v.id} value={v.id}>
      {say.versionOption(ellipsize(v.note, 40), when(v))}
    </option>
  );
  return (
    <>
      <h4>{say.compareTitle}</h4>
      <p className="compare">
        <span className="compare-pick">
          <label htmlFor={fromId}>{say.from}</label>
          <select id={fromId} value={pair.from} onChange={(e) => setChosen({ ...pair, from: e.currentTarget.value })}>
            {versions.map(option)}
          </select>
        </span>
        <span className="compare-pick">
          <label htmlFor={toId}>{say.to}</label>
          <select id={toId} value={pair.to} onChange={(e) => setChosen({ ...pair, to: e.currentTarget.value })}>
            <option value={NOW}>{say.planNow}</option>
            {versions.map(option)}
          </select>
        </span>
      </p>
      <div className="diff" aria-live="polite">
        {changes && changes.length === 0 ? <p>{say.noDifferences(noteOf(pair.from), noteOf(pair.to))}</p> : null}
        {changes && changes.length > 0 ? (
          <>
            <p>
              {say.fieldsChanged(changes.length)}{' '}
              <button
                type="button"
                onClick={() => {
                  planStore.addRow('adapt', 'signals', {
                    date: toIsoDate(new Date()),
                    change: ellipsize(say.sinceVersion(noteOf(pair.from), changes.map((c) => c.where).join('; ')), 500),
                    consequence: '',
                    adjustment: ellipsize(changes.flatMap((c) => c.lines).join('; '), 500),
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
                  {c.lines.map((line, i) => {
                    const words = c.words[i];
                    return (
                      <dd key={i}>
                        {words ? (
                          <>
                            {words.where}
                            <Words parts={words.parts} />
                          </>
                        ) : (
                          line
                        )}
                      </dd>
                    );
                  })}
                </div>
              ))}
            </dl>
          </>
        ) : null}
      </div>
    </>
  );
}
