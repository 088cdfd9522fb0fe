import type { Kennischeck } from './types';

/** Knowledge check of lesson 2, Schedule: planning the plan. */
export const schedule: Kennischeck = [
  {
    id: 'tijd-schatten',
    goal: 1,
    situation: 'Mark schrijft een eerste plan voor een grote nieuwe klant. Zijn manager vraagt hoeveel tijd hij nodig heeft.',
    question: 'Welke schatting past het best?',
    options: [
      {
        text: 'Een middag: het werkblad is zo ingevuld.',
        feedback: 'Wie denkt dat een plan in een middag af is, raakt gefrustreerd en stopt halverwege. Het zoeken, het klantgesprek en het overleg kosten ook tijd.',
      },
      {
        text: 'Twintig tot dertig uur, opgeteld per stap, met het klantgesprek en het overleg met zijn team erbij.',
        feedback: 'Een eerste plan voor een grote klant kost al snel 20 tot 30 uur. Met een getal per stap kan Mark tijd vragen en blokken in zijn agenda zetten.',
        correct: true,
      },
      {
        text: 'Dat weet hij pas achteraf, dus hij begint gewoon.',
        feedback: 'Zonder schatting kan hij geen tijd vragen, en schuift het plan steeds een week op. Tel vooraf de uren per stap.',
      },
    ],
  },
  {
    id: 'klaar-voor-begroting',
    goal: 2,
    situation: 'De begroting van het bedrijf van Noor ligt op 15 november vast. Haar plan gaat in op 1 januari.',
    question: 'Wanneer moet haar plan klaar zijn?',
    options: [
      {
        text: 'Op 31 december, vlak voordat het ingaat.',
        feedback: 'Dan is de begroting al vastgesteld. Haar acties hebben geen budget, en ze moet achteraf om uitzonderingen vragen.',
      },
      {
        text: 'Zodra haar eerste versie af is; de goedkeuring volgt vanzelf.',
        feedback: 'De datum waarop het plan klaar is, is de datum van de goedkeuring, niet die van de eerste versie.',
      },
      {
        text: 'Vóór 15 november, met ruimte voor de goedkeuring van haar manager.',
        feedback: 'Werk terug vanaf de begroting: alleen een plan dat er vóór ligt, krijgt geld. En plan de goedkeuring niet op de laatste dag.',
        correct: true,
      },
    ],
  },
  {
    id: 'ritme-nieuw-account',
    goal: 3,
    situation: 'Je schrijft een plan voor een account dat je net hebt binnengehaald. Er verandert nog veel: nieuwe contacten, nieuwe afspraken.',
    question: 'Welk ritme kies je voor de evaluatie?',
    options: [
      {
        text: 'Elk half jaar: dat kost het minste tijd.',
        feedback: 'Bij een nieuw account verandert veel. Een half jaar is te lang om op tijd bij te sturen.',
      },
      {
        text: 'Elk kwartaal, want dat werkt voor de meeste accounts.',
        feedback: 'Een kwartaal past bij een stabiele klant. Bij een nieuw account, of bij een klant waar veel verandert, kies je een maand.',
      },
      {
        text: 'Elke maand.',
        feedback: 'Bij een nieuw account of een klant waar veel verandert, kies je een maand. Zo zie je snel of het plan nog klopt.',
        correct: true,
      },
    ],
  },
  {
    id: 'looptijd-einde',
    goal: 3,
    question: 'Waarom leg je ook de einddatum vast van de periode waarin het plan geldt?',
    options: [
      {
        text: 'Zodat iedereen weet wanneer het plan afloopt, en wanneer je aan het volgende plan begint.',
        feedback: 'Een plan zonder einde wordt nooit vervangen. Met een vaste looptijd is duidelijk wanneer het volgende plan nodig is.',
        correct: true,
      },
      {
        text: 'Omdat je na de einddatum niet meer hoeft te evalueren.',
        feedback: 'Aan het eind van de looptijd volgt juist de eindevaluatie. De einddatum zegt wanneer het plan afloopt en het volgende begint.',
      },
      {
        text: 'Omdat de klant dat in zijn contract eist.',
        feedback: 'Dat kan zo zijn, maar daarom doe je het niet. Zonder einddatum wordt een plan nooit vervangen.',
      },
    ],
  },
  {
    id: 'mijlpalen',
    goal: 2,
    situation: 'Femke heeft alleen de datum waarop haar plan af moet zijn in haar agenda gezet. Twee weken ervoor merkt ze dat het gesprek met de klant nog niet is gepland.',
    question: 'Wat had haar dit eerder laten zien?',
    options: [
      {
        text: 'Een langere looptijd van het plan.',
        feedback: 'De looptijd zegt hoe lang het plan geldt, niet hoe ver je met schrijven bent.',
      },
      {
        text: 'Mijlpalen met een datum, zoals "gesprek met de klant gevoerd".',
        feedback: 'Mijlpalen knippen het werk op in tussenresultaten met een datum. Zo zie je op tijd dat je achterloopt.',
        correct: true,
      },
      {
        text: 'Een evaluatie per maand.',
        feedback: 'Evaluaties gaan over het plan als het eenmaal geldt. Voor het schrijven zelf heb je mijlpalen nodig.',
      },
    ],
  },
];
