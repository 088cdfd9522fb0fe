import type { Kennischeck } from './types';

/** Knowledge check of lesson 1, Envision: the proposal. */
export const envision: Kennischeck = [
  {
    id: 'uitgangspunten-salesplan',
    goal: 1,
    situation: 'Jesse is accountmanager bij een drukkerij en begint aan een plan voor een uitgeverij. De uitgangspunten van het salesplan van zijn team kent hij niet.',
    question: 'Wat doet hij eerst?',
    options: [
      {
        text: 'Hij begint meteen bij de uitgeverij: het plan gaat over de klant, niet over zijn eigen bedrijf.',
        feedback: 'Een accountplan dient ook de plannen van je eigen organisatie. Zonder die uitgangspunten weet Jesse niet of zijn doelen passen bij wat zijn bedrijf wil.',
      },
      {
        text: 'Hij bedenkt zelf een paar uitgangspunten die logisch klinken.',
        feedback: 'Dan bouwt hij op aannames. De uitgangspunten komen van zijn organisatie en zijn salesteam, dus hij vraagt ze na.',
      },
      {
        text: 'Hij beschrijft zijn eigen organisatie en vraagt zijn manager naar de uitgangspunten van het salesplan.',
        feedback: 'Zo weet hij waar zijn bedrijf heen wil, bijvoorbeeld met een groeidoel of een markt waar het team op focust. Het plan voor de uitgeverij sluit daar dan op aan.',
        correct: true,
      },
    ],
  },
  {
    id: 'eerste-doel-klant',
    goal: 4,
    situation: 'Ahmed is accountmanager bij een leverancier van kantoormeubilair. Voor zijn klant, een hogeschool, schrijft hij als eerste doel: "Meer bureaustoelen verkopen aan de hogeschool."',
    question: 'Welk eerste doel is sterker?',
    options: [
      {
        text: 'Omzet bij de hogeschool +10%, de rest bedenkt hij later.',
        feedback: 'Dat is nog steeds Ahmeds eigen doel. Begin bij wat de hogeschool wil bereiken; zijn omzet volgt daaruit.',
      },
      {
        text: 'Een doel dat aansluit op een doel van de hogeschool, zoals minder uitval van medewerkers door betere werkplekken.',
        feedback: 'Dit doel gaat uit van wat de klant wil bereiken. Ahmeds aanbod past erbij, en zijn omzet groeit mee.',
        correct: true,
      },
      {
        text: 'De nieuwste stoel uit zijn assortiment centraal zetten.',
        feedback: 'Beginnen bij je eigen product is een veelgemaakte fout. Schrijf eerst de doelen van de klant op en zoek daarna waar je aanbod past.',
      },
    ],
  },
  {
    id: 'houding-bereidheid',
    goal: 2,
    situation: 'De facilitair manager van een zorginstelling is heel tevreden over jouw levering. Over een nieuw idee zegt hij: "Voorlopig veranderen we niets."',
    question: 'Hoe noteer je zijn houding en zijn bereidheid?',
    options: [
      {
        text: 'Houding: positief. Bereidheid: laag.',
        feedback: 'De houding zegt hoe de klant nu over je denkt: tevreden, dus positief. De bereidheid zegt hoeveel zin hij heeft om samen iets nieuws te doen: weinig.',
        correct: true,
      },
      {
        text: 'Houding en bereidheid allebei hoog, want hij is tevreden.',
        feedback: 'Tevreden zijn zegt iets over de houding. Over iets nieuws zegt hij juist dat hij niets wil veranderen: zijn bereidheid is laag.',
      },
      {
        text: 'Houding: kritisch. Bereidheid: laag.',
        feedback: 'Hij is tevreden over je levering, dus kritisch past niet. Alleen zijn bereidheid om te veranderen is laag.',
      },
    ],
  },
  {
    id: 'account-classificatie',
    goal: 3,
    situation: 'Sara verkoopt koffieautomaten. Een ziekenhuis groeit snel en past precies bij het salesplan van haar team, dat in de zorg wil groeien. Toch koopt het ziekenhuis bijna alles bij een concurrent.',
    question: 'Welke plaats geeft ze dit account tussen haar andere klanten?',
    options: [
      {
        text: 'Strategisch: zo’n aantrekkelijke klant verdient de meeste aandacht.',
        feedback: 'De klant is aantrekkelijk, maar strategisch vraagt ook een sterke positie. Sara levert nu bijna niets, dus haar positie is zwak.',
      },
      {
        text: 'Ontwikkelen: de klant groeit en past bij het salesplan, maar de concurrent levert nu bijna alles.',
        feedback: 'Een aantrekkelijke klant waar je nog zwak staat, hoort bij ontwikkelen. Met de reden erbij kan Sara uitleggen waarom ze tijd en budget vraagt om er sterker te worden.',
        correct: true,
      },
      {
        text: 'Beperkt bedienen: ze verkoopt er nu bijna niets.',
        feedback: 'Alleen haar positie is zwak. De klant zelf is aantrekkelijk, want hij groeit en past bij het salesplan. Wie alleen naar de omzet van nu kijkt, laat een kans liggen.',
      },
      {
        text: 'Onderhouden: ze houdt het contact warm tot de concurrent een fout maakt.',
        feedback: 'Onderhouden past bij een minder aantrekkelijke klant waar je sterk staat. Hier is het net andersom: een aantrekkelijke klant en een zwakke positie.',
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
        text: 'Over drie jaar verkopen we 25% meer aan dit bouwbedrijf.',
        feedback: 'Dat is een getal, geen situatie. En het zegt niet wat de klant eraan heeft. Getallen komen later, in de SMART-doelen van stap 6.',
      },
      {
        text: 'Een betere relatie met het bouwbedrijf.',
        feedback: 'Te vaag: je herkent niet wanneer je er bent. Beschrijf een situatie die je kunt zien.',
      },
      {
        text: 'Over twee jaar plant het bouwbedrijf zijn materiaal samen met ons, zodat er op de bouwplaats geen dag meer wordt gewacht.',
        feedback: 'Een situatie die je herkent als je er bent, geschreven vanuit het belang van de klant. Zo ziet een ambitie eruit.',
        correct: true,
      },
    ],
  },
  {
    id: 'cijfers-bron',
    goal: 2,
    situation: 'Kim begint aan het voorstel voor een klant die ze al vijf jaar bedient. Ze weet ongeveer wat de klant per jaar bestelt.',
    question: 'Hoe vult ze de omzet en de marge van de laatste jaren in?',
    options: [
      {
        text: 'Uit haar geheugen: ze kent de klant goed genoeg.',
        feedback: 'Een omzet zonder bron is een mening. De cijfers staan in het CRM; haal ze daar vandaan.',
      },
      {
        text: 'Ze laat ze leeg tot ze in stap 3 het jaarverslag leest.',
        feedback: 'Haar eigen omzet en marge bij deze klant staan in het CRM: die heeft ze nu al. In stap 3 zoekt ze uit wat ze nog niet weet.',
      },
      {
        text: 'Uit het CRM. Het aandeel in de inkoop van de klant schat ze, en ze vinkt aan dat het een schatting is.',
        feedback: 'Zo begint het plan bij feiten. Een schatting is prima, zolang je erbij zet dat het er een is.',
        correct: true,
      },
    ],
  },
];
