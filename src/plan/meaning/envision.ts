import type { SectionMeaning } from './types';

/** Stap 1: what the reader sees of each field (label, hint, unit, what a row is called). */
export const envisionMeaning = {
  fields: {
    organisationProfile: { label: 'Organisatie of business unit', hint: 'Wat verkoopt ze, aan wie, en hoe groot is ze? Drie tot vijf zinnen.' },
    coreBusiness: { label: 'Kernactiviteiten', hint: 'Waar is je organisatie goed in, en waar verdient ze haar geld mee?' },
    strategicPoints: {
      label: 'Strategische uitgangspunten',
      hint: 'Wat wil je organisatie de komende jaren bereiken? Eén uitgangspunt per regel.',
      item: 'uitgangspunt',
    },
    salesPlanPoints: {
      label: 'Uitgangspunten uit het salesplan',
      hint: 'Doelen en keuzes van je salesafdeling waar dit accountplan onder valt.',
      item: 'uitgangspunt',
    },
    ambition: { label: 'Ambitie voor het account', hint: 'Wat wil je over twee à drie jaar met deze klant bereikt hebben? Eén alinea.' },
    history: {
      label: 'Geschiedenis met de klant',
      hint: 'Omzet, marge en aandeel per jaar: waar sta je nu?',
      item: 'jaar',
      columns: {
        year: { label: 'Jaar', hint: 'Het kalenderjaar.', plain: true },
        revenue: { label: 'Omzet', hint: 'Jouw omzet bij deze klant in dat jaar.' },
        margin: { label: 'Marge', hint: 'Brutomarge op die omzet.' },
        share: { label: 'Aandeel in de inkoop van de klant', hint: 'Welk deel van zijn inkoop in jouw categorie bij jou ligt.' },
        shareEstimate: { label: 'Aandeel is een schatting', hint: 'Vink aan als je het aandeel hebt geschat.' },
        forecast: { label: 'Verwachting', hint: 'Vink aan als het jaar nog niet om is: omzet en marge zijn dan wat je verwacht.' },
      },
    },
    attitude: { label: 'Houding van de klant tegenover ons', hint: 'Hoe kijkt de klant nu naar jouw organisatie?' },
    attitudeNote: { label: 'Toelichting op de houding', hint: 'Waaraan merk je dat? Noem een voorbeeld.' },
    customerGoals: { label: 'Doelen van de klant', hint: 'Wat wil de klant zelf bereiken? Eén doel per regel.', item: 'doel' },
    willingness: { label: 'Bereidheid om met ons samen te werken', hint: '1 = geen enkele, 5 = de klant zoekt actief samenwerking.' },
    willingnessNote: { label: 'Toelichting op de bereidheid', hint: 'Waar blijkt die bereidheid uit, of wat houdt haar tegen?' },
    classification: {
      label: 'Classificatie van het account',
      hint: 'Het klantportfolio: hoe aantrekkelijk is de klant voor je organisatie, en hoe sterk sta je er nu?',
      options: {
        strategisch: 'Strategisch (aantrekkelijke klant, sterke positie)',
        ontwikkelen: 'Ontwikkelen (aantrekkelijke klant, zwakke positie)',
        onderhouden: 'Onderhouden (minder aantrekkelijke klant, sterke positie)',
        beperkt: 'Beperkt bedienen (minder aantrekkelijke klant, zwakke positie)',
      },
    },
    classificationReason: { label: 'Waarom deze classificatie', hint: 'Noem omzet, potentieel en hoe de klant past bij je salesplan.' },
    firstGoals: {
      label: 'Eerste doelen',
      hint: 'Voorlopige doelen; in stap 5 verdeel je de taken, in stap 6 maak je ze SMART.',
      item: 'doel',
      columns: {
        goal: { label: 'Doel', hint: 'Wat wil je bereiken?' },
        unit: { label: 'Voor welke klant of afdeling', hint: 'Het deel van het account waar het doel over gaat.' },
        why: { label: 'Waarom', hint: 'Wat levert het de klant en jou op?' },
      },
    },
    readers: { label: 'Wie leest en gebruikt dit plan', hint: "Collega's en managers die met het plan gaan werken.", item: 'lezer' },
  },
  groups: [
    { title: 'Je eigen organisatie', fields: ['organisationProfile', 'coreBusiness', 'strategicPoints', 'salesPlanPoints'] },
    {
      title: 'Het voorstel voor dit account',
      fields: [
        'ambition',
        'history',
        'attitude',
        'attitudeNote',
        'customerGoals',
        'willingness',
        'willingnessNote',
        'classification',
        'classificationReason',
        'firstGoals',
        'readers',
      ],
    },
  ],
} as const satisfies SectionMeaning<'envision'>;
