import { z } from 'astro/zod';
import { STEP_IDS, STEPS, stepByNumber } from '../plan/model/steps';

/**
 * Frontmatter that a lesson adds to Starlight's own. Every field is optional for ordinary
 * pages (home, trainers, privacy); a page that sets `step` is a lesson and must set them all,
 * consistently with the list of steps, so a wrong lesson file fails the build with a clear message.
 */
export const lessonFrontmatter = z
  .object({
    /** Step number (1 to the number of steps): makes this page the lesson of that step. */
    step: z
      .number()
      .int(`"step" is een heel getal van 1 tot ${STEPS.length}.`)
      .min(1, `"step" is een getal van 1 tot ${STEPS.length}.`)
      .max(STEPS.length, `Er zijn ${STEPS.length} stappen: "step" is een getal van 1 tot ${STEPS.length}.`)
      .optional(),
    /** The step's name exactly as in the method, e.g. "Envision". */
    stepName: z.string().min(1).optional(),
    /** Two to four learning goals, each finishing the sentence "Na deze les kun je …". */
    goals: z
      .array(z.string().min(10, 'Een leerdoel is een hele zin van minstens tien tekens.'))
      .min(2, 'Geef twee tot vier leerdoelen.')
      .max(4, 'Geef twee tot vier leerdoelen.')
      .optional(),
    /** Which worksheet the lesson embeds (the step's id, e.g. "envision"). */
    worksheet: z.enum(STEP_IDS).optional(),
  })
  .superRefine((data, ctx) => {
    if (data.step === undefined) {
      for (const key of ['stepName', 'goals', 'worksheet'] as const) {
        if (data[key] !== undefined) {
          ctx.addIssue({ code: 'custom', path: [key], message: `"${key}" hoort alleen bij een les: zet ook "step".` });
        }
      }
      return;
    }
    const step = stepByNumber(data.step);
    // An out-of-range step is already reported by the field's own check.
    if (!step) return;
    for (const key of ['stepName', 'goals', 'worksheet'] as const) {
      if (data[key] === undefined) {
        ctx.addIssue({ code: 'custom', path: [key], message: `Een les (step: ${data.step}) moet "${key}" hebben.` });
      }
    }
    if (data.stepName !== undefined && data.stepName !== step.name) {
      ctx.addIssue({ code: 'custom', path: ['stepName'], message: `Stap ${step.number} heet "${step.name}", niet "${data.stepName}".` });
    }
    if (data.worksheet !== undefined && data.worksheet !== step.id) {
      ctx.addIssue({ code: 'custom', path: ['worksheet'], message: `Stap ${step.number} hoort bij werkblad "${step.id}", niet "${data.worksheet}".` });
    }
  });

export type LessonFrontmatter = z.infer<typeof lessonFrontmatter>;
