/**
 * One plan, one document: the title page, the contents, the chapters in the order asked for and
 * the appendices, every layout decision made here. The PDF (src/pdf/render.ts) and the Word
 * document (src/docx/render-docx.ts) draw what this returns. Pure: everything comes in as
 * arguments.
 */
import type { Plan } from '../plan/model/schema';
import { toIsoDate } from '../plan/values/dates';
import { feedbackChapter, openPointsChapter, sourcesChapter, type FeedbackForDocument, type OpenPoint, type SelfCheck } from './appendices';
import { examChapters, stepChapters } from './chapters';
import { documentTitle, formTitlePage, planTitlePage, properties } from './cover';
import type { Context } from './fields';
import { contents } from './messages';
import type { PlanDocument } from './types';

export type { FeedbackForDocument, OpenPoint, SelfCheck } from './appendices';

export interface DocumentOptions {
  /** Leave empty fields out, or show them as "nog niet ingevuld". */
  emptyFields: 'hide' | 'show';
  /**
   * `steps`: a chapter per step, then the open points (the working copy). `exam`: the chapters of
   * the written exam plan (src/plan/exam/exam.ts) and the appendices, without open points (the copy
   * to hand in). Default `steps`.
   */
  order?: 'steps' | 'exam';
  /** The date on the title page (and in the file name). */
  today: Date;
  /**
   * The problems of the workbook checks that fail, as the chapter "Open punten" when given (an
   * empty list says every check passes). Only in the order of the steps.
   */
  openPoints?: readonly OpenPoint[];
  /** The self-checks of the lessons ("zelf nagaan"), listed in the same chapter. */
  selfChecks?: readonly SelfCheck[];
  /** Trainer feedback on the plan, as the appendix "Feedback van je trainer" when given. */
  feedback?: readonly FeedbackForDocument[];
  /**
   * A blank form instead of the plan: every field with its label, hint and room to write (the
   * printable worksheets on the trainers' page), always in the order of the steps. The plan's
   * values, the open points and the feedback are left out.
   */
  form?: boolean;
  /** The exam chapters' writing prompts: what the student writes around the worksheets' content (the Word document). */
  prompts?: boolean;
}

/** The plan as a document, in the order and with the parts the options ask for. */
export function buildDocument(plan: Plan, options: DocumentOptions): PlanDocument {
  const form = !!options.form;
  // The blank form always follows the steps: it is the worksheets on paper.
  const order = options.order === 'exam' && !form ? 'exam' : 'steps';
  const ctx: Context = { plan, showEmpty: options.emptyFields === 'show' && !form, order, today: toIsoDate(options.today) };
  const title = documentTitle(plan, form);
  const chapters =
    order === 'exam'
      ? examChapters(ctx, !!options.prompts)
      : [
          ...stepChapters(ctx, form),
          ...(options.openPoints && !form ? [openPointsChapter(options.openPoints, options.selfChecks ?? [])] : []),
          ...(form ? [] : sourcesChapter(ctx)),
        ];
  if (options.feedback?.length && !form) chapters.push(feedbackChapter(options.feedback));
  return {
    order,
    form,
    title,
    properties: properties(plan, order, form),
    titlePage: form ? formTitlePage() : planTitlePage(plan, title.text, ctx.showEmpty, options.today),
    contents,
    chapters,
  };
}
