import type { Kennischeck } from './types';

/** Knowledge check of lesson 7, Adapt: steering the plan. */
export const adapt: Kennischeck = [
  {
    id: 'signaal-inkoper',
    goal: 1,
    situation: 'Je klant krijgt een nieuwe inkoper. Die vraagt meteen om een gesprek over de prijs.',
    question: 'Wat doe je met dit signaal?',
    options: [
      {
        text: 'Niets: het plan geldt tot het eind van het jaar.',
        feedback: 'Wie het oude plan blijft volgen, werkt hard aan de verkeerde dingen. Een nieuwe persoon in de DMU is een signaal.',
      },
      {
        text: 'Je noteert het met de datum, wat er veranderde, het gevolg en hoe je het plan aanpast. De nieuwe inkoper zet je in de DMU.',
        feedback: 'Zo zie je later waarom het plan is zoals het is, en weet je team wat er speelde.',
        correct: true,
      },
      {
        text: 'Je verlaagt meteen je streefwaarden.',
        feedback: 'Kijk eerst wat het gevolg is. Een doel stilletjes aanpassen ondermijnt het plan; schrijf op waarom je iets verandert.',
      },
    ],
  },
  {
    id: 'kpi-achter',
    goal: 2,
    situation: 'Halverwege het jaar heeft een doel pas een kwart van de weg van nulmeting naar streefwaarde afgelegd.',
    question: 'Wat betekent dat?',
    options: [
      {
        text: 'Het doel ligt niet op schema en vraagt om actie: zoek uit waarom, en beslis wat je aanpast.',
        feedback: 'Een doel dat halverwege het jaar pas op een kwart staat, vraagt om actie. De evaluatie wordt zo een gesprek over cijfers.',
        correct: true,
      },
      {
        text: 'Niets: aan het eind van het jaar komt het vanzelf goed.',
        feedback: 'Wachten maakt het gat alleen groter. Zoek uit waarom het achterloopt.',
      },
      {
        text: 'Je verlaagt de streefwaarde naar wat haalbaar lijkt, en zegt er verder niets over.',
        feedback: 'Een streefwaarde verlagen zonder uitleg ondermijnt het plan. Zoek eerst de oorzaak, en schrijf een aanpassing op met de reden en wie ermee instemde.',
      },
    ],
  },
  {
    id: 'risico-compleet',
    goal: 3,
    situation: 'Je schrijft als risico: "De klant kan overstappen naar een goedkopere leverancier."',
    question: 'Wat hoort er nog bij?',
    options: [
      {
        text: 'Niets: het benoemen is genoeg.',
        feedback: 'Een risico zonder maatregel en eigenaar overvalt je alsnog. Zet er een naam bij van iemand die erop let.',
      },
      {
        text: 'Alleen de impact; de waarschijnlijkheid weet je toch niet.',
        feedback: 'Schat ze allebei in: hoog, midden of laag. Zo zie je welke risico’s je eerst aanpakt.',
      },
      {
        text: 'Een waarschijnlijkheid, een impact, een maatregel en een eigenaar.',
        feedback: 'Dan heb je al een antwoord klaar als het gebeurt, en weet iedereen wie erop let.',
        correct: true,
      },
    ],
  },
  {
    id: 'terug-naar-discover',
    goal: 1,
    question: 'Er is iets wezenlijks veranderd bij de klant. Naar welke stap ga je terug?',
    options: [
      {
        text: 'Naar stap 1: je begint een nieuw plan.',
        feedback: 'Het voorstel en de ambitie blijven meestal staan. Pas bij een nieuw plan begin je weer bij stap 1.',
      },
      {
        text: 'Naar stap 3, Discover: je onderzoekt opnieuw wat je moet weten, en loopt de stappen daarna weer door.',
        feedback: 'Wat verandert, is je kennis over de klant en de markt. Zo wordt het plan een cyclus, geen document.',
        correct: true,
      },
      {
        text: 'Nergens naartoe: je past alleen de acties aan.',
        feedback: 'Bij een kleine verandering kan dat. Bij een wezenlijke verandering klopt je analyse niet meer: dan begin je opnieuw bij Discover.',
      },
    ],
  },
  {
    id: 'evaluatie-houden',
    goal: 2,
    situation: 'Alle cijfers liggen op schema. Een collega stelt voor de kwartaalevaluatie over te slaan, omdat het druk is.',
    question: 'Wat is verstandig?',
    options: [
      {
        text: 'Overslaan: alles loopt goed.',
        feedback: 'Ook als het goed gaat, verandert er iets. En juist als het druk is, verandert er veel.',
      },
      {
        text: 'De evaluatie houden, desnoods korter.',
        feedback: 'Houd de data uit stap 2 vast. Een kort overleg is beter dan geen overleg.',
        correct: true,
      },
      {
        text: 'De evaluatie verschuiven naar het eind van het jaar.',
        feedback: 'Dan zie je een probleem pas als het te laat is. Houd het ritme uit stap 2.',
      },
    ],
  },
];
