import { CASE, raciCase as r } from './case';
import type { Kennischeck } from './types';

/** Knowledge check of lesson 5, Align: the team on one line. */
export const align: Kennischeck = [
  {
    id: 'raci-a-portaal',
    goal: 2,
    situation:
      'Lotte is accountmanager. Ze beloofde haar klant een bestelportaal en moet het bij haar directeur uitleggen als het misgaat. Tom van IT bouwt de koppeling en doet het meeste werk. De salesmanager krijgt na afloop een verslag.',
    question: 'Wie krijgt bij dit doel de A?',
    options: [
      {
        text: 'Tom: hij doet het meeste werk aan de koppeling.',
        feedback: 'Wie het werk uitvoert, krijgt een R. De A is eindverantwoordelijk: de persoon die beslist en erop wordt aangesproken.',
      },
      {
        text: 'Lotte en de salesmanager samen, als vangnet.',
        feedback: 'Als twee mensen eindverantwoordelijk zijn, is niemand het. Per doel is er precies één A. De salesmanager krijgt alleen een verslag: een I.',
      },
      {
        text: 'De salesmanager: die staat in de organisatie het hoogst.',
        feedback: 'De A gaat niet vanzelf naar de hoogste functie. De salesmanager hoort achteraf wat er gebeurde: dat is een I.',
      },
      {
        text: 'Lotte: zij moet het uitleggen als het misgaat.',
        feedback: 'Wie erop wordt aangesproken en beslist, is eindverantwoordelijk: de A. Per doel is er precies één.',
        correct: true,
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
        text: 'Niets: dat hij meehelpt, is een duidelijke afspraak.',
        feedback: '"Helpt mee" is geen afspraak. Noteer hoeveel uur per maand het vraagt, en controleer of zijn manager dat weet.',
      },
      {
        text: 'Hoeveel uur per maand het hem kost.',
        feedback: 'Met de uren erbij zie je nu al of de inzet past naast zijn andere werk, en niet pas halverwege het jaar.',
        correct: true,
      },
      {
        text: 'Zijn telefoonnummer, zodat de klant hem direct kan bellen.',
        feedback: 'Handig, maar daar wordt het geen afspraak van. Het gaat om de tijd: past het naast wat hij al doet?',
      },
      {
        text: 'Zijn taken bij de proef; de tijd regelt hij zelf met zijn manager.',
        feedback: 'De taken horen erbij, maar de tijd ook. Als de uren niet in het plan staan, merk je pas halverwege het jaar dat hij geen tijd heeft.',
      },
    ],
  },
  {
    id: 'team-vooraf',
    goal: 4,
    question: 'Wanneer betrek je je collega’s bij het plan?',
    options: [
      {
        text: 'Voordat je iets aan de klant belooft.',
        feedback: 'Dan weet je of er tijd en budget zijn. Zo wordt het plan van het team, en niet alleen van jou.',
        correct: true,
      },
      {
        text: 'Zodra de klant ja heeft gezegd; eerder is alles nog onzeker.',
        feedback: 'Dan blijkt vaak dat niemand tijd heeft. De klant ziet dan een belofte die niet wordt nagekomen, en dat kost vertrouwen.',
      },
      {
        text: 'Als het plan af is, zodat ze één compleet stuk lezen.',
        feedback: 'Dan kunnen ze alleen nog ja of nee zeggen. Wie vooraf meedenkt, weet of de tijd er is en steunt het plan.',
      },
      {
        text: 'Bij de eerste evaluatie, als blijkt wat er nodig is.',
        feedback: 'Dan is het te laat. Het team moet de doelen kennen en steunen voordat de uitvoering begint.',
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
        text: 'Vaker mailen, met het hele team in de cc, zodat niemand iets mist.',
        feedback: 'Meer mail maakt het niet overzichtelijker. Kies één plek waar iedereen de stand ziet.',
      },
      {
        text: 'Iedereen houdt een eigen lijst bij en stuurt die als erom gevraagd wordt.',
        feedback: 'Dan staat de stand nog steeds op vijf plekken, en ziet niemand het geheel. Kies één plek die iedereen bijhoudt.',
      },
      {
        text: 'Eén vaste plek, zoals een dashboard in het CRM, die iedereen bijhoudt.',
        feedback: 'Eén plek voorkomt dat informatie in losse mails verdwijnt. Spreek ook af wie wat deelt en hoe vaak.',
        correct: true,
      },
      {
        text: 'De voortgang alleen nog bespreken in de kwartaalevaluatie.',
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
        text: 'Nee: vraag naar tijd en budget, en noteer wie akkoord gaf en wanneer.',
        feedback: 'Een akkoord dat je opschrijft, is een afspraak waar je later op terug kunt vallen.',
        correct: true,
      },
      {
        text: 'Ja: een mondeling akkoord van je manager is ook een akkoord.',
        feedback: 'Een akkoord dat je niet opschrijft, is later lastig terug te vinden. En je weet nog niet of de tijd en het budget er zijn.',
      },
      {
        text: 'Nee: alleen een handtekening van de klant maakt het plan definitief.',
        feedback: 'Het gaat hier om het akkoord van je eigen team en je manager op de doelen, niet om de klant.',
      },
      {
        text: 'Ja, als je het team er in het volgende overleg over inlicht.',
        feedback: 'Het team inlichten is goed, maar het akkoord zelf staat dan nergens. Vraag naar tijd en budget, en noteer wie akkoord gaf en wanneer.',
      },
    ],
  },
  {
    id: 'lindenhof-raci',
    goal: 2,
    fromCase: true,
    situation: `${r.ruud} van de ${r.ruudRole} regelt de bestellingen van ${CASE.account}. Bij het doel "${r.goal}" voert ${r.leila} de proef uit. Voordat de nieuwe producten in de webshop komen, wil ${r.sanne} van ${r.ruud} weten of de levering het aankan.`,
    question: `Welke letter krijgt ${r.ruud} bij dit doel?`,
    options: [
      {
        text: 'R: zonder hem komen de producten niet bij de klant.',
        feedback: `Een R voert het werk van dit doel uit. Bij de proef doet ${r.leila} dat; ${r.ruud} wordt vooraf om zijn oordeel gevraagd.`,
      },
      {
        text: 'C: hij wordt vooraf gevraagd of de levering het aankan.',
        feedback: 'Wie meedenkt en vooraf wordt gevraagd, krijgt een C. Zo weet het team op tijd of de levering past.',
        correct: true,
      },
      {
        text: 'I: hij hoort later wel wat er in de webshop moet komen.',
        feedback: `Een I hoort achteraf wat er besloten is. ${r.sanne} wil ${r.ruud} juist vooraf spreken: dan is het een C.`,
      },
      {
        text: 'A: hij beslist wat er in de webshop van de klant komt.',
        feedback: `Per doel is er één A, en hier is dat ${r.sanne}: zij is eindverantwoordelijk voor het doel. ${r.ruud} geeft advies.`,
      },
    ],
  },
];
