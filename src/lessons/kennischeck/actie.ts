import type { Kennischeck } from './types';

/** Knowledge check of lesson 9, Actie!: carrying out the plan. */
export const actie: Kennischeck = [
  {
    id: 'actie-goed',
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
    id: 'samenvatting-laatst',
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
