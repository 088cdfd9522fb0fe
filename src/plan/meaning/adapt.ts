import type { SectionMeaning } from './types';

/** Stap 7: what the reader sees of each field (label, hint, unit, what a row is called). */
export const adaptMeaning = {
  fields: {
    signals: {
      label: 'Signalen en veranderingen',
      hint: 'Een logboek van wat er veranderde en wat je deed.',
      item: 'signaal',
      columns: {
        date: { label: 'Datum', hint: 'Wanneer zag je het?' },
        change: { label: 'Wat veranderde', hint: 'Bij de klant of in de markt.' },
        consequence: { label: 'Gevolg', hint: 'Wat betekent het voor het plan?' },
        adjustment: { label: 'Aanpassing in het plan', hint: 'Wat pas je aan?' },
      },
    },
    kpiChecks: {
      label: 'KPI-meting per evaluatie',
      hint: 'Meet bij elke evaluatie waar je staat.',
      item: 'meting',
      columns: {
        objective: { label: 'KPI', hint: 'Een KPI uit stap 6.' },
        date: { label: 'Datum', hint: 'Wanneer gemeten?' },
        value: { label: 'Gemeten waarde', hint: 'Wat was de stand?' },
      },
    },
    risks: {
      label: "Risico's",
      hint: 'Wat kan het plan in de weg zitten, en wat doe je dan?',
      item: 'risico',
      columns: {
        risk: { label: 'Risico', hint: 'Wat kan er misgaan?' },
        likelihood: { label: 'Waarschijnlijkheid', hint: 'Hoe waarschijnlijk is het dat het gebeurt?' },
        impact: { label: 'Impact', hint: 'Hoe erg als het gebeurt?' },
        measure: { label: 'Maatregel', hint: 'Wat doe je eraan?' },
        owner: { label: 'Eigenaar', hint: 'Wie let erop?', short: true },
      },
    },
  },
} as const satisfies SectionMeaning<'adapt'>;
