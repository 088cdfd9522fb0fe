import type { SectionMeaning } from './types';

/** Stap 5: what the reader sees of each field (label, hint, unit, what a row is called). */
export const alignMeaning = {
  fields: {
    team: {
      label: 'Het team',
      hint: 'Iedereen die aan dit account werkt.',
      item: 'teamlid',
      columns: {
        name: { label: 'Naam', hint: 'Teamlid.', short: true },
        role: { label: 'Rol', hint: 'Bijvoorbeeld accountmanager, binnendienst, specialist.' },
        tasks: { label: 'Taken', hint: 'Wat doet deze persoon voor dit account?' },
        hours: { label: 'Uren', hint: 'Vaste uren per maand voor dit account. Extra uren voor acties komen in het budget van stap 6.', unit: 'uur per maand' },
      },
    },
    raci: {
      label: 'Taakverdeling per eerste doel (RACI)',
      hint: 'Per eerste doel precies één A en minstens één R.',
      item: 'taak',
      columns: {
        goal: { label: 'Eerste doel', hint: 'Een eerste doel uit stap 1.' },
        member: { label: 'Teamlid', hint: 'Iemand uit het team.' },
        role: { label: 'RACI', hint: 'R = voert uit, A = eindverantwoordelijk, C = denkt mee, I = wordt geïnformeerd.' },
      },
    },
    meetings: {
      label: 'Overleg',
      hint: 'Vaste momenten om samen te werken, live of online.',
      item: 'overleg',
      columns: {
        meeting: { label: 'Overleg', hint: 'Naam van het overleg.' },
        frequency: { label: 'Frequentie', hint: 'Bijvoorbeeld wekelijks.' },
        participants: { label: 'Deelnemers', hint: 'Wie zijn erbij?' },
        purpose: { label: 'Doel', hint: 'Wat moet het overleg opleveren?' },
      },
    },
    progressSharing: { label: 'Hoe we de voortgang delen', hint: 'Waar ziet het team hoe het plan loopt?' },
    progressNote: { label: 'Toelichting op het delen', hint: 'Wie deelt wat, en hoe vaak?' },
    agreement: {
      label: 'Akkoord op de doelen',
      hint: 'Wie heeft ingestemd met de doelen, en wanneer.',
      item: 'akkoord',
      columns: {
        name: { label: 'Naam', hint: 'Wie stemde in?', short: true },
        date: { label: 'Datum', hint: 'Wanneer?' },
      },
    },
  },
} as const satisfies SectionMeaning<'align'>;
