import type { SectionMeaning } from './types';

/**
 * De presentatie en het interview (not a step: /presentatie/ and /interview/): what the reader sees
 * of each field. The rows of both tables belong to a slide or a question, which names them there.
 */
export const presentatieMeaning = {
  fields: {
    minutes: { label: 'Lengte van de presentatie', hint: 'Hoeveel minuten heb je? Kijk in het reglement van je eigen examen.', unit: 'minuten' },
    forCustomer: { label: 'Versie voor de klant', hint: 'Laat weg wat intern is: budget, marges, taakverdeling en de houding van de DMU.' },
    slides: {
      label: "Dia's",
      hint: 'Per dia je eigen titel en sprekersnotities, en of de dia meedoet.',
      item: 'dia',
      columns: {
        title: { label: 'Eigen titel', hint: 'Leeg: de titel die uit je plan volgt.' },
        notes: { label: 'Sprekersnotities', hint: 'Leeg: de notities die uit je plan volgen.' },
        off: { label: 'Uitgezet', hint: 'Vink aan om de dia over te slaan.' },
      },
    },
    answers: {
      label: 'Interview oefenen',
      hint: 'Per vraag je aantekeningen voor het antwoord en je eigen score.',
      item: 'antwoord',
      columns: {
        notes: { label: 'Aantekeningen bij je antwoord', hint: 'Wat wil je zeker noemen? Welk feit uit je plan gebruik je?' },
        score: { label: 'Eigen score', hint: '1 = nog niet overtuigend, 5 = overtuigend en onderbouwd.' },
      },
    },
  },
} as const satisfies SectionMeaning<'presentatie'>;
