import type { Kennischeck } from './types';

/** Knowledge check of lesson 5, Align: the team on one line. */
export const align: Kennischeck = [
  {
    id: 'raci-a',
    goal: 2,
    situation: 'Bij het doel "een bestelportaal voor de klant" bouwt een collega van IT de koppeling. De accountmanager beslist over de aanpak en wordt erop aangesproken. De klantenservice denkt vooraf mee, en de salesmanager hoort wat er besloten is.',
    question: 'Wie krijgt de A?',
    options: [
      {
        text: 'De collega van IT, want die doet het meeste werk.',
        feedback: 'Wie het werk uitvoert, krijgt een R. A is eindverantwoordelijk: die beslist en wordt erop aangesproken.',
      },
      {
        text: 'De accountmanager.',
        feedback: 'Zij beslist en wordt erop aangesproken: A. Per doel is er precies één A.',
        correct: true,
      },
      {
        text: 'De accountmanager en de salesmanager samen.',
        feedback: 'Als twee mensen eindverantwoordelijk zijn, is niemand het. En de salesmanager hoort alleen wat er besloten is: die krijgt een I.',
      },
    ],
  },
  {
    id: 'uren-noemen',
    goal: 1,
    situation: 'In het team van een plan staat: "Daan, de productspecialist, helpt mee met de proef."',
    question: 'Wat ontbreekt er aan deze afspraak?',
    options: [
      {
        text: 'Niets: dat hij meehelpt, is genoeg.',
        feedback: '"Helpt mee" is geen afspraak. Noteer hoeveel uur per maand het vraagt, en controleer of zijn manager dat weet.',
      },
      {
        text: 'Hoeveel uur per maand het vraagt, zodat je ziet of het past naast zijn andere werk.',
        feedback: 'Met de uren erbij zie je nu al of de inzet past, en niet pas halverwege het jaar.',
        correct: true,
      },
      {
        text: 'Zijn telefoonnummer.',
        feedback: 'Handig, maar daar wordt het geen afspraak van. Het gaat om de tijd: past het naast wat hij al doet?',
      },
    ],
  },
  {
    id: 'team-vooraf',
    goal: 4,
    question: 'Wanneer betrek je je collega’s bij het plan?',
    options: [
      {
        text: 'Zodra de klant ja heeft gezegd; eerder is alles nog onzeker.',
        feedback: 'Dan blijkt vaak dat niemand tijd heeft. De klant ziet dan een belofte die niet wordt nagekomen, en dat kost vertrouwen.',
      },
      {
        text: 'Bij de eerste evaluatie.',
        feedback: 'Dan is het te laat. Het team moet de doelen kennen en steunen voordat de uitvoering begint.',
      },
      {
        text: 'Voordat je iets aan de klant belooft.',
        feedback: 'Dan weet je of er tijd en budget zijn. Zo wordt het plan van het team, en niet alleen van jou.',
        correct: true,
      },
    ],
  },
  {
    id: 'voortgang-een-plek',
    goal: 3,
    situation: 'Het team van Mila deelt de voortgang in losse mails. Na een maand weet niemand meer wat de laatste stand is.',
    question: 'Wat is de beste aanpak?',
    options: [
      {
        text: 'Eén plek afspreken, zoals een dashboard in het CRM of een vast punt in het teamoverleg, en wie daar wat deelt en hoe vaak.',
        feedback: 'Eén plek voorkomt dat informatie in losse mails verdwijnt. Iedereen ziet de stand op hetzelfde moment.',
        correct: true,
      },
      {
        text: 'Meer mails sturen, met iedereen in de cc.',
        feedback: 'Meer mail maakt het niet overzichtelijker. Kies één plek waar iedereen de stand ziet.',
      },
      {
        text: 'De voortgang alleen bij de kwartaalevaluatie bespreken.',
        feedback: 'Dan hoort het team te laat wat er speelt. Een vaste plek houdt iedereen tussendoor op de hoogte.',
      },
    ],
  },
  {
    id: 'akkoord-vastleggen',
    goal: 4,
    situation: 'Je manager zegt in de gang: "Prima plan, ga je gang."',
    question: 'Is dat akkoord genoeg?',
    options: [
      {
        text: 'Ja: een mondeling akkoord is ook een akkoord.',
        feedback: 'Een akkoord dat je niet opschrijft, is later lastig terug te vinden. Noteer wie akkoord gaf en wanneer.',
      },
      {
        text: 'Nee: vraag of de tijd en het budget er zijn, en noteer wie akkoord gaf en wanneer.',
        feedback: 'Een akkoord dat je opschrijft, is een afspraak waar je later op terug kunt vallen.',
        correct: true,
      },
      {
        text: 'Nee: alleen een handtekening van de klant telt.',
        feedback: 'Het gaat hier om het akkoord van je eigen team en je manager op de doelen, niet om de klant.',
      },
    ],
  },
];
