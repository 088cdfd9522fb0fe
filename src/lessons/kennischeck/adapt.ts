import { CASE, priceSignal as p } from './case';
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
        text: 'Je verlaagt meteen je prijs, nog voordat hij bij een andere leverancier gaat kijken.',
        feedback: 'Kijk eerst wat het gevolg is. Een prijs verlagen zonder te weten wat er speelt, kost marge en lost misschien niets op.',
      },
      {
        text: 'Je noteert het met datum en gevolg, past het plan aan en zet hem in de DMU.',
        feedback: 'Een nieuwe persoon in de DMU is een signaal. Met de datum, het gevolg en je aanpassing zie je later waarom het plan is zoals het is.',
        correct: true,
      },
      {
        text: 'Niets: het plan geldt tot het eind van het jaar, en daar houd je je aan.',
        feedback: 'Wie het oude plan blijft volgen, werkt hard aan de verkeerde dingen. Een nieuwe persoon in de DMU is een signaal.',
      },
      {
        text: 'Je onthoudt het en bespreekt het bij de kwartaalevaluatie met je team.',
        feedback: 'Na drie maanden weet je niet meer precies wat je wanneer zag. Noteer elk signaal meteen, met de datum.',
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
        text: 'Het ligt niet op schema: zoek uit waarom, en beslis wat je aanpast.',
        feedback: 'Een doel dat halverwege het jaar pas op een kwart staat, vraagt om actie. De evaluatie wordt zo een gesprek over cijfers.',
        correct: true,
      },
      {
        text: 'Niets: aan het eind van het jaar komt het vanzelf goed.',
        feedback: 'Wachten maakt het gat alleen groter. Zoek uit waarom het achterloopt.',
      },
      {
        text: 'Je verlaagt de streefwaarde naar wat haalbaar lijkt, zonder het te melden.',
        feedback:
          'Een streefwaarde verlagen zonder uitleg ondermijnt het plan. Zoek eerst de oorzaak, en schrijf een aanpassing op met de reden en wie ermee instemde.',
      },
      {
        text: 'Het ligt op schema: de meeste resultaten komen aan het eind van het jaar.',
        feedback:
          'Dat kan, maar dan moet je plan dat zeggen, bijvoorbeeld met een proef die pas in het najaar loopt. Zonder die reden is een kwart halverwege een achterstand.',
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
        text: 'Een maatregel en een eigenaar; de kans en de impact weet je toch niet.',
        feedback: 'Schat ze allebei in: hoog, midden of laag. Zo zie je welke risico’s je eerst aanpakt.',
      },
      {
        text: 'Een waarschijnlijkheid en een impact, zodat je ziet hoe ernstig het is.',
        feedback: 'Dan weet je hoe groot het risico is, maar niet wat je doet als het gebeurt, of wie erop let.',
      },
      {
        text: 'Een maatregel, en de afspraak dat het hele team erop let.',
        feedback: 'Als iedereen erop let, voelt niemand zich verantwoordelijk. Zet er één naam bij, en schat ook de kans en de impact.',
      },
      {
        text: 'Een waarschijnlijkheid, een impact, een maatregel en een eigenaar.',
        feedback: 'Dan weet je hoe groot het risico is, heb je al een antwoord klaar als het gebeurt, en weet iedereen wie erop let.',
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
        text: 'Naar stap 1: een wezenlijke verandering vraagt om een heel nieuw plan.',
        feedback: 'Het voorstel en de ambitie blijven meestal staan. Pas bij een nieuw plan begin je weer bij stap 1.',
      },
      {
        text: 'Naar stap 6: je past de doelen en het budget aan de nieuwe situatie aan.',
        feedback: 'Dan pas je doelen aan op een analyse die niet meer klopt. Onderzoek eerst opnieuw wat je moet weten, in stap 3.',
      },
      {
        text: 'Naar stap 3: je onderzoekt opnieuw en loopt daarna de stappen door.',
        feedback: 'Wat verandert, is je kennis over de klant en de markt. Zo wordt het plan een cyclus, geen document.',
        correct: true,
      },
      {
        text: 'Naar geen enkele stap: je past alleen de acties in het actieplan aan.',
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
        text: 'De evaluatie houden, desnoods korter.',
        feedback: 'Houd de data uit stap 2 vast. Ook als het goed gaat, verandert er iets; een kort overleg is beter dan geen overleg.',
        correct: true,
      },
      {
        text: 'Overslaan: alle cijfers liggen op schema.',
        feedback: 'Ook als het goed gaat, verandert er iets. En juist als het druk is, verandert er veel.',
      },
      {
        text: 'Overslaan, en de KPI’s per mail rondsturen.',
        feedback: 'Een mail met cijfers is geen evaluatie: niemand bespreekt wat er veranderde en wat je aanpast. Houd het overleg, desnoods korter.',
      },
      {
        text: 'Verschuiven naar het eind van het jaar.',
        feedback: 'Dan zie je een probleem pas als het te laat is. Houd het ritme uit stap 2.',
      },
    ],
  },
  {
    id: 'lindenhof-signaal-risico',
    goal: 1,
    fromCase: true,
    situation: `Signaal in het logboek van ${CASE.author}: "${p.change}". ${p.buyer} van inkoop vraagt meteen om een gesprek over de prijs. In het plan staat al het risico "${p.risk}", met waarschijnlijkheid ${p.likelihood} en impact ${p.impact}.`,
    question: 'Wat doet dit signaal met dat risico?',
    options: [
      {
        text: 'Niets: het risico stond al in het plan, dus het is afgedekt.',
        feedback: 'Een risico in het plan is geen garantie. Een signaal kan de kans groter maken; dan is het tijd om de maatregel uit te voeren.',
      },
      {
        text: `De impact wordt laag: ${CASE.supplier} verkoopt op advies, niet op prijs.`,
        feedback:
          'Inkoop vraagt juist om een prijsgesprek: de impact blijft hoog. Dat het bedrijf op advies verkoopt, maakt de maatregel belangrijker, niet het risico kleiner.',
      },
      {
        text: 'De waarschijnlijkheid stijgt; de maatregel gaat nu al in.',
        feedback: `De prijsverlaging maakt het risico waarschijnlijker. Dus wacht ${CASE.author} niet af: ze zet de maatregel nu al in (${p.measure}), vóór het gesprek met ${p.buyer}.`,
        correct: true,
      },
      {
        text: 'Ze gaat met haar prijzen mee omlaag, zodat het risico weg is.',
        feedback:
          'Dan geeft ze marge weg voordat het gesprek er is, en tegen het uitgangspunt in om op advies te verkopen. Noteer het signaal en voer de maatregel uit.',
      },
    ],
  },
];
