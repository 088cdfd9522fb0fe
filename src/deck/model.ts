import type { BridgeChartModel } from '../plan/finance/bridge-chart';
import type { ChartModel } from '../plan/finance/finance-chart';
import type { FinanceYear } from '../plan/finance/totals';
import type { SectionId } from '../plan/model/schema';
import type { MapSource } from '../plan/pictures/relationship-map';
import type { TimelineSource } from '../plan/pictures/timeline';

/**
 * The presentation of a plan as data: slides with a title, blocks of content and speaker notes,
 * renderer-neutral. src/deck/build.ts makes it from a plan; src/deck/layout.ts places it on a 16:9
 * slide; the page (HTML), PowerPoint and the slide PDF (src/slides/) draw the same layout.
 */

/**
 * The slides in their order, each with one message. The codes are stored (rows of
 * `presentatie.slides` have them as id): never rename one.
 */
export const SLIDE_IDS = ['titel', 'klant', 'analyse', 'strategie', 'acties', 'cijfers', 'opbouw', 'vraag', 'risicos', 'vragen'] as const;
export type SlideId = (typeof SLIDE_IDS)[number];

/** At most this many slides: the build-up of the revenue target (`opbouw`) is the tenth. */
export const MAX_SLIDES = 10;

/** The length of the presentation when the student set none: the limit of a sibling NIMA B2 exam (check your own regulations). */
export const DEFAULT_MINUTES = 15;

/** The slides that are internal as a whole (figures, the build-up of the target, risks): left out of the version for the customer. */
export const INTERNAL_SLIDES: readonly SlideId[] = ['cijfers', 'opbouw', 'risicos'];

/** The slides that are presented, from what the plan stores (no slide needs building for this). */
export function shownSlideIds(presentation: { forCustomer: boolean; slides: ReadonlyArray<{ id: string; off: boolean }> }): SlideId[] {
  return SLIDE_IDS.filter((id) => !presentation.slides.some((row) => row.id === id && row.off) && !(presentation.forCustomer && INTERNAL_SLIDES.includes(id)));
}

/** A field of the plan a slide or question needs. */
export interface FieldRef {
  section: SectionId;
  key: string;
}

/** A field that is still empty, with where to fill it in. */
export interface Missing extends FieldRef {
  /** The field's label, as its worksheet shows it. */
  label: string;
  /** The worksheet anchor of the field: `/stappen/<slug>/#werkblad-…` or the workbook for the cover. */
  href: string;
  /** The step that holds it ("stap 6"), or the workbook. */
  where: string;
}

/** One line of a list: a text and, smaller under it, a detail. */
export interface ListItem {
  text: string;
  detail?: string;
}

/** What a slide holds besides its title. Each renderer draws every kind (see layout.ts). */
export type Block =
  /** One or two lines under the title: who, when, what kind of customer. */
  | { kind: 'subtitle'; text: string }
  /** A list under a heading (the heading may be empty). */
  | { kind: 'list'; heading: string; items: ListItem[] }
  /** The analysis in one picture: a strength or weakness, an opportunity or threat, their score, and the key question. */
  | {
      kind: 'pair';
      row: { code: string; text: string };
      column: { code: string; text: string };
      score: string;
      meaning: string;
      quadrant: string;
      question: string;
      questionLabel: string;
    }
  /** Large figures with a label under each. */
  | { kind: 'figures'; items: Array<{ value: string; label: string }> }
  /** The finance chart (src/plan/finance/finance-chart.ts), with its data for a native chart. */
  | { kind: 'chart'; years: FinanceYear[]; chart: ChartModel; labels: { revenue: string; grossMargin: string; plan: string } }
  /** The build-up of the revenue target as a waterfall (src/plan/finance/bridge-chart.ts), with its bars as data for a native chart. */
  | { kind: 'bridge'; chart: BridgeChartModel; bars: BridgeBar[]; series: { base: string; up: string; down: string; total: string }; axisMin: number }
  /**
   * A picture of the plan (src/plan/pictures/), laid out for the room it gets on the slide; where
   * its text would be too small to read there, the slide shows `fallback` (or nothing) instead.
   */
  | ({ kind: 'picture'; today: string; fallback?: Block } & ({ picture: 'map'; source: MapSource } | { picture: 'timeline'; source: TimelineSource }))
  /** Rows of short cells under column headings. */
  /** The notes hold every row whole, so a cell shortened on the slide is not listed again. */
  | { kind: 'table'; columns: string[]; rows: string[][] }
  /** One sentence, large: the vision the presentation ends on. */
  | { kind: 'statement'; text: string }
  /** What to fill in first before the slide says something. */
  | { kind: 'missing'; heading: string; items: Missing[] };

/** One bar of the waterfall: from `low` to `high` (a total from 0), its label with its amount, and what it is. */
export interface BridgeBar {
  label: string;
  low: number;
  high: number;
  kind: 'total' | 'up' | 'down';
}

/** How a slide's blocks share its body: under each other, side by side, or a picture on the right with the others stacked beside it. */
export type Arrangement = 'stack' | 'columns' | 'aside';

/** A text of the plan that a slide shows shortened, kept whole for the notes. */
export interface FullText {
  label: string;
  text: string;
}

export interface Slide {
  id: SlideId;
  /** What this slide is, in the editor ("De klant"). */
  name: string;
  /** The title as shown: the student's own, else the generated one. */
  title: string;
  generatedTitle: string;
  titleEdited: boolean;
  /** The speaker notes as shown: the student's own, else the generated ones. */
  notes: string;
  generatedNotes: string;
  notesEdited: boolean;
  /** Switched off by the student. */
  off: boolean;
  /** Internal only (INTERNAL_SLIDES): left out of the version for the customer. */
  internal: boolean;
  arrangement: Arrangement;
  blocks: Block[];
  /** Fields the slide needs that are empty. */
  missing: Missing[];
}

export interface Deck {
  /** Every slide, switched off or not, in order. */
  slides: Slide[];
  /** The slides that are presented and downloaded, in order. */
  shown: Slide[];
  /** The length the student set, or the default. */
  minutes: number;
  minutesSet: boolean;
  forCustomer: boolean;
  /** The plan's account ('' when empty), for the footer and file names. */
  account: string;
}
