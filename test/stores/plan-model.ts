import { expect } from 'vitest';
import {
  insertRow,
  moveRowIn,
  newRow,
  removeRowFrom,
  restoreRow,
  rowsOf,
  setFieldValue,
  setMatrixScore,
  updateRowCell,
  type Edit,
  type Row,
} from '../../src/plan/edit/edits';
import { planCompleteness } from '../../src/plan/checks/completeness';
import { textProblem } from '../../src/plan/model/limits';
import { isDefaultName } from '../../src/plan/model/plan';
import { SECTION_IDS, type Plan, type SectionId } from '../../src/plan/model/schema';
import type { PlanStore } from '../../src/stores/plan-store';

/**
 * A plain model of the reader's plans, beside the store: the same actions, done purely with the
 * edits of src/plan/edit/edits.ts on a list in memory, with no storage, no merging, no notices.
 * After every action the store must show exactly the model's plans, in the model's order, with
 * the model's active plan; an action the store refuses must leave the model's plan as it was.
 */
export class PlanModel {
  plans: Plan[];
  activeId: string;
  private removed: Array<{ planId: string; section: SectionId; key: string; row: Row; index: number }> = [];
  private lastDeleted: { plan: Plan; position: number } | null = null;

  constructor(store: PlanStore) {
    this.plans = structuredClone(store.$plans.get());
    this.activeId = store.$activePlan.get()!.id;
  }

  get active(): Plan {
    return this.plans.find((p) => p.id === this.activeId) ?? this.plans[0]!;
  }

  private replace(plan: Plan): void {
    this.plans = this.plans.map((p) => (p.id === plan.id ? plan : p));
  }

  /** An edit of the active plan and the store's answer to it: both agree, and a refusal changes nothing. */
  edit(edit: Edit, answer: { ok: boolean }): void {
    expect(answer.ok, 'the store answers as the model does').toBe(edit.ok);
    if (edit.ok) this.replace(edit.plan);
  }

  setField(section: SectionId, key: string, value: unknown, answer: { ok: boolean }): void {
    this.edit(setFieldValue(this.active, section, key, value), answer);
  }

  addRow(section: SectionId, key: string, id: string): void {
    this.replace(insertRow(this.active, section, key, newRow(section, key, {}, id)));
  }

  updateRow(section: SectionId, key: string, rowId: string, column: string, value: unknown, answer: { ok: boolean }): void {
    this.edit(updateRowCell(this.active, section, key, rowId, column, value), answer);
  }

  removeRow(section: SectionId, key: string, rowId: string): void {
    const { plan, removed } = removeRowFrom(this.active, section, key, rowId);
    if (!removed) return;
    this.replace(plan);
    this.removed.push({ planId: plan.id, section, key, ...removed });
    if (this.removed.length > 20) this.removed.shift();
  }

  undoRemove(answer: boolean): void {
    const last = this.removed.pop();
    const plan = last && this.plans.find((p) => p.id === last.planId);
    expect(answer, 'undoRemove answers whether a row came back').toBe(!!plan);
    if (!last || !plan) return;
    const index = Math.min(last.index, rowsOf(plan, last.section, last.key).length);
    this.replace(restoreRow(plan, last.section, last.key, last.row, index));
  }

  moveRow(section: SectionId, key: string, rowId: string, delta: -1 | 1): void {
    this.replace(moveRowIn(this.active, section, key, rowId, delta));
  }

  matrix(rowId: string, colId: string, score: Parameters<typeof setMatrixScore>[3], answer: { ok: boolean }): void {
    this.edit(setMatrixScore(this.active, rowId, colId, score), answer);
  }

  rename(name: string, answer: { ok: boolean }): void {
    const ok = textProblem('name', name) === null;
    expect(answer.ok, 'renamePlan answers as the limits say').toBe(ok);
    if (ok) this.replace({ ...this.active, name });
  }

  /**
   * Plans the store added (a copy, the example, a restored version, an import): each must hold
   * the sections of `source` (when given), and becomes part of the model.
   */
  adopt(store: PlanStore, source: Plan | null, activate: boolean): void {
    const known = new Set(this.plans.map((p) => p.id));
    const added = store.$plans.get().filter((p) => !known.has(p.id));
    expect(added.length, 'the store added a plan').toBeGreaterThan(0);
    for (const plan of added) {
      if (source) for (const section of SECTION_IDS) expect(plan[section], `section ${section} of the copy`).toEqual(source[section]);
      this.plans.push(structuredClone(plan));
    }
    if (activate) this.activeId = added.at(-1)!.id;
  }

  /**
   * An import into a browser that holds only the plan the site made for it, untouched (its
   * default name, nothing filled in), takes that plan's place instead of standing beside it.
   */
  importReplacesUntouched(): void {
    const [only] = this.plans;
    if (this.plans.length === 1 && only && isDefaultName(only.name) && planCompleteness(only).filled === 0) this.plans = [];
  }

  delete(store: PlanStore): void {
    const position = this.plans.findIndex((p) => p.id === this.activeId);
    const plan = this.plans[position]!;
    this.lastDeleted = { plan, position };
    this.plans = this.plans.filter((p) => p.id !== plan.id);
    // There is always a plan to type in: the store makes a fresh one.
    if (this.plans.length === 0) this.adopt(store, null, false);
    this.activeId = this.plans[0]!.id;
  }

  undoDelete(): void {
    if (!this.lastDeleted) return;
    const { plan, position } = this.lastDeleted;
    this.lastDeleted = null;
    this.plans.splice(Math.min(position, this.plans.length), 0, plan);
    this.activeId = plan.id;
  }

  switchTo(planId: string): void {
    if (this.plans.some((p) => p.id === planId)) this.activeId = planId;
  }

  /** The store shows the model's plans, in order, with the same active plan (updatedAt is the store's clock). */
  expectSame(store: PlanStore): void {
    const strip = (p: Plan) => ({ ...p, updatedAt: '' });
    expect(store.$plans.get().map(strip), 'the store holds the model plans').toEqual(this.plans.map(strip));
    expect(store.$activePlan.get()!.id, 'the active plan').toBe(this.active.id);
  }
}
