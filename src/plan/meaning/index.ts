import type { SectionId } from '../model/schema';
import { actieMeaning } from './actie';
import { adaptMeaning } from './adapt';
import { alignMeaning } from './align';
import { coverMeaning } from './cover';
import { developMeaning } from './develop';
import { discoverMeaning } from './discover';
import { envisionMeaning } from './envision';
import { inspireMeaning } from './inspire';
import { klantplanMeaning } from './klantplan';
import { presentatieMeaning } from './presentatie';
import { scheduleMeaning } from './schedule';
import type { AnySectionMeaning, SectionMeaning } from './types';

/**
 * The words of every section, for code that shows the whole plan (PDF, plan view, workbook, diff).
 * A worksheet needs only its own section: it gets that module alone (see Werkblad.astro), so a
 * lesson page never carries the words of the other eight steps.
 */
export const MEANING: { readonly [S in SectionId]: SectionMeaning<S> } = {
  cover: coverMeaning,
  envision: envisionMeaning,
  schedule: scheduleMeaning,
  discover: discoverMeaning,
  klantplan: klantplanMeaning,
  align: alignMeaning,
  develop: developMeaning,
  adapt: adaptMeaning,
  inspire: inspireMeaning,
  actie: actieMeaning,
  presentatie: presentatieMeaning,
};

export const meaningOf = (section: SectionId): AnySectionMeaning => MEANING[section] as AnySectionMeaning;

export type { AnySectionMeaning, FieldGroup, FieldMeaning, SectionMeaning } from './types';

/** The label of every field, by section: for parts that name fields of every step (the workbook's progress). */
export function fieldLabels(): Record<SectionId, Record<string, string>> {
  return Object.fromEntries(
    Object.entries(MEANING).map(([section, meaning]) => [
      section,
      Object.fromEntries(Object.entries(meaning.fields).map(([key, field]) => [key, field.label])),
    ]),
  ) as Record<SectionId, Record<string, string>>;
}
