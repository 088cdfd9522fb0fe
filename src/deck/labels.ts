import { fieldLabels, MEANING } from '../plan/meaning';
import { MATRIX_QUADRANTS } from '../plan/method/swot';
import type { DeckLabels } from './context';

/**
 * The field words a presentation and the interview need, made at build time in the pages and
 * passed to the islands as a prop, so the browser does not load the words of every section. Only
 * the pages (and tests) import this module.
 */

const short = (label: string) => label.replace(/\s*\(.*\)\s*$/, '');

export function deckLabels(): DeckLabels {
  const options: DeckLabels['options'] = {};
  const add = (section: string, key: string, labels: Readonly<Record<string, string | undefined>> | undefined) => {
    if (!labels) return;
    options[`${section}.${key}`] = Object.fromEntries(Object.entries(labels).flatMap(([code, label]) => (label ? [[code, short(label)]] : [])));
  };
  add('develop', 'growthDirection', MEANING.develop.fields.growthDirection.options);
  add('envision', 'classification', MEANING.envision.fields.classification.options);
  add('discover', 'buyClass', MEANING.discover.fields.buyClass.options);
  const quadrants = Object.fromEntries(MATRIX_QUADRANTS.map((q) => [`${q.row}:${q.column}`, q.name]));
  return { fields: fieldLabels(), options, quadrants };
}
