import { CASE, marginGrowth as m } from './case';
import type { Kennischeck } from './types';

/** Knowledge check of lesson 1, Envision: the proposal. */
export const envision: Kennischeck = [
  {
    id: 'uitgangspunten-salesplan',
    goal: 1,
    situation:
      'Jesse is accountmanager bij een drukkerij en begint aan een plan voor een uitgeverij. De uitgangspunten van het salesplan (het verkoopplan) van zijn team kent hij niet.',
    question: 'Wat doet hij eerst?',
    options: [
      {
        text: 'Hij begint bij de uitgeverij en haar wensen: het plan gaat over de klant, niet over de drukkerij.',
        feedback:
          'Een accountplan dient ook de plannen van je eigen organisatie. Zonder de uitgangspunten weet Jesse niet of zijn doelen passen bij wat de drukkerij wil.',
      },
      {
        text: 'Hij schrijft zelf een paar uitgangspunten op die voor zijn team logisch lijken.',
        feedback: 'Dan bouwt hij op aannames. De uitgangspunten komen van zijn organisatie en zijn salesteam, dus hij vraagt ze na.',
      },
      {
        text: 'Hij beschrijft eerst de drukkerij en vraagt zijn manager naar het salesplan.',
        feedback:
          'Zo weet hij waar zijn bedrijf heen wil, bijvoorbeeld met een groeidoel of een markt waar het team op focust. Het plan voor de uitgeverij sluit daar dan op aan.',
        correct: true,
      },
      {
        text: 'Hij neemt de doelen van de uitgeverij over als uitgangspunten voor zijn plan.',
        feedback:
          'De doelen van de klant zijn belangrijk, maar ze komen later in het voorstel. De uitgangspunten gaan over zijn eigen organisatie: wat wil de drukkerij bereiken?',
      },
    ],
  },
  {
    id: 'eerste-doel-klant',
    goal: 4,
    situation:
      'Ahmed is accountmanager bij een leverancier van kantoormeubilair. Voor zijn klant, een hogeschool, schrijft hij als eerste doel: "Meer bureaustoelen verkopen aan de hogeschool."',
    question: 'Welk eerste doel is sterker?',
    options: [
      {
        text: 'De omzet bij de hogeschool groeit met 10%, met de nieuwe stoelen als trekker.',
        feedback:
          'Dat is nog steeds Ahmeds eigen doel, nu met een getal. Begin bij wat de hogeschool wil bereiken; zijn omzet volgt daaruit. Getallen komen in stap 6.',
      },
      {
        text: 'Minder verzuim door rugklachten bij het personeel, dankzij betere werkplekken.',
        feedback: 'Dit doel gaat uit van wat de hogeschool wil bereiken. Ahmeds aanbod past erbij, en zijn omzet groeit mee.',
        correct: true,
      },
      {
        text: 'Alle collegezalen krijgen vóór de zomer de nieuwste stoel uit ons assortiment.',
        feedback: 'Beginnen bij je eigen product is een veelgemaakte fout. Schrijf eerst de doelen van de klant op en zoek daarna waar je aanbod past.',
      },
      {
        text: 'De hogeschool ziet ons als haar beste leverancier van kantoormeubilair.',
        feedback: 'Dat gaat over Ahmeds bedrijf, niet over wat de hogeschool wil bereiken. En het is te vaag om te herkennen wanneer je er bent.',
      },
    ],
  },
  {
    id: 'houding-bereidheid',
    goal: 2,
    situation:
      'De facilitair manager van een zorginstelling is heel tevreden over jouw levering. Over een nieuw idee zegt hij: "Voorlopig veranderen we niets."',
    question: 'Hoe noteer je zijn houding en zijn bereidheid?',
    options: [
      {
        text: 'Houding: voorstander. Bereidheid: laag.',
        feedback: 'Tevreden is nog geen voorstander. Een voorstander pleit binnen de klant actief voor jou; deze manager wil juist niets veranderen.',
      },
      {
        text: 'Houding: positief. Bereidheid: hoog.',
        feedback: 'Tevreden zijn zegt iets over de houding. Over iets nieuws zegt hij juist dat hij niets wil veranderen: zijn bereidheid is laag.',
      },
      {
        text: 'Houding: kritisch. Bereidheid: laag.',
        feedback: 'Hij is tevreden over je levering, dus kritisch past niet. Alleen zijn bereidheid om iets nieuws te doen is laag.',
      },
      {
        text: 'Houding: positief. Bereidheid: laag.',
        feedback:
          'De houding zegt hoe de klant nu over je denkt: tevreden, dus positief. De bereidheid zegt hoeveel zin hij heeft om samen iets nieuws te doen: weinig.',
        correct: true,
      },
    ],
  },
  {
    id: 'account-classificatie',
    goal: 3,
    situation:
      'Sara verkoopt koffieautomaten. Een ziekenhuis groeit snel en past precies bij het salesplan van haar team, dat in de zorg wil groeien. Toch koopt het ziekenhuis bijna alles bij een concurrent.',
    question: 'Welke plaats geeft ze dit account tussen haar andere klanten?',
    options: [
      {
        text: 'Strategisch: een klant die zo snel groeit, verdient de meeste aandacht.',
        feedback: 'De klant is aantrekkelijk, maar strategisch vraagt ook een sterke positie. Sara levert nu bijna niets, dus haar positie is zwak.',
      },
      {
        text: 'Beperkt bedienen: ze verkoopt er bijna niets, dus het levert weinig op.',
        feedback:
          'Alleen haar positie is zwak. De klant zelf is aantrekkelijk, want hij groeit en past bij het salesplan. Wie alleen naar de omzet van nu kijkt, laat een kans liggen.',
      },
      {
        text: 'Ontwikkelen: aantrekkelijk, maar de concurrent levert nu bijna alles.',
        feedback:
          'Een aantrekkelijke klant waar je nog zwak staat, hoort bij ontwikkelen. Met de reden erbij kan Sara uitleggen waarom ze tijd en budget vraagt om er sterker te worden.',
        correct: true,
      },
      {
        text: 'Onderhouden: ze houdt het contact warm tot de concurrent een fout maakt.',
        feedback:
          'Onderhouden past bij een minder aantrekkelijke klant waar je sterk staat. Hier is het net andersom: een aantrekkelijke klant en een zwakke positie.',
      },
    ],
  },
  {
    id: 'ambitie-situatie',
    goal: 4,
    situation: 'Lisa schrijft de ambitie voor haar account, een bouwbedrijf dat vaak wacht op materiaal.',
    question: 'Welke ambitie past het best bij wat deze les vraagt?',
    options: [
      {
        text: 'Over twee jaar wacht op de bouwplaats niemand meer op materiaal.',
        feedback: 'Een situatie die je herkent als je er bent, geschreven vanuit het belang van de klant. Zo ziet een ambitie eruit.',
        correct: true,
      },
      {
        text: 'Over drie jaar verkopen we 25% meer aan dit bouwbedrijf dan nu.',
        feedback: 'Dat is een getal, geen situatie. En het zegt niet wat de klant eraan heeft. Getallen komen later, in de SMART-doelen van stap 6.',
      },
      {
        text: 'Een betere relatie met het bouwbedrijf, met vaker overleg over de planning.',
        feedback: 'Te vaag: je herkent niet wanneer je er bent. Beschrijf een situatie die je kunt zien.',
      },
      {
        text: 'Over twee jaar is ons nieuwe bestelportaal de standaard op elke bouwplaats.',
        feedback: 'Dat gaat over je eigen product. Een ambitie zegt wat de klant aan jou heeft, niet wat hij van je afneemt.',
      },
    ],
  },
  {
    id: 'lindenhof-brutomarge',
    goal: 2,
    fromCase: true,
    situation: `In het CRM vindt ${CASE.author} de omzet van ${CASE.supplier} bij ${CASE.account}: ${m.firstRevenue} in ${m.firstYear} bij een marge van ${m.firstMargin}, en ${m.lastRevenue} in ${m.lastYear} bij een marge van ${m.lastMargin}. Ze wil weten of de groei ook winst oplevert.`,
    question: `Hoeveel meer brutomarge verdiende ${CASE.supplier} in ${m.lastYear} dan in ${m.firstYear}?`,
    options: [
      {
        text: m.growthAtNewMargin,
        feedback: `Dat is alleen de extra omzet maal ${m.lastMargin}. Maar ook op de omzet die er al was, steeg de marge. Reken de brutomarge per jaar uit en trek ze van elkaar af.`,
      },
      {
        text: m.revenueOnly,
        feedback: 'Dat is de groei van de omzet. De brutomarge is omzet maal margepercentage: pas dan zie je wat de groei oplevert.',
      },
      {
        text: m.pointsOnly,
        feedback: `Dat is alleen het effect van de hogere marge op de omzet van ${m.lastYear}. De extra omzet levert ook marge op. Reken per jaar de brutomarge uit en trek ze van elkaar af.`,
      },
      {
        text: m.right,
        feedback: `${m.lastRevenue} × ${m.lastMargin} = ${m.lastGross}, en ${m.firstRevenue} × ${m.firstMargin} = ${m.firstGross}. Het verschil is de extra brutomarge: de groei levert dus ook winst op.`,
        correct: true,
      },
    ],
  },
];
