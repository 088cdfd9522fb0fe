import type { Kennischeck } from './types';

/** Knowledge check of lesson 9, Actie!: carrying out the plan. */
export const actie: Kennischeck = [
  {
    id: 'actie-goed',
    goal: 1,
    situation: 'Noor en Bas schrijven het actieplan voor hun doel "proef met een nieuw bestelsysteem".',
    question: 'Welke actie staat goed in het actieplan?',
    options: [
      {
        text: 'We gaan een proef doen.',
        feedback: 'Geen werkwoord in de gebiedende wijs, geen eigenaar en geen datum. Zo’n actie gebeurt niet.',
      },
      {
        text: 'Presenteer de uitkomst van de proef aan de directeur. Eigenaar: Noor. Van 1 tot en met 15 maart.',
        feedback: 'Een werkwoord in de gebiedende wijs, één eigenaar en een begin- en einddatum. Iedereen leest meteen wat er moet gebeuren.',
        correct: true,
      },
      {
        text: 'Proef uitvoeren. Eigenaren: Noor en Bas.',
        feedback: 'Bij twee eigenaren wacht de een vaak op de ander. Zet één naam bij elke actie; de anderen staan in de taakverdeling.',
      },
    ],
  },
  {
    id: 'een-eigenaar',
    goal: 1,
    question: 'Waarom heeft elke actie precies één eigenaar, ook als meer mensen meewerken?',
    options: [
      {
        text: 'Omdat er maar één persoon aan een actie mag werken.',
        feedback: 'Er mogen meer mensen meewerken. Die zie je terug in de taakverdeling van stap 5.',
      },
      {
        text: 'Zodat de anderen er niets mee te maken hebben.',
        feedback: 'De anderen werken gewoon mee. Eén eigenaar voorkomt alleen dat iedereen denkt dat een ander het doet.',
      },
      {
        text: 'Omdat één naam duidelijk maakt wie zorgt dat het gebeurt.',
        feedback: 'Bij twee eigenaren wacht de een vaak op de ander. Een actie zonder eigenaar wordt niet gedaan.',
        correct: true,
      },
    ],
  },
  {
    id: 'budget-sluit',
    goal: 1,
    situation: 'In het budget van stap 6 staat de post "klantbijeenkomst: € 2.500". In het actieplan komt geen bijeenkomst voor.',
    question: 'Wat klopt er niet?',
    options: [
      {
        text: 'Niets: budget en acties staan los van elkaar.',
        feedback: 'De middelen van je acties moeten bij het budget passen: elke post uit het budget staat bij een actie, met dezelfde kosten.',
      },
      {
        text: 'Er ontbreekt een actie voor de bijeenkomst met € 2.500 aan middelen, of de post moet uit het budget.',
        feedback: 'Dat ga je zelf na bij "controleer of het plan sluit": elke budgetpost hoort bij een actie met dezelfde kosten en uren.',
        correct: true,
      },
      {
        text: 'De post hoort bij de risico’s van stap 7.',
        feedback: 'Een budgetpost is geen risico. Ze hoort bij een actie in het actieplan.',
      },
    ],
  },
  {
    id: 'borgen',
    goal: 2,
    situation: 'Een collega wordt langdurig ziek. Zijn accountplan staat alleen op zijn eigen laptop.',
    question: 'Wat had dit probleem voorkomen?',
    options: [
      {
        text: 'Het plan borgen: op een gedeelde plek zoals het CRM, besproken in een vast overleg, met een eigenaar bij elke actie.',
        feedback: 'Dan is het plan niet meer afhankelijk van één persoon, en kan een collega het overnemen.',
        correct: true,
      },
      {
        text: 'Een langere managementsamenvatting.',
        feedback: 'Een samenvatting helpt een lezer, maar niet als niemand het plan kan vinden. Zet het op een gedeelde plek.',
      },
      {
        text: 'Een kopie op een usb-stick in zijn la.',
        feedback: 'Dan heeft nog steeds alleen hij het plan. Borgen betekent dat collega’s het vinden en gebruiken.',
      },
    ],
  },
  {
    id: 'evaluatie-criteria',
    goal: 3,
    situation: 'Over de evaluatie van zijn plan schrijft Tim alleen: "Aan het eind van het jaar kijken we of de omzet is gegroeid."',
    question: 'Hoe maakt hij deze afspraak beter?',
    options: [
      {
        text: 'Hij laat de afspraak zo: omzet is het enige cijfer dat zijn manager wil zien.',
        feedback: 'Omzet is een gevolg. Of het plan werkt, zie je ook aan de KPI’s van de andere doelen, aan de tevredenheid van de klant en aan het gebruik van het plan door het team.',
      },
      {
        text: 'Hij telt aan het eind van het jaar hoeveel acties klaar zijn.',
        feedback: 'Klare acties laten zien dat het team het plan gebruikt. Maar een actie kan klaar zijn terwijl het doel niet wordt gehaald. Kijk dus ook naar de KPI’s en naar de tevredenheid van de klant.',
      },
      {
        text: 'Per criterium, zoals de KPI’s en de tevredenheid van de klant, noteert hij wanneer en hoe hij het meet.',
        feedback: 'Zo staat er waaraan, wanneer en hoe hij beoordeelt of het plan werkt. Wat de evaluatie laat zien, gebruikt hij om bij te sturen in stap 7.',
        correct: true,
      },
    ],
  },
  {
    id: 'samenvatting-laatst',
    goal: 4,
    situation: 'Lotte schrijft de managementsamenvatting als eerste, voordat ze aan stap 1 begint.',
    question: 'Wat is het risico?',
    options: [
      {
        text: 'Geen: de samenvatting staat toch vooraan.',
        feedback: 'Ze staat vooraan, maar je schrijft haar als laatste. Pas dan weet je wat erin hoort.',
      },
      {
        text: 'Dat de samenvatting te kort wordt.',
        feedback: 'Lengte is niet het probleem. Doelen, acties en bedragen zijn nog niet bekend.',
      },
      {
        text: 'Dat ze iets samenvat wat nog niet bestaat, en dat de getallen later niet meer kloppen.',
        feedback: 'Schrijf de samenvatting als het plan af is, en controleer of de getallen overeenkomen met de rest van het plan.',
        correct: true,
      },
    ],
  },
];
