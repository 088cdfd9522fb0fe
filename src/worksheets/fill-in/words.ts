import type { AnySectionMeaning } from '../../plan/meaning/types';
import type { SectionId } from '../../plan/model/schema';
import { cachedLoad } from '../load-part';

/**
 * The words of one section, loaded when its screen comes up: a page with nine worksheets loads
 * the words of the step on screen (and the next), not all nine. Each module is a chunk of its own.
 * A load that fails (offline) is not kept: the retry loads again.
 */
const WORDS: Record<SectionId, () => Promise<AnySectionMeaning>> = {
  cover: cachedLoad(() => import('../../plan/meaning/cover').then((m) => m.coverMeaning)),
  envision: cachedLoad(() => import('../../plan/meaning/envision').then((m) => m.envisionMeaning)),
  schedule: cachedLoad(() => import('../../plan/meaning/schedule').then((m) => m.scheduleMeaning)),
  discover: cachedLoad(() => import('../../plan/meaning/discover').then((m) => m.discoverMeaning)),
  klantplan: cachedLoad(() => import('../../plan/meaning/klantplan').then((m) => m.klantplanMeaning)),
  align: cachedLoad(() => import('../../plan/meaning/align').then((m) => m.alignMeaning)),
  develop: cachedLoad(() => import('../../plan/meaning/develop').then((m) => m.developMeaning)),
  adapt: cachedLoad(() => import('../../plan/meaning/adapt').then((m) => m.adaptMeaning)),
  inspire: cachedLoad(() => import('../../plan/meaning/inspire').then((m) => m.inspireMeaning)),
  actie: cachedLoad(() => import('../../plan/meaning/actie').then((m) => m.actieMeaning)),
  presentatie: cachedLoad(() => import('../../plan/meaning/presentatie').then((m) => m.presentatieMeaning)),
};

export const loadWords = (section: SectionId) => WORDS[section]();
