import type { SectionMeaning } from './types';

/** Het voorblad en de managementsamenvatting: what the reader sees of each field (label, hint, unit, what a row is called). */
export const coverMeaning = {
  fields: {
    title: { label: 'Titel van het plan', hint: 'Bijvoorbeeld "Accountplan Klantnaam 2027".' },
    account: { label: 'Account (klant)', hint: 'De naam van de klant waar dit plan over gaat.', short: true },
    author: { label: 'Auteur', hint: 'Wie schrijft dit plan: je eigen naam.', short: true },
    organisation: { label: 'Eigen organisatie of business unit', hint: 'Het bedrijf of de afdeling waarvoor je het plan schrijft.', short: true },
    periodFrom: { label: 'Periode van', hint: 'De eerste dag waarop het plan geldt.' },
    periodTo: { label: 'Periode tot', hint: 'De laatste dag waarop het plan geldt.' },
    purpose: { label: 'Doel van het plan', hint: 'Schrijf je het voor een opleiding of examen, of voor je werk?' },
    summary: { label: 'Managementsamenvatting', hint: 'Schrijf dit als laatste: de kern van het plan op een halve pagina. In de PDF staat het vooraan.' },
  },
  groups: [
    { title: null, fields: ['title', 'account', 'author', 'organisation', 'periodFrom', 'periodTo', 'purpose'] },
    { title: 'Als laatste: de samenvatting', fields: ['summary'] },
  ],
} as const satisfies SectionMeaning<'cover'>;
