import { CASE, relationObjective as o } from './case';
import type { Kennischeck } from './types';

/** Knowledge check of lesson 6, Develop: objectives, opportunities and budget. */
export const develop: Kennischeck = [
  {
    id: 'smart-doel-kpi',
    goal: 1,
    situation:
      'Sem schrijft doelen voor zijn klant, een keten van sportscholen die sportdranken bij hem inkoopt. In zijn CRM ziet hij alleen wat de keten bij hem koopt.',
    question: 'Welk doel is SMART, met een KPI die hij ook echt kan meten?',
    options: [
      {
        text: 'Ons aandeel in de totale inkoop van sportdranken van de keten stijgt vóór 31 december van 20% naar 35%, volgens ons CRM.',
        feedback:
          'Het ziet er SMART uit, maar de KPI is zo niet te meten. Het CRM kent alleen je eigen verkoop; voor een aandeel heb je ook de totale inkoop van de klant nodig. Vraag die cijfers aan de klant, of meet iets wat het CRM wel heeft.',
      },
      {
        text: 'Onze omzet in sportdranken bij de keten groeit flink vóór 31 december, volgens het CRM.',
        feedback:
          'Er is een KPI en een deadline, maar geen nulmeting en geen streefwaarde. Hoeveel is "flink"? Aan het eind van het jaar kan niemand zeggen of het gelukt is.',
      },
      {
        text: 'Onze omzet in sportdranken bij de keten: van € 40.000 naar € 55.000 vóór 31 december, volgens het CRM.',
        feedback: 'Specifiek, met een KPI die het CRM echt bijhoudt (je eigen omzet), een nulmeting, een streefwaarde en een deadline.',
        correct: true,
      },
      {
        text: 'Onze omzet in sportdranken bij de keten groeit van € 40.000 naar € 55.000, volgens het CRM.',
        feedback: 'Meetbaar, maar zonder deadline. Een doel zonder datum schuift steeds op: zet erbij wanneer het gehaald moet zijn.',
      },
    ],
  },
  {
    id: 'groeirichting-kiezen',
    goal: 2,
    situation:
      'Yara levert werkkleding aan de monteurs van een installatiebedrijf, op twee locaties. Het bedrijf opent dit jaar drie nieuwe locaties. Daar wil Yara dezelfde kleding gaan leveren.',
    question: 'Welke groeirichting kiest ze?',
    options: [
      {
        text: 'Penetratie',
        feedback:
          'Penetratie is meer verkopen van wat de klant al bij je koopt, op de plekken waar je al levert. Yara gaat naar locaties waar ze nu nog niets levert.',
      },
      {
        text: 'Productontwikkeling',
        feedback: 'Dan zou ze nieuw aanbod brengen aan dezelfde afdelingen. Yara levert dezelfde kleding als nu, alleen op nieuwe plekken.',
      },
      {
        text: 'Diversificatie',
        feedback:
          'Diversificatie is nieuw aanbod voor nieuwe afdelingen of locaties: twee dingen tegelijk nieuw. De kleding van Yara is voor deze klant niet nieuw.',
      },
      {
        text: 'Marktontwikkeling',
        feedback:
          'Bestaand aanbod voor nieuwe afdelingen of locaties is marktontwikkeling. In haar plan zet Yara erbij waarom: de klant opent drie nieuwe locaties.',
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
        text: '€ 10.000',
        feedback: '€ 40.000 × 25% = € 10.000: de gewogen waarde. Die neem je mee, niet de volle € 40.000.',
        correct: true,
      },
      {
        text: '€ 30.000',
        feedback: 'Dat is € 40.000 min 25%. De gewogen waarde is € 40.000 × 25% = € 10.000.',
      },
      {
        text: '€ 40.000',
        feedback: 'Dat is de volle waarde. Realistischer is de gewogen waarde: de verwachte omzet maal de waarschijnlijkheid.',
      },
      {
        text: '€ 50.000',
        feedback: 'Dat is € 40.000 plus 25%. De waarschijnlijkheid maakt een kans kleiner, niet groter: € 40.000 × 25% = € 10.000.',
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
        text: 'Ja: € 50.000 extra omzet min € 12.000 kosten laat € 38.000 over.',
        feedback: 'Omzet is niet wat je verdient. Reken met de extra brutomarge: € 50.000 × 30% = € 15.000, min € 12.000 kosten.',
      },
      {
        text: 'Ja, ruim: (€ 50.000 − € 12.000) × 30% is € 11.400 winst.',
        feedback: 'De kosten trek je niet van de omzet af, maar van de extra brutomarge: € 15.000 − € 12.000 = € 3.000.',
      },
      {
        text: 'Ja, net: € 15.000 brutomarge min € 12.000 kosten is € 3.000.',
        feedback: 'Van elke euro omzet blijft alleen de marge over om de kosten te betalen. Het saldo is positief, maar klein.',
        correct: true,
      },
    ],
  },
  {
    id: 'lindenhof-kwalitatief-doel',
    goal: 1,
    fromCase: true,
    situation: `Een van de doelen van ${CASE.author}: "${o.objective}". KPI: ${o.kpi}. Nulmeting: ${o.baseline}. Streefwaarde: ${o.target}. Deadline: ${o.deadline}.`,
    question: 'Is dit een SMART-doel?',
    options: [
      {
        text: 'Nee: zonder getal kun je niet meten of het doel gehaald is.',
        feedback: `Een kwalitatief doel heeft een toestand als streefwaarde, geen getal. Je toetst het: zit ${CASE.supplier} vóór de deadline aan tafel, of niet?`,
      },
      {
        text: 'Nee: een doel over de relatie hoort niet hier, maar in stap 8.',
        feedback:
          'In stap 8 bepaal je per contact hoe sterk de relatie is. Een doel dat de omzet mogelijk maakt, zoals deze uitnodiging, hoort gewoon bij de SMART-doelen.',
      },
      {
        text: 'Ja, maar pas als er een cijfer voor tevredenheid bij komt.',
        feedback: 'Een cijfer maakt dit doel niet beter. De uitnodiging is al een toets die je kunt nagaan, met een nulmeting en een deadline.',
      },
      {
        text: 'Ja: de streefwaarde is een toestand die je kunt toetsen.',
        feedback:
          'Een kwalitatief doel: de KPI is een toets (komt de uitnodiging of niet), met een nulmeting, een streefwaarde en een deadline. Zo is het net zo SMART als een omzetdoel.',
        correct: true,
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
        text: 'Niets: vacatures gaan over personeel, niet over jouw plan.',
        feedback: 'Vacatures laten vaak zien wat de klant bezighoudt, soms eerder dan een gesprek.',
      },
      {
        text: 'Noteren wat je zag en wat het kan betekenen, en het navragen.',
        feedback: 'Zo worden social media een bron voor je plan. Wat je vermoedt, toets je daarna in een gesprek.',
        correct: true,
      },
      {
        text: 'Meteen een offerte sturen voor planningssoftware, nu de klant groeit.',
        feedback: 'Eerst begrijpen, dan voorstellen. Noteer wat je zag en toets in een gesprek wat erachter zit.',
      },
      {
        text: 'De vacatures opnemen als kans in je SWOT: de klant groeit.',
        feedback:
          'Dat de klant groeit, is een vermoeden, geen feit. En een kans in de SWOT komt van buiten de klant. Noteer wat je zag en vraag na wat erachter zit.',
      },
    ],
  },
];
