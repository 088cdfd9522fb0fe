import type { Tone } from './picture';

/**
 * The pictures' colours on paper (PDF, Word, a picture for slides), as hex RGB. On screen the
 * site's CSS picks its own for light and dark mode (src/worksheets/pictures.css). Attitudes run
 * from green to red and never stand alone: each card also carries its sign.
 */
export const PRINT_COLOURS: Record<Tone, string> = {
  paper: 'FFFFFF',
  text: '1F2328',
  muted: '5F6874',
  rule: 'C9D0D8',
  band: 'F1F4F7',
  accent: '174A78',
  voorstander: 'B9E0C0',
  positief: 'DDF0DA',
  neutraal: 'ECEEF1',
  kritisch: 'FBDDBB',
  tegenstander: 'F5C2C2',
  card: 'FFFFFF',
  link: '7D8894',
  grid: 'E3E7EC',
  review: '7D8894',
  today: 'B3261E',
  gepland: 'E7EEF5',
  bezig: '174A78',
  klaar: '5E9C68',
  vervallen: 'ECEEF1',
  milestone: '174A78',
};

/** "1F2328" as [31, 35, 40]. */
export const rgb = (hex: string): [number, number, number] => [parseInt(hex.slice(0, 2), 16), parseInt(hex.slice(2, 4), 16), parseInt(hex.slice(4, 6), 16)];
