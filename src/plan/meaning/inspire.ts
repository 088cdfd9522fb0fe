import type { SectionMeaning } from './types';

/** Stap 8: what the reader sees of each field (label, hint, unit, what a row is called). */
export const inspireMeaning = {
  fields: {
    vision: { label: 'Jouw visie voor de klant', hint: 'Waar zie jij de klant over een paar jaar staan?' },
    fit: { label: 'Hoe die visie past bij zijn behoeften', hint: 'Koppel je visie aan wat de klant zelf wil.' },
    messages: {
      label: 'Kernboodschappen per DMU-rol',
      hint: 'Elke rol heeft zijn eigen belang; stem je boodschap daarop af.',
      item: 'boodschap',
      columns: {
        role: { label: 'DMU-rol', hint: 'Voor wie is de boodschap?' },
        message: { label: 'Boodschap', hint: 'Wat wil je dat deze persoon onthoudt?' },
        proof: { label: 'Bewijs of referentie', hint: 'Waarmee onderbouw je het?' },
      },
    },
    relationships: {
      label: 'Relatie per contactpersoon',
      hint: 'Hoe goed is de band nu, waar wil je heen, en wat doe je daarvoor?',
      item: 'contact',
      columns: {
        contact: { label: 'Contactpersoon', hint: 'Iemand uit de DMU.' },
        now: { label: 'Relatie nu', hint: '1 = geen contact, 5 = vertrouwd adviseur.' },
        target: { label: 'Streefscore', hint: 'Welke score wil je dit jaar halen?' },
        action: { label: 'Wat je doet', hint: 'Welke stap zet je om de relatie te versterken?' },
      },
    },
  },
} as const satisfies SectionMeaning<'inspire'>;
