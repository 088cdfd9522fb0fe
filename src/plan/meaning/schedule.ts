import type { SectionMeaning } from './types';

/** Stap 2: what the reader sees of each field (label, hint, unit, what a row is called). */
export const scheduleMeaning = {
  fields: {
    hoursNeeded: { label: 'Benodigde tijd', hint: 'Hoeveel uur kost het schrijven van dit plan?', unit: 'uur' },
    readyBy: { label: 'Klaar op', hint: 'Wanneer is het plan af, inclusief de goedkeuring van je manager?' },
    validFrom: { label: 'Geldig vanaf', hint: 'Vanaf wanneer werk je volgens dit plan?' },
    validUntil: { label: 'Geldig tot', hint: 'Tot wanneer geldt het plan? Meestal een jaar.' },
    reviewRhythm: { label: 'Ritme van de evaluatie', hint: 'Hoe vaak bekijk je het plan opnieuw? De evaluatiedata volgen hieruit.' },
    milestones: {
      label: 'Mijlpalen',
      hint: 'De tussenstappen op weg naar een afgerond plan.',
      item: 'mijlpaal',
      columns: {
        milestone: { label: 'Mijlpaal', hint: 'Een tussenresultaat, zoals "analyse klaar".' },
        date: { label: 'Datum', hint: 'Wanneer moet het klaar zijn?' },
        done: { label: 'Klaar', hint: 'Vink aan als de mijlpaal gehaald is.' },
      },
    },
  },
} as const satisfies SectionMeaning<'schedule'>;
