/**
 * The chapters of the two orders: a chapter per step in the groups of its worksheet (the working
 * copy), or the chapters and appendices of the written exam plan (src/plan/exam/exam.ts, the copy
 * to hand in). Every field of the plan is in one of them, or on the title page.
 */
import { appendixTitle, EXAM_APPENDICES, EXAM_CHAPTERS, type ExamPart } from '../plan/exam/exam';
import { stepOfTotal } from '../plan/messages';
import type { AnySectionMeaning } from '../plan/meaning/types';
import type { SectionId } from '../plan/model/schema';
import { STEPS } from '../plan/model/steps';
import { paragraph, type Context } from './fields';
import { formBlocks } from './form';
import { partBlocks } from './layouts';
import * as say from './messages';
import type { Block, Chapter } from './types';
import { isWritten, WORDS, type WrittenSection } from './words';

/** A chapter; its outline (bookmarks, Word's headings) from its number and title. */
export function chapter(fields: Omit<Chapter, 'outline' | 'number' | 'detail' | 'kicker'> & Partial<Pick<Chapter, 'number' | 'detail' | 'kicker'>>): Chapter {
  const number = fields.number ?? '';
  return { number, detail: '', kicker: '', ...fields, outline: number ? `${number}. ${fields.title}` : fields.title };
}

const SUMMARY = ['cover.summary'] as const;

/** Whether blocks show something (a group's divider alone does not). */
const holdsContent = (blocks: Block[]) => blocks.some((b) => b.kind !== 'group');

/** A chapter's blocks, or a muted note that it is still empty. */
const orEmpty = (blocks: Block[], note: string): Block[] => (holdsContent(blocks) ? blocks : [...blocks, paragraph(note, 'muted')]);

/**
 * Fields of a section under a group's title: the title only when the fields show something (a
 * group whose fields are empty can still show what follows from other steps: the build-up of the
 * revenue target).
 */
function grouped(ctx: Context, section: SectionId, title: string | null | undefined, keys?: readonly string[]): Block[] {
  // Only the written plan is printed: never a part of the presentation's section.
  if (!isWritten(section)) return [];
  const blocks = partBlocks(ctx, section, keys);
  return title && holdsContent(blocks) ? [{ kind: 'group', title }, ...blocks] : blocks;
}

/** A step's section in the groups of its worksheet, each titled group under its title. */
function stepBlocks(ctx: Context, section: WrittenSection): Block[] {
  const groups = (WORDS[section] as AnySectionMeaning).groups;
  if (!groups) return partBlocks(ctx, section);
  return groups.flatMap((g) => grouped(ctx, section, g.title, g.fields));
}

/** The management summary as typed; "nog niet ingevuld" when it is empty and empty fields are shown. */
function summaryBlocks(ctx: Context): Block[] {
  const summary = ctx.plan.cover.summary.trim();
  if (summary) return [{ kind: 'paragraph', text: summary, tone: 'body', source: 'typed', fields: SUMMARY }];
  return ctx.showEmpty ? [{ kind: 'paragraph', text: say.notFilled, tone: 'muted', fields: SUMMARY }] : [];
}

/** The summary before the steps: on the form always (to write last), in a plan when it has one or empty fields are shown. */
function summaryChapter(ctx: Context, form: boolean): Chapter[] {
  if (form) return [chapter({ title: say.summaryTitle, kicker: say.writeLast, body: formBlocks('cover', ['summary']) })];
  const summary = ctx.plan.cover.summary.trim();
  if (!summary && !ctx.showEmpty) return [];
  return [chapter({ title: say.summaryTitle, body: summaryBlocks(ctx) })];
}

/** The summary, then a chapter per step (the blank form: the worksheets on paper). */
export function stepChapters(ctx: Context, form: boolean): Chapter[] {
  return [
    ...summaryChapter(ctx, form),
    ...STEPS.map((step) =>
      chapter({
        number: String(step.number),
        title: step.name,
        detail: step.title,
        kicker: stepOfTotal(step.number, STEPS.length),
        body: orEmpty(form ? formBlocks(step.id) : stepBlocks(ctx, step.id), say.stepNotFilled),
      }),
    ),
  ];
}

/** The parts of an exam chapter or appendix: a titled part only when it shows something (or empty fields are shown). */
const partsBlocks = (ctx: Context, parts: readonly ExamPart[]) => parts.flatMap((part) => grouped(ctx, part.section, part.title, part.fields));

/** The chapters of the written exam plan, then the appendices (the DMU, the matrix, the task split, the planning and research, the sources). */
export function examChapters(ctx: Context, prompts: boolean): Chapter[] {
  const empty = (note: string) => (ctx.showEmpty ? say.notFilled : note);
  const chapters = EXAM_CHAPTERS.map((c, i) => {
    const number = String(i + 1);
    // The summary's title is the field's label: the text follows the chapter's heading directly.
    const body = c.id === 'samenvatting' ? summaryBlocks(ctx) : partsBlocks(ctx, c.parts);
    return chapter({
      number,
      title: c.title,
      kicker: say.chapterKicker(number),
      ...(prompts ? { prompt: c.write } : {}),
      count: 'body',
      body: orEmpty(body, empty(say.chapterNotFilled)),
    });
  });
  const appendices = EXAM_APPENDICES.map((a, i) =>
    chapter({
      title: appendixTitle(a),
      ...(i === 0 ? { kicker: say.appendicesKicker } : { runOn: true }),
      count: 'appendix',
      body: orEmpty(partsBlocks(ctx, a.parts), empty(say.appendixNotFilled)),
    }),
  );
  return [...chapters, ...appendices];
}
