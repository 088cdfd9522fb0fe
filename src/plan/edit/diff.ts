import { diffWordsWithSpace } from 'diff/lib/diff/word.js';
import { displayValue } from '../values/display';
import { sectionFields } from '../model/field-entries';
import { SECTION_NAMES } from '../model/field-path';
import { added, addedWords, cellsRescored, emptyValue, removed, removedWords, reordered, row as rowWord, skipped } from './messages/diff';
import { planNameField } from '../model/messages/field-path';
import { columnEntries } from '../model/fields';
import { meaningOf } from '../meaning';
import { SECTION_IDS, type Plan, type SectionId } from '../model/schema';
import { ellipsize } from '../values/text';

/** One difference between two versions of a plan, in words a reader understands. */
export interface FieldChange {
  section: SectionId;
  key: string;
  /** Where: "Stap 6 (Develop) › SMART-doelen". */
  where: string;
  /** What changed, one line per change: "Doel 2 "Marge": Streefwaarde: 32% → 35%". */
  lines: string[];
  /**
   * For each line, when it is a change within a text: where (the line up to the text) and the
   * change word by word, with a few words of context around it; null for any other line.
   */
  words: Array<{ where: string; parts: DiffPart[] } | null>;
}

/** A piece of a changed text: text that stayed (shortened to the words around a change), or words removed or added. */
export interface DiffPart {
  kind: 'same' | 'removed' | 'added';
  text: string;
}

/** How many words stay on each side of a change. */
const CONTEXT_WORDS = 6;
/** Beyond this many edits the texts count as rewritten: old and new are shown whole (and the comparison stays fast). */
const MAX_EDITS = 400;

/** The first and the last words of a text that stayed (with the space before or after them that joins them to a change). */
const HEAD = new RegExp(`^\\s*(?:\\S+\\s+){0,${CONTEXT_WORDS - 1}}\\S+`);
const TAIL = new RegExp(`\\S+(?:\\s+\\S+){0,${CONTEXT_WORDS - 1}}\\s*$`);

/** Text that stayed, shortened to the words next to a change before it (`after`) and after it (`before`). */
function context(text: string, afterChange: boolean, beforeChange: boolean): string {
  const words = text.match(/\S+/g)?.length ?? 0;
  if (words <= CONTEXT_WORDS * (afterChange && beforeChange ? 2 : 1)) return text;
  const head = afterChange ? (HEAD.exec(text)?.[0] ?? '') : '';
  const tail = beforeChange ? (TAIL.exec(text)?.[0] ?? '') : '';
  return [head, skipped, tail].filter(Boolean).join(' ');
}

/**
 * The change from one text to another, word by word: what was removed and added, with a few
 * words of context around each change and "…" for the text in between that stayed the same.
 */
export function wordChanges(before: string, after: string): DiffPart[] {
  const changes = diffWordsWithSpace(before, after, { maxEditLength: MAX_EDITS }) ?? [
    { value: before, removed: true, added: false },
    { value: after, added: true, removed: false },
  ];
  return changes
    .filter((c) => c.value !== '')
    .map((c, i, all): DiffPart => {
      if (c.added) return { kind: 'added', text: c.value };
      if (c.removed) return { kind: 'removed', text: c.value };
      return { kind: 'same', text: context(c.value, i > 0, i < all.length - 1) };
    });
}

/** A word change as one line of text (the log of step 7 takes it): "… en dan [weg: oud] [erbij: nieuw] verder …". */
export function wordChangeText(parts: readonly DiffPart[]): string {
  return parts
    .map((p) => {
      if (p.kind === 'same') return p.text;
      const [, before = '', words = '', after = ''] = /^(\s*)([\s\S]*?)(\s*)$/.exec(p.text) ?? [];
      return `${before}${p.kind === 'removed' ? removedWords(words) : addedWords(words)}${after}`;
    })
    .join('');
}

const show = (text: string) => (text.trim() ? `"${ellipsize(text, 120)}"` : emptyValue);

/** The kinds whose change is shown word by word. */
const WORDED = new Set(['text', 'longText']);
/** Shorter texts are shown whole, old → new: that reads best. */
const SHOWN_WHOLE = 60;

type Row = { id: string } & Record<string, unknown>;

/** Field by field, what changed from `before` to `after` (two versions of one plan). */
export function diffPlans(before: Plan, after: Plan): FieldChange[] {
  const changes: FieldChange[] = [];
  if (before.name !== after.name)
    changes.push({ section: 'cover', key: 'name', where: planNameField, lines: [`${show(before.name)} → ${show(after.name)}`], words: [null] });
  for (const section of SECTION_IDS) {
    for (const { key, info, def } of sectionFields(section)) {
      const a = (before[section] as Record<string, unknown>)[key];
      const b = (after[section] as Record<string, unknown>)[key];
      if (JSON.stringify(a) === JSON.stringify(b)) continue;
      const lines: string[] = [];
      const words: FieldChange['words'] = [];
      const line = (text: string) => {
        lines.push(text);
        words.push(null);
      };
      /** A text that changed: word by word when there was text before and after, else old → new. */
      const textChange = (where: string, x: string, y: string, worded: boolean) => {
        if (!worded || !x.trim() || !y.trim() || Math.max(x.length, y.length) <= SHOWN_WHOLE) return line(`${where}${show(x)} → ${show(y)}`);
        const parts = wordChanges(x, y);
        lines.push(`${where}${wordChangeText(parts)}`);
        words.push({ where, parts });
      };
      if (info.kind === 'list') {
        const oldItems = new Map((a as Row[]).map((i) => [i.id, String(i['text'] ?? '')]));
        const newItems = new Map((b as Row[]).map((i) => [i.id, String(i['text'] ?? '')]));
        for (const [id, text] of newItems) {
          if (!oldItems.has(id)) line(added(show(text)));
          else if (oldItems.get(id) !== text) textChange('', oldItems.get(id)!, text, true);
        }
        for (const [id, text] of oldItems) if (!newItems.has(id)) line(removed(show(text)));
        if (!lines.length) line(reordered);
      } else if (info.kind === 'table') {
        const columns = columnEntries(def, meaningOf(section).fields[key]!);
        const first = columns[0]!;
        const name = (plan: Plan, row: Row, index: number) => {
          const title = displayValue(plan, first.info, row[first.key]);
          return `${info.item ?? rowWord} ${index + 1}${title ? ` ${show(title)}` : ''}`;
        };
        const oldRows = a as Row[];
        const newRows = b as Row[];
        newRows.forEach((row, i) => {
          const old = oldRows.find((r) => r.id === row.id);
          if (!old) {
            line(added(name(after, row, i)));
            return;
          }
          for (const c of columns) {
            const x = displayValue(before, c.info, old[c.key]);
            const y = displayValue(after, c.info, row[c.key]);
            if (x !== y) textChange(`${name(after, row, i)} › ${c.info.label}: `, x, y, WORDED.has(c.info.kind));
          }
        });
        oldRows.forEach((row, i) => {
          if (!newRows.some((r) => r.id === row.id)) line(removed(name(before, row, i)));
        });
        if (!lines.length) line(reordered);
      } else if (info.kind === 'matrix') {
        const oldCells = a as Record<string, string>;
        const newCells = b as Record<string, string>;
        const keys = new Set([...Object.keys(oldCells), ...Object.keys(newCells)]);
        const changed = [...keys].filter((k) => oldCells[k] !== newCells[k]).length;
        line(cellsRescored(changed));
      } else {
        textChange('', displayValue(before, info, a), displayValue(after, info, b), WORDED.has(info.kind));
      }
      changes.push({ section, key, where: `${SECTION_NAMES[section]} › ${info.label}`, lines, words });
    }
  }
  return changes;
}
