import { useStore } from './use-store';
import { useId, useRef, useState } from 'react';
import { isDefaultName, planDisplayName } from '../plan/model/plan';
import { $activeId, $plans, planStore } from '../stores';
import { loadExamplePlan } from './example-values';
import { TextInput } from './fields/TextInput';
import { cancel } from './messages';
import * as say from './messages/workbook';

/** What the last action on the list did, and how to take it back. */
interface Done {
  text: string;
  undo?: { label: string; run: () => string };
  /** A second way on: "Open de kopie". */
  next?: { label: string; run: () => void };
}

/**
 * The reader's plans: rename the active one, open, duplicate or delete one, start a new one. Every
 * action says what it changed, which plan is active after it, and offers to take it back.
 */
export function PlanList({ ready }: { ready: boolean }) {
  const plans = useStore($plans);
  const activeId = useStore($activeId);
  const [confirming, setConfirming] = useState<string | null>(null);
  const [done, setDone] = useState<Done | null>(null);
  const renameId = useId();
  const active = plans.find((p) => p.id === activeId) ?? plans[0];
  /** The name the active plan had when the reader started renaming it. */
  const nameBefore = useRef<{ id: string; name: string } | null>(null);

  /** A new plan the reader can take back: it was made active, so taking it back opens the one before. */
  const added = (made: { id: string; name: string }, before: string | null, text: string) =>
    setDone({
      text,
      undo: {
        label: say.undoNewPlan,
        run: () => {
          planStore.discardPlan(made.id);
          if (before) planStore.switchPlan(before);
          return say.newPlanUndone(made.name);
        },
      },
    });

  return (
    <>
      {ready && active ? (
        <p
          className="rename"
          onFocus={() => (nameBefore.current ??= { id: active.id, name: active.name })}
          onBlur={() => {
            const before = nameBefore.current;
            nameBefore.current = null;
            const plan = planStore.$plans.get().find((p) => p.id === before?.id);
            if (!before || !plan || plan.name === before.name) return;
            setDone({
              text: say.renamed(planDisplayName({ ...plan, name: before.name }), planDisplayName(plan)),
              undo: {
                label: say.undoRename,
                run: () => {
                  planStore.renamePlan(before.name, before.id);
                  return say.renameUndone(planDisplayName({ ...plan, name: before.name }));
                },
              },
            });
          }}
        >
          <label htmlFor={renameId}>{say.renameLabel}</label>
          {/* A name the site gave shows as empty, with the name the plan is called by as placeholder. */}
          <TextInput
            key={active.id}
            id={renameId}
            kind="name"
            value={isDefaultName(active.name) ? '' : active.name}
            placeholder={planDisplayName(active)}
            describedBy={`${renameId}-hint`}
            onChange={(name) => planStore.renamePlan(name)}
          />
          <span className="field-hint" id={`${renameId}-hint`}>
            {say.renameHint}
          </span>
        </p>
      ) : null}
      <ul className="plan-list">
        {ready ? (
          plans.map((p) => {
            const isActive = p.id === active?.id;
            const name = planDisplayName(p);
            return (
              <li key={p.id} className={isActive ? 'active' : ''}>
                <span className="plan-name">
                  {name}
                  {isActive ? <span className="badge">{say.activeBadge}</span> : null}
                </span>
                <span className="plan-actions">
                  {!isActive ? (
                    <button
                      type="button"
                      onClick={() => {
                        planStore.switchPlan(p.id);
                        setDone({ text: say.switched(name) });
                      }}
                      aria-label={say.openPlanLabel(name)}
                    >
                      {say.open}
                    </button>
                  ) : null}
                  <button
                    type="button"
                    onClick={() => {
                      // The copy comes beside the original; the plan the reader works in stays active.
                      const keep = planStore.$activeId.get();
                      const copy = planStore.duplicatePlan(p.id);
                      if (!copy) return;
                      if (keep) planStore.switchPlan(keep);
                      const activeName = planDisplayName(planStore.$activePlan.get() ?? p);
                      setDone({
                        text: say.duplicated(planDisplayName(copy), activeName),
                        next: { label: say.openCopy, run: () => (planStore.switchPlan(copy.id), setDone({ text: say.switched(planDisplayName(copy)) })) },
                        undo: {
                          label: say.undoDuplicate,
                          run: () => {
                            planStore.discardPlan(copy.id);
                            return say.duplicateUndone(planDisplayName(copy));
                          },
                        },
                      });
                    }}
                    aria-label={say.duplicatePlanLabel(name)}
                  >
                    {say.duplicate}
                  </button>
                  {confirming === p.id ? (
                    <>
                      <button
                        type="button"
                        className="danger"
                        onClick={() => {
                          planStore.deletePlan(p.id);
                          setConfirming(null);
                          // The store's notice says it and offers the undo.
                          setDone(null);
                        }}
                      >
                        {say.confirmDelete(name)}
                      </button>
                      <button type="button" onClick={() => setConfirming(null)}>
                        {cancel}
                      </button>
                    </>
                  ) : (
                    <button type="button" onClick={() => setConfirming(p.id)} aria-label={say.deletePlanLabel(name)}>
                      {say.remove}
                    </button>
                  )}
                </span>
              </li>
            );
          })
        ) : (
          <li>{say.plansLoading}</li>
        )}
      </ul>
      <p className="plan-buttons">
        <button
          type="button"
          disabled={!ready}
          onClick={() => {
            const before = planStore.$activeId.get();
            const made = planStore.createNewPlan();
            added(made, before, say.newPlanMade(planDisplayName(made)));
          }}
        >
          {say.newPlan}
        </button>
        <button
          type="button"
          disabled={!ready}
          onClick={async () => {
            const before = planStore.$activeId.get();
            const example = await loadExamplePlan();
            const made = planStore.addPlanCopy(example, say.exampleCopyName(example.cover.account));
            added(made, before, say.newPlanMade(planDisplayName(made)));
          }}
        >
          {say.newFromExample}
        </button>
      </p>
      <p role="status" className="plan-done">
        {done ? (
          <>
            {done.text}{' '}
            {done.next ? (
              <button type="button" onClick={done.next.run}>
                {done.next.label}
              </button>
            ) : null}{' '}
            {done.undo ? (
              <button type="button" onClick={() => setDone({ text: done.undo!.run() })}>
                {done.undo.label}
              </button>
            ) : null}
          </>
        ) : null}
      </p>
    </>
  );
}
