import type { SlideId } from '../model';

/** What each slide is (the page's list, the editor, the presenter view): its own module, so the page can name the slides before it builds them. */
export const slideNames: Record<SlideId, string> = {
  titel: 'Titeldia',
  klant: 'De klant',
  analyse: 'De analyse',
  strategie: 'Strategie en doelen',
  acties: 'Acties en planning',
  cijfers: 'De cijfers',
  opbouw: 'Opbouw van het omzetdoel',
  vraag: 'Wat je vraagt',
  risicos: "De risico's",
  vragen: 'Vragen',
};
