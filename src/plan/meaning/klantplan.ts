import type { SectionMeaning } from './types';

/** Stap 4: what the reader sees of each field (label, hint, unit, what a row is called). */
export const klantplanMeaning = {
  fields: {
    strengths: { label: 'Sterktes van de klant', hint: 'Interne punten waarin de klant goed is.', item: 'sterkte' },
    weaknesses: { label: 'Zwaktes van de klant', hint: 'Interne punten waarin de klant tekortschiet.', item: 'zwakte' },
    opportunities: { label: 'Kansen voor de klant', hint: 'Ontwikkelingen buiten de klant die hem kunnen helpen.', item: 'kans' },
    threats: { label: 'Bedreigingen voor de klant', hint: 'Ontwikkelingen buiten de klant die hem kunnen schaden.', item: 'bedreiging' },
    ourPosition: {
      label: 'Onze positie bij dit account',
      hint: 'Jouw eigen sterktes en zwaktes bij deze klant, tegenover de concurrent: bij welke kansen en bedreigingen van de klant kun jij helpen, en waar niet?',
    },
    matrix: { label: 'Confrontatiematrix', hint: 'Score elke combinatie, ook als er geen verband is (0). Onder de matrix staat wat elke score betekent.' },
    keyQuestions: {
      label: 'Kernvragen',
      hint: 'Drie tot vijf vragen, elk uit een cel met ++ of -- in de matrix.',
      item: 'kernvraag',
      columns: {
        question: { label: 'Vraag', hint: 'Een vraag met "hoe" en "we", zoals "Hoe kunnen we …?" of "Hoe helpen we …?".' },
        cell: { label: 'Uit matrixcel', hint: 'Uit welke cel met ++ of -- komt deze vraag?' },
      },
    },
    conversationQuestions: { label: 'Vragen voor het klantgesprek', hint: 'Wat wil je de klant vragen?', item: 'vraag' },
    conversationDate: { label: 'Datum van het gesprek', hint: 'Wanneer spreek je de klant?' },
    conversationOutcome: { label: 'Uitkomst van het gesprek', hint: 'Wat zei de klant? Wat klopte er, wat niet?' },
    sharedGoals: {
      label: 'Gedeelde doelen',
      hint: 'Doelen van de klant waar jij aan bijdraagt.',
      item: 'gedeeld doel',
      columns: {
        customerGoal: { label: 'Doel van de klant', hint: 'Wat wil de klant bereiken?' },
        contribution: { label: 'Onze bijdrage', hint: 'Hoe help jij daarbij?' },
        proof: { label: 'Bewijs', hint: 'Waaruit blijkt dat je dat kunt?' },
      },
    },
  },
  groups: [
    { title: null, fields: ['strengths', 'weaknesses', 'opportunities', 'threats'], layout: 'swot' },
    { title: null, fields: ['ourPosition'] },
    { title: null, fields: ['matrix'] },
    { title: null, fields: ['keyQuestions', 'conversationQuestions', 'conversationDate', 'conversationOutcome', 'sharedGoals'] },
  ],
} as const satisfies SectionMeaning<'klantplan'>;
