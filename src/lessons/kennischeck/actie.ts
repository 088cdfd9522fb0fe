import { ownerCase as o } from './case';
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
        text: 'Voer de proef uit. Eigenaren: Noor en Bas. Van 1 februari tot en met 28 februari.',
        feedback: 'Bij twee eigenaren wacht de een vaak op de ander. Zet één naam bij elke actie; de anderen staan in de taakverdeling.',
      },
      {
        text: 'Presenteer de uitkomst van de proef aan de directeur. Noor, 1 tot en met 15 maart.',
        feedback: 'Een werkwoord in de gebiedende wijs, één eigenaar en een begin- en einddatum. Iedereen leest meteen wat er moet gebeuren.',
        correct: true,
      },
      {
        text: 'We gaan een proef doen met het nieuwe bestelsysteem, zodra er tijd is.',
        feedback: 'Geen werkwoord in de gebiedende wijs, geen eigenaar en geen datum. Zo’n actie gebeurt niet.',
      },
      {
        text: 'Presenteer de uitkomst aan de directeur. Eigenaar: Noor. Zo snel mogelijk.',
        feedback: 'Werkwoord en eigenaar kloppen, maar "zo snel mogelijk" is geen datum. Zonder begin- en einddatum schuift de actie op.',
      },
    ],
  },
  {
    id: 'lindenhof-eigenaar',
    goal: 1,
    fromCase: true,
    situation: `${o.sanne} wil de actie "${o.action}" aan ${o.ruud} geven, omdat ${o.leila} het druk heeft. In de taakverdeling van stap 5 is ${o.ruud} bij het doel van deze actie een C. ${o.sanne} is er de A.`,
    question: 'Wat moet ze doen?',
    options: [
      {
        text: `Niets: iedereen uit het accountteam mag eigenaar van een actie zijn.`,
        feedback: 'De eigenaar van een actie is de R of de A van het doel in de taakverdeling. Een C denkt mee, maar voert niet uit.',
      },
      {
        text: `${o.ruud} en ${o.leila} samen eigenaar maken, dan is de last verdeeld.`,
        feedback: 'Bij twee eigenaren wacht de een vaak op de ander. Zet één naam bij elke actie.',
      },
      {
        text: `${o.ruud} eigenaar maken en hem bij dit doel ook de A geven.`,
        feedback: `Per doel is er precies één A, en dat is ${o.sanne}. Wordt ${o.ruud} eigenaar, dan krijgt hij bij dit doel een R.`,
      },
      {
        text: `${o.ruud} eerst een R geven bij dit doel, of de actie bij ${o.leila} laten.`,
        feedback: 'Zo klopt het plan weer: de eigenaar van elke actie is de R of de A van het doel. Dat ga je zelf na bij "controleer of het plan sluit".',
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
        text: 'Niets: het budget en het actieplan zijn twee losse onderdelen.',
        feedback: 'De middelen van je acties moeten bij het budget passen: elke post uit het budget staat bij een actie, met dezelfde kosten.',
      },
      {
        text: 'De post hoort bij de risico’s van stap 7, want de bijeenkomst is onzeker.',
        feedback: 'Een budgetpost is geen risico. Ze hoort bij een actie in het actieplan.',
      },
      {
        text: 'Er mist een actie met € 2.500 aan middelen, of de post moet eruit.',
        feedback: 'Dat ga je zelf na bij "controleer of het plan sluit": elke budgetpost hoort bij een actie met dezelfde kosten en uren.',
        correct: true,
      },
      {
        text: 'Niets: de binnendienst regelt zo’n bijeenkomst ook zonder actie.',
        feedback: 'Wat niet in het actieplan staat, heeft geen eigenaar en geen datum. Dan gebeurt het niet, of betaal je voor iets wat niemand doet.',
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
        text: 'Het plan op een gedeelde plek, zoals het CRM, en vast besproken in het salesoverleg.',
        feedback: 'Dan is het plan niet meer afhankelijk van één persoon, en kan een collega het overnemen.',
        correct: true,
      },
      {
        text: 'Een langere managementsamenvatting, zodat een collega snel kan lezen wat erin staat.',
        feedback: 'Een samenvatting helpt een lezer, maar niet als niemand het plan kan vinden. Zet het op een gedeelde plek.',
      },
      {
        text: 'Een kopie op een usb-stick in zijn la, zodat er altijd een reservekopie is.',
        feedback: 'Dan heeft nog steeds alleen hij het plan. Borgen betekent dat collega’s het vinden en gebruiken.',
      },
      {
        text: 'Het plan na elke wijziging naar zijn manager mailen.',
        feedback:
          'Dan heeft één persoon meer het plan, maar het team vindt het nog steeds niet. Zet het op een gedeelde plek en bespreek het in een vast overleg.',
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
        feedback:
          'Omzet is een gevolg. Of het plan werkt, zie je ook aan de KPI’s van de andere doelen, aan de tevredenheid van de klant en aan het gebruik van het plan door het team.',
      },
      {
        text: 'Hij noemt ook de KPI’s en de tevredenheid, en kijkt er aan het eind van het jaar naar.',
        feedback:
          'De criteria kloppen, maar één moment aan het eind van het jaar is te laat om bij te sturen. Noteer per criterium wanneer en hoe je het meet.',
      },
      {
        text: 'Hij telt aan het eind van het jaar hoeveel acties zijn afgerond.',
        feedback:
          'Afgeronde acties laten zien dat het team het plan gebruikt. Maar een actie kan af zijn terwijl het doel niet wordt gehaald. Kijk dus ook naar de KPI’s en naar de tevredenheid van de klant.',
      },
      {
        text: 'Per criterium, zoals de KPI’s en de tevredenheid, noteert hij wanneer en hoe hij meet.',
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
        text: 'Dat ze iets samenvat wat er nog niet is, met getallen die later niet kloppen.',
        feedback: 'Schrijf de samenvatting als het plan af is, en controleer of de getallen overeenkomen met de rest van het plan.',
        correct: true,
      },
      {
        text: 'Geen: de samenvatting staat vooraan, dus ze schrijft haar ook als eerste.',
        feedback: 'Ze staat vooraan, maar je schrijft haar als laatste. Pas dan weet je wat erin hoort.',
      },
      {
        text: 'Dat de samenvatting te lang wordt, omdat ze alles wil noemen wat ze van plan is.',
        feedback: 'Lengte is niet het probleem. Doelen, acties en bedragen zijn nog niet bekend, dus ze vat iets samen wat er nog niet is.',
      },
      {
        text: 'Dat haar manager de samenvatting leest voordat de rest klaar is.',
        feedback: 'Dat is niet het risico. Het probleem is dat doelen, acties en bedragen nog niet bestaan: de samenvatting klopt later niet meer.',
      },
    ],
  },
];
