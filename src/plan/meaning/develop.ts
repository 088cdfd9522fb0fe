import type { SectionMeaning } from './types';

/** Stap 6: what the reader sees of each field (label, hint, unit, what a row is called). */
export const developMeaning = {
  fields: {
    objectives: {
      label: 'SMART-doelen', hint: 'Elk doel met KPI, nulmeting, streefwaarde en deadline.', item: 'doel',
      columns: {
        objective: { label: 'Doel', hint: 'Specifiek: wat precies?' },
        type: { label: 'Soort', hint: 'Met een getal als streefwaarde: omzet, marge, aandeel of kwantitatief. Zonder: relatie of kwalitatief.' },
        kpi: { label: 'KPI', hint: 'Kritieke prestatie-indicator: waarmee meet je het?' },
        baseline: { label: 'Nulmeting', hint: 'Waar sta je nu?' },
        target: { label: 'Streefwaarde', hint: 'Waar wil je uitkomen?' },
        deadline: { label: 'Deadline', hint: 'Wanneer moet het gehaald zijn?' },
        question: { label: 'Afgeleid van kernvraag', hint: 'Welke vraag uit stap 4 beantwoordt dit doel?' },
        goal: { label: 'Bij eerste doel', hint: 'Onder welk eerste doel uit stap 1 valt dit? Zijn taakverdeling geldt ook hier.' },
      },
    },
    opportunities: {
      label: 'Verkoopkansen', hint: 'Wat je de klant kunt verkopen, met verwachte omzet en waarschijnlijkheid.', item: 'verkoopkans',
      columns: {
        opportunity: { label: 'Verkoopkans', hint: 'Wat kun je de klant verkopen of bieden?' },
        value: { label: 'Verwachte omzet', hint: 'De omzet per jaar als je de order krijgt.' },
        probability: { label: 'Waarschijnlijkheid', hint: 'Hoe waarschijnlijk is het dat je de order krijgt?' },
        expected: { label: 'Verwachte datum', hint: 'Wanneer verwacht je de order?' },
        status: { label: 'Status', hint: 'Hoe ver is de verkoopkans?' },
        crm: { label: 'CRM-verwijzing', hint: 'Nummer of naam van de verkoopkans in je CRM.', short: true },
      },
    },
    socialInsights: { label: 'Wat social media en nieuws vertellen', hint: 'Wat leerde je online over de wensen en behoeften van de klant?', item: 'inzicht' },
    budget: {
      label: 'Budget', hint: 'Per post uren, kosten, extra omzet en extra brutomarge; de totalen volgen vanzelf.', item: 'post',
      columns: {
        item: { label: 'Post', hint: 'Waar besteed je geld of tijd aan?' },
        hours: { label: 'Uren', hint: 'Uren van je team of een ploeg.', unit: 'uur' },
        cost: { label: 'Kosten', hint: 'Ook de uren: uren × uurtarief.' },
        extraRevenue: { label: 'Verwachte extra omzet', hint: 'Extra omzet in de looptijd.' },
        returns: { label: 'Verwachte extra brutomarge', hint: 'Extra omzet × je marge.' },
      },
    },
  },
} as const satisfies SectionMeaning<'develop'>;
