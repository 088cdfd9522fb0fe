import type { Kennischeck } from './types';

/** Knowledge check of lesson 6, Develop: objectives, opportunities and budget. */
export const develop: Kennischeck = [
  {
    id: 'smart-doel',
    goal: 1,
    situation: 'Sem schrijft doelen voor zijn klant, een keten van sportscholen die sportdranken bij hem inkoopt.',
    question: 'Welk doel is SMART?',
    options: [
      {
        text: 'De relatie met de klant verbeteren.',
        feedback: 'Niet meetbaar en niet tijdgebonden. Aan het eind van het jaar weet niemand of het gelukt is.',
      },
      {
        text: 'Ons aandeel in hun inkoop van sportdranken groeit van 20% naar 35% vóór 31 december, gemeten in het CRM.',
        feedback: 'Specifiek, met een KPI, een nulmeting (20%), een streefwaarde (35%) en een deadline.',
        correct: true,
      },
      {
        text: 'Zo snel mogelijk veel meer omzet.',
        feedback: 'Niet specifiek, niet meetbaar en zonder datum. Noem een KPI, een nulmeting, een streefwaarde en een deadline.',
      },
    ],
  },
  {
    id: 'groeirichting-kiezen',
    goal: 2,
    situation: 'Yara levert werkkleding aan de monteurs van een installatiebedrijf, op twee locaties. Het bedrijf opent dit jaar drie nieuwe locaties. Daar wil Yara dezelfde kleding gaan leveren.',
    question: 'Welke groeirichting kiest ze?',
    options: [
      {
        text: 'Penetratie',
        feedback: 'Penetratie is meer verkopen van wat de klant al bij je koopt, op de plekken waar je al levert. Yara gaat naar locaties waar ze nu nog niets levert.',
      },
      {
        text: 'Productontwikkeling',
        feedback: 'Dan zou ze nieuw aanbod brengen aan dezelfde afdelingen. Yara levert dezelfde kleding als nu, alleen op nieuwe plekken.',
      },
      {
        text: 'Diversificatie',
        feedback: 'Diversificatie is nieuw aanbod voor nieuwe afdelingen of locaties: twee dingen tegelijk nieuw. De kleding van Yara is voor deze klant niet nieuw.',
      },
      {
        text: 'Marktontwikkeling',
        feedback: 'Bestaand aanbod voor nieuwe afdelingen of locaties is marktontwikkeling. In haar plan zet Yara erbij waarom: de klant opent drie nieuwe locaties.',
        correct: true,
      },
    ],
  },
  {
    id: 'gewogen-waarde',
    goal: 3,
    situation: 'Een verkoopkans heeft een verwachte omzet van € 40.000 en een waarschijnlijkheid van 25%.',
    question: 'Met welk bedrag reken je in je verwachting?',
    options: [
      {
        text: '€ 40.000',
        feedback: 'Dat is de volle waarde. Realistischer is de gewogen waarde: de verwachte omzet maal de waarschijnlijkheid.',
      },
      {
        text: '€ 30.000',
        feedback: 'Dat is € 40.000 min 25%. De gewogen waarde is € 40.000 × 25% = € 10.000.',
      },
      {
        text: '€ 10.000',
        feedback: '€ 40.000 × 25% = € 10.000: de gewogen waarde. Die neem je mee, niet de volle € 40.000.',
        correct: true,
      },
    ],
  },
  {
    id: 'brutomarge-saldo',
    goal: 4,
    situation: 'Een actie levert naar verwachting € 50.000 extra omzet op. De marge is 30%. De actie kost € 12.000.',
    question: 'Is de actie de moeite waard?',
    options: [
      {
        text: 'Ja: € 50.000 extra omzet is veel meer dan € 12.000 kosten.',
        feedback: 'Omzet is niet wat je verdient. Reken met de extra brutomarge: € 50.000 × 30% = € 15.000.',
      },
      {
        text: 'Ja, net: € 15.000 extra brutomarge min € 12.000 kosten laat € 3.000 over.',
        feedback: 'Van elke euro omzet blijft alleen de marge over om de kosten te betalen. Het saldo is positief, maar klein.',
        correct: true,
      },
      {
        text: 'Nee: de kosten zijn hoger dan de marge van 30%.',
        feedback: 'Een percentage en een bedrag kun je niet zo vergelijken. Reken de extra brutomarge uit (€ 15.000) en trek de kosten ervan af: € 3.000 over.',
      },
    ],
  },
  {
    id: 'nulmeting',
    goal: 1,
    question: 'Waarom noteer je bij elk doel een nulmeting?',
    options: [
      {
        text: 'Omdat de streefwaarde een vast percentage hoger moet zijn dan de nulmeting.',
        feedback: 'Zo’n regel bestaat niet. De nulmeting laat zien waar je begint.',
      },
      {
        text: 'Omdat je zonder nulmeting later niet weet hoeveel je bent gegroeid.',
        feedback: '"40% duurzaam" zegt weinig als je niet weet dat het nu 12% is. Zoek de huidige stand op voordat je een streefwaarde kiest.',
        correct: true,
      },
      {
        text: 'Alleen bij omzetdoelen; bij andere doelen hoeft het niet.',
        feedback: 'Elk doel heeft een vertrekpunt nodig. Bij een kwalitatief doel beschrijf je de toestand van nu.',
      },
    ],
  },
  {
    id: 'social-media',
    goal: 3,
    situation: 'Op LinkedIn zie je dat je klant drie vacatures voor planners heeft geplaatst.',
    question: 'Wat doe je ermee?',
    options: [
      {
        text: 'Niets: vacatures gaan over personeel, niet over je plan.',
        feedback: 'Vacatures laten vaak zien wat de klant bezighoudt, soms eerder dan een gesprek.',
      },
      {
        text: 'Meteen een offerte sturen voor planningssoftware.',
        feedback: 'Eerst begrijpen, dan voorstellen. Noteer wat je zag en toets in een gesprek wat erachter zit.',
      },
      {
        text: 'Opschrijven wat je zag en wat het voor je plan kan betekenen, bijvoorbeeld dat de klant groeit of zijn planning anders inricht.',
        feedback: 'Zo worden social media een bron voor je plan. Wat je vermoedt, toets je daarna in een gesprek.',
        correct: true,
      },
    ],
  },
];
