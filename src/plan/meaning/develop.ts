import type { SectionMeaning } from './types';

/** Stap 6: what the reader sees of each field (label, hint, unit, what a row is called). */
export const developMeaning = {
  fields: {
    objectives: {
      label: 'SMART-doelen',
      hint: 'Elk doel met KPI, nulmeting, streefwaarde en deadline.',
      item: 'doel',
      columns: {
        objective: { label: 'Doel', hint: 'Specifiek: wat precies?' },
        type: {
          label: 'Soort',
          hint: 'Waar gaat het doel over, en is de streefwaarde een getal (kwantitatief) of een toestand die je toetst (kwalitatief)?',
          options: {
            omzet: 'Omzet (kwantitatief)',
            marge: 'Marge (kwantitatief)',
            aandeel: 'Aandeel in de inkoop van de klant (kwantitatief)',
            kwantitatief: 'Ander getal (kwantitatief)',
            relatie: 'Relatie (kwalitatief)',
            kwalitatief: 'Andere toestand (kwalitatief)',
          },
        },
        kpi: { label: 'KPI', hint: 'Kritieke prestatie-indicator: waarmee meet je het?' },
        baseline: { label: 'Nulmeting', hint: 'Waar sta je nu?' },
        target: { label: 'Streefwaarde', hint: 'Waar wil je uitkomen?' },
        deadline: { label: 'Deadline', hint: 'Wanneer moet het gehaald zijn?' },
        question: { label: 'Afgeleid van kernvraag', hint: 'Welke vraag uit stap 4 beantwoordt dit doel?' },
        goal: { label: 'Bij eerste doel', hint: 'Onder welk eerste doel uit stap 1 valt dit? Zijn taakverdeling geldt ook hier.' },
        strategy: { label: 'Dient strategie', hint: 'Welke strategie hierboven brengt dit doel dichterbij?' },
      },
    },
    growthDirection: {
      label: 'Groeirichting',
      hint: 'Waar komt de groei bij deze klant vandaan?',
      options: {
        penetratie: 'Penetratie (meer van wat de klant al bij je koopt)',
        productontwikkeling: 'Productontwikkeling (nieuw aanbod voor dezelfde afdelingen)',
        marktontwikkeling: 'Marktontwikkeling (bestaand aanbod voor nieuwe afdelingen of locaties)',
        diversificatie: 'Diversificatie (nieuw aanbod voor nieuwe afdelingen of locaties)',
      },
    },
    growthNote: { label: 'Waarom deze groeirichting', hint: 'Welke uitkomst van je analyse leidt hierheen?' },
    valueProposition: { label: 'Waardepropositie', hint: 'Wat bied je deze klant dat hij elders niet zo krijgt, en wat levert het hem op?' },
    strategies: {
      label: 'Strategieën voor dit account',
      hint: 'Twee tot vier sporen waarlangs je de doelen haalt.',
      item: 'strategie',
      columns: {
        strategy: { label: 'Strategie', hint: 'De keuze in een paar woorden.' },
        approach: { label: 'Aanpak', hint: 'Hoe je die keuze waarmaakt.' },
      },
    },
    opportunities: {
      label: 'Verkoopkansen',
      hint: 'Wat je de klant kunt verkopen, met verwachte omzet en waarschijnlijkheid.',
      item: 'verkoopkans',
      columns: {
        opportunity: { label: 'Verkoopkans', hint: 'Wat kun je de klant verkopen of bieden?' },
        value: { label: 'Verwachte omzet per jaar', hint: 'De omzet in een heel jaar als je de order krijgt, niet alleen in het planjaar.' },
        replaces: {
          label: 'Vervangt omzet per jaar',
          hint: 'Omzet die je nu al hebt en die deze order vervangt, zoals een oud product. Leeg als er niets wegvalt.',
        },
        probability: { label: 'Waarschijnlijkheid', hint: 'Hoe waarschijnlijk is het dat je de order krijgt?' },
        expected: { label: 'Verwachte datum', hint: 'Wanneer verwacht je de order? In het planjaar telt de omzet mee vanaf de maand erna.' },
        status: { label: 'Status', hint: 'Hoe ver is de verkoopkans?' },
        crm: { label: 'CRM-verwijzing', hint: 'Nummer of naam van de verkoopkans in je CRM.', short: true },
      },
    },
    socialInsights: { label: 'Wat social media en nieuws vertellen', hint: 'Wat leerde je online over de wensen en behoeften van de klant?', item: 'inzicht' },
    budget: {
      label: 'Budget',
      hint: 'Per post de verkoopkans die hij dient, de uren met hun tarief en de overige kosten; kosten en totalen volgen vanzelf.',
      item: 'post',
      columns: {
        item: { label: 'Post', hint: 'Waar besteed je geld of tijd aan?' },
        opportunity: { label: 'Dient verkoopkans', hint: 'Welke verkoopkans hierboven brengt deze post dichterbij?' },
        noOpportunity: {
          label: 'Geen verkoopkans, omdat',
          hint: 'Dient de post geen verkoopkans? Schrijf waarom, bijvoorbeeld omdat hij een doel voor de relatie dient.',
        },
        hours: { label: 'Uren', hint: 'Extra uren van je team of een ploeg voor deze post, naast het vaste accountwerk.', unit: 'uur' },
        rate: { label: 'Uurtarief', hint: 'Wat een uur kost; uren × uurtarief tellen mee in de kosten.' },
        otherCost: { label: 'Overige kosten', hint: 'Alles wat geen uren zijn: materiaal, zaalhuur, een bureau.' },
      },
    },
    planYears: {
      label: 'Omzet en marge in de planjaren',
      hint: 'Per jaar vanaf het planjaar; de jaren ervoor staan in stap 1.',
      item: 'planjaar',
      columns: {
        year: { label: 'Jaar', hint: 'Het kalenderjaar.', plain: true },
        revenue: { label: 'Omzet', hint: 'De omzet die je in dat jaar bij de klant verwacht.' },
        margin: { label: 'Marge', hint: 'Brutomarge op die omzet.' },
      },
    },
    quarters: {
      label: 'Het planjaar per kwartaal',
      hint: 'Samen gelijk aan de omzet van het planjaar.',
      item: 'kwartaal',
      columns: {
        quarter: { label: 'Kwartaal', hint: 'Welk kwartaal van het planjaar?' },
        revenue: { label: 'Omzet', hint: 'De omzet die je in dat kwartaal verwacht.' },
        margin: { label: 'Marge', hint: 'Brutomarge op die omzet.' },
      },
    },
    baseGrowth: {
      label: 'Groei van de bestaande omzet',
      hint: 'Hoeveel groeit wat de klant nu al bij je koopt in het planjaar, zonder de verkoopkansen? Bijvoorbeeld door prijsindexatie of meer volume.',
    },
    baseGrowthNote: { label: 'Waarom die groei', hint: 'Waar komt de groei van de bestaande omzet vandaan? Noem prijs en volume.' },
    financeNote: {
      label: 'Wat het plan oplevert',
      hint: 'Zet de extra brutomarge uit de verkoopkansen tegenover de kosten, ook als het eerste jaar verlies geeft, en leg uit waarom het de moeite waard is.',
    },
  },
  groups: [
    // The strategy comes first: each objective says which strategy it serves, so the strategies are there to choose from.
    { title: 'Accountstrategie', fields: ['growthDirection', 'growthNote', 'valueProposition', 'strategies'] },
    { title: 'Doelen', fields: ['objectives'] },
    { title: 'Verkoopkansen en wat je online leerde', fields: ['opportunities', 'socialInsights'] },
    { title: 'Budget en financiën', fields: ['budget', 'planYears', 'quarters'] },
    { title: 'Opbouw van je omzetdoel', fields: ['baseGrowth', 'baseGrowthNote', 'financeNote'] },
  ],
} as const satisfies SectionMeaning<'develop'>;
