import type { BridgeTone } from '../plan/finance/bridge-chart';
import type { Tone as ChartTone } from '../plan/finance/finance-chart';
import type { Tone } from './layout-blocks';

/**
 * The colours of a slide, the same on the page, in PowerPoint and in the slide PDF: the plan
 * PDF's ink and accent on white. A slide stays light in dark mode, like a printed page. Every
 * text colour has a contrast of at least 4.5:1 on white and on the card tint.
 */
export const PALETTE = {
  background: 'FFFFFF',
  card: 'E7EEF5',
  accent: '174A78',
  rule: 'D6DCE3',
} as const;

/** Text colours by tone (hex, no #). */
export const TEXT_COLOURS: Record<Tone, string> = {
  title: '1F2328',
  text: '1F2328',
  muted: '5A626D',
  accent: '174A78',
  warning: '9A3412',
  onAccent: 'FFFFFF',
};

/** The finance chart's tones on a slide. */
export const CHART_COLOURS: Record<ChartTone, string> = {
  realised: '174A78',
  plan: 'A9C1D9',
  margin: '6094BA',
  axis: '7D8894',
  grid: 'D6DCE3',
  text: '1F2328',
  muted: '5A626D',
};

/**
 * The waterfall's tones on a slide. Up and down are also told by their sign and the dashed
 * outline marks the target, so colour is never the only cue.
 */
export const BRIDGE_COLOURS: Record<BridgeTone, string> = {
  base: '174A78',
  up: '3F7F4A',
  down: 'B3261E',
  expected: 'A9C1D9',
  target: 'D6DCE3',
  link: '7D8894',
  axis: '7D8894',
  grid: 'D6DCE3',
  text: '1F2328',
  muted: '5A626D',
};

/** A colour as jsPDF's RGB. */
export function rgb(hex: string): [number, number, number] {
  return [0, 2, 4].map((i) => Number.parseInt(hex.slice(i, i + 2), 16)) as [number, number, number];
}
