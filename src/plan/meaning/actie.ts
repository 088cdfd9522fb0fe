import type { SectionMeaning } from './types';

/** Stap 9: what the reader sees of each field (label, hint, unit, what a row is called). */
export const actieMeaning = {
  fields: {
    actions: {
      label: 'Actieplan',
      hint: 'Elke actie hoort bij een doel en heeft een eigenaar en een datum.',
      item: 'actie',
      columns: {
        action: { label: 'Actie', hint: 'Wat ga je doen? Begin met een werkwoord.' },
        objective: { label: 'Bij doel', hint: 'Welk SMART-doel dient deze actie?' },
        owner: { label: 'Eigenaar', hint: 'Wie zorgt dat het gebeurt?', short: true },
        start: { label: 'Start', hint: 'Wanneer begint het?' },
        due: { label: 'Einddatum', hint: 'Wanneer is het af?' },
        resources: { label: 'Middelen', hint: 'Wat is ervoor nodig: geld, uren, materiaal.' },
        status: { label: 'Status', hint: 'Hoe staat het ervoor?' },
      },
    },
    embedding: { label: 'Zo borg je het plan', hint: 'Wie krijgt het plan, waar staat het, wanneer wordt het besproken?', item: 'afspraak' },
    evaluation: {
      label: 'Evaluatie',
      hint: 'Hoe en wanneer je beoordeelt of het plan werkt.',
      item: 'criterium',
      columns: {
        criterion: { label: 'Criterium', hint: 'Waaraan zie je dat het plan werkt?' },
        moment: { label: 'Moment', hint: 'Wanneer kijk je ernaar?' },
        method: { label: 'Methode', hint: 'Hoe meet je het?' },
      },
    },
  },
} as const satisfies SectionMeaning<'actie'>;
