import type { Plan } from '../plan/model/schema';

let cached: Promise<Plan> | null = null;

/** The example plan, loaded on first "Toon voorbeeld" so lesson pages do not carry it. */
export function loadExamplePlan(): Promise<Plan> {
  cached ??= import('../plan/example/example-plan').then((m) => m.examplePlan());
  return cached;
}
