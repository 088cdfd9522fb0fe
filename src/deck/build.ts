import { LIMITS } from '../plan/model/limits';
import type { Plan } from '../plan/model/schema';
import { toIsoDate } from '../plan/values/dates';
import { ellipsizeToFit } from '../plan/values/text';
import { cleanText, oneLine } from './clean';
import { accountName, missingField, type DeckLabels } from './context';
import { fillInFirst } from './messages/deck';
import { slideNames } from './messages/slides';
import { DEFAULT_MINUTES, INTERNAL_SLIDES, shownSlideIds, SLIDE_IDS, type Deck, type Slide, type SlideId } from './model';
import { bridgeSlide } from './slides-bridge';
import { actionsSlide, askSlide, figuresSlide, questionsSlide, risksSlide } from './slides-plan';
import { analysisSlide, customerSlide, strategySlide, titleSlide, type Draft, type DraftContext } from './slides-story';

/**
 * A plan as a presentation: the slides of model.ts in their order, each built from the plan
 * (slides-story.ts, slides-plan.ts), with what the student changed (`presentatie.slides`: an own
 * title, own notes, switched off) and, for the customer, without the internal slides.
 */

export { DEFAULT_MINUTES } from './model';

const BUILDERS: Record<SlideId, (context: DraftContext) => Draft> = {
  titel: titleSlide,
  klant: customerSlide,
  analyse: analysisSlide,
  strategie: strategySlide,
  acties: actionsSlide,
  cijfers: figuresSlide,
  opbouw: bridgeSlide,
  vraag: askSlide,
  risicos: risksSlide,
  vragen: questionsSlide,
};

/** Speaker notes as the student typed them: cleaned, without empty lines at either end. */
const ownNotes = (text: string) =>
  cleanText(text)
    .replace(/^\s*\n|\n\s*$/g, '')
    .trim();

export interface DeckOptions {
  /** The version for the customer; default: the plan's own choice. */
  forCustomer?: boolean;
  /** The day the deck is made, ISO (the timeline's "vandaag"); default: today. */
  today?: string;
}

export function buildDeck(plan: Plan, labels: DeckLabels, options: DeckOptions = {}): Deck {
  const p = plan.presentatie;
  const forCustomer = options.forCustomer ?? p.forCustomer;
  const account = accountName(plan);
  const context: DraftContext = { plan, labels, forCustomer, account, today: options.today ?? toIsoDate(new Date()) };
  const slides = SLIDE_IDS.map((id): Slide => {
    const draft = BUILDERS[id](context);
    const own = p.slides.find((row) => row.id === id);
    const ownTitle = own ? oneLine(own.title) : '';
    const notes = own ? ownNotes(own.notes) : '';
    // Within the limit of a notes field as the field counts it (UTF-16 units), so the student can
    // always save an edit of them.
    const generatedNotes = ellipsizeToFit(draft.notes.join('\n\n'), (text) => text.length <= LIMITS.longText);
    const missing = draft.needs.map(([section, key]) => missingField(labels, section, key));
    return {
      id,
      name: slideNames[id],
      title: ownTitle || draft.title,
      generatedTitle: draft.title,
      titleEdited: ownTitle !== '',
      notes: notes || generatedNotes,
      generatedNotes,
      notesEdited: notes !== '',
      off: own?.off === true,
      internal: INTERNAL_SLIDES.includes(id),
      arrangement: draft.arrangement ?? 'stack',
      blocks: missing.length ? [...draft.blocks, { kind: 'missing', heading: fillInFirst, items: missing }] : draft.blocks,
      missing,
    };
  });
  const minutes = p.minutes !== null && Number.isInteger(p.minutes) && p.minutes > 0 ? p.minutes : null;
  return {
    slides,
    shown: shownSlideIds({ forCustomer, slides: p.slides }).map((id) => slides.find((s) => s.id === id)!),
    minutes: minutes ?? DEFAULT_MINUTES,
    minutesSet: minutes !== null,
    forCustomer,
    account: oneLine(plan.cover.account),
  };
}
