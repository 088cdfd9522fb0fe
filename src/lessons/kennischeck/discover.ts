import type { Kennischeck } from './types';

/** Knowledge check of lesson 3, Discover: know your customer. */
export const discover: Kennischeck = [
  {
    id: 'drie-c',
    goal: 1,
    question: 'Waarvoor gebruik je de drie C’s: Customer, Concurrentie en Company?',
    options: [
      {
        text: 'Om de klant een cijfer voor tevredenheid te geven.',
        feedback: 'De drie C’s zijn geen score. Ze zijn een controle: heb je de klant, de concurrentie én je eigen bedrijf onderzocht?',
      },
      {
        text: 'Om te controleren of je analyse compleet is.',
        feedback: 'Klant, concurrentie en je eigen bedrijf: ontbreekt er een, dan heb je een blinde vlek.',
        correct: true,
      },
      {
        text: 'Om te kiezen welke concurrent je als eerste aanpakt.',
        feedback: 'De concurrentie is maar één van de drie C’s. Samen laten ze zien of je analyse compleet is.',
      },
    ],
  },
  {
    id: 'dmu-poortwachter',
    goal: 2,
    situation: 'Bij een school beslist de directeur over een nieuw printcontract. De secretaresse bepaalt wie er bij de directeur op afspraak komt en welke offertes ze te zien krijgt.',
    question: 'Welke rol heeft de secretaresse in de DMU?',
    options: [
      {
        text: 'Gebruiker',
        feedback: 'Een gebruiker werkt met wat je levert. De secretaresse bepaalt vooral welke mensen en welke informatie de directeur bereiken.',
      },
      {
        text: 'Beslisser',
        feedback: 'De directeur beslist. Wie bepaalt wie en wat de beslisser bereikt, is de poortwachter.',
      },
      {
        text: 'Poortwachter',
        feedback: 'Een poortwachter bepaalt welke informatie en welke mensen de anderen in de DMU bereiken. Zonder haar kom je niet bij de directeur.',
        correct: true,
      },
    ],
  },
  {
    id: 'dmu-voorstander',
    goal: 2,
    situation: 'In de DMU van een klant staan de inkoper (beslisser, neutraal), een teamleider (gebruiker, positief) en een receptionist (poortwachter, neutraal).',
    question: 'Wat zegt deze DMU je?',
    options: [
      {
        text: 'Niets bijzonders: neutraal is veilig.',
        feedback: 'Er is geen voorstander: niemand pleit binnen de klant voor je als het erop aankomt. Dat is een waarschuwing.',
      },
      {
        text: 'Het is een waarschuwing: er is geen voorstander. Zoek iemand met invloed die je voorstel binnen de klant wil dragen.',
        feedback: 'Een DMU zonder voorstander is een risico. Een voorstander pleit actief voor je; iemand die positief is, steekt er geen moeite in.',
        correct: true,
      },
      {
        text: 'Zet de teamleider op voorstander: dan klopt het.',
        feedback: 'De houding vul je niet in op hoop. Baseer haar op iets wat de persoon zei of deed.',
      },
    ],
  },
  {
    id: 'soort-aankoop',
    goal: 3,
    situation: 'Een gemeente koopt al jaren kantoorpapier bij jou, via een raamcontract. Nu wil ze voor het eerst recyclepapier met een keurmerk. De inkoper vraagt daarvoor drie offertes op.',
    question: 'Hoe beschrijf je deze aankoop in je plan?',
    options: [
      {
        text: 'Als routinematige herhalingsaankoop: het papier komt gewoon via het raamcontract.',
        feedback: 'Het raamcontract zegt hoe de gemeente nu bij jou koopt. Voor het nieuwe papier vraagt de inkoper drie offertes op: dat is geen routine, en jouw plek is niet zeker.',
      },
      {
        text: 'Als aangepaste herhalingsaankoop, met de stappen erbij: wie de eisen opstelt, wie de offertes vergelijkt en wanneer het budget vastligt.',
        feedback: 'Het product is bekend, maar er komt iets nieuws bij. Dan beslissen er meer mensen mee en duurt het langer dan bij een gewone bestelling. Met de stappen erbij weet je wie je moet spreken.',
        correct: true,
      },
      {
        text: 'Als nieuwe aankoop: de gemeente koopt voor het eerst recyclepapier.',
        feedback: 'Papier kopen is voor de gemeente niet nieuw: alleen de soort verandert. Een nieuwe aankoop is iets wat de klant nog nooit eerder kocht.',
      },
      {
        text: 'Dat hoeft niet: hoe de klant inkoopt, is de zaak van de inkoper.',
        feedback: 'Wie niet weet hoe de klant inkoopt, mist de mensen die de eisen opstellen en het moment waarop het budget vastligt. Dan is de keuze vaak al gemaakt voordat jij aan tafel zit.',
      },
    ],
  },
  {
    id: 'destep-gevolg',
    goal: 4,
    situation: 'Een vervoerder hoort dat de gemeente vanaf volgend jaar alleen nog uitstootvrije bestelbussen in het centrum toelaat.',
    question: 'Hoe noteer je deze trend?',
    options: [
      {
        text: 'Als politiek-juridische trend, met wat hij voor deze klant betekent: een kans of een bedreiging.',
        feedback: 'Het is een nieuwe regel van de overheid. En een trend zonder gevolg zegt niets: schrijf op wat hij voor deze klant betekent.',
        correct: true,
      },
      {
        text: 'Als demografische trend, omdat het over steden gaat.',
        feedback: 'Demografisch gaat over de bevolking: leeftijd, groei, samenstelling. Een nieuwe regel van de overheid is politiek-juridisch.',
      },
      {
        text: 'Alleen de trend zelf; wat hij betekent, bedenk je later.',
        feedback: 'Een trend opschrijven is niet genoeg. Zeg bij elke trend wat hij voor deze klant betekent.',
      },
    ],
  },
  {
    id: 'sturen-op-kosten',
    goal: 1,
    situation: 'Uit het jaarverslag van een klant blijkt dat hij vooral stuurt op lage kosten.',
    question: 'Welk argument werkt bij deze klant het best?',
    options: [
      {
        text: 'Jullie nieuwste innovatie.',
        feedback: 'Innovatie spreekt een klant aan die op kwaliteit of groei stuurt. Deze klant wil horen wat hij bespaart.',
      },
      {
        text: 'Hetzelfde verhaal als bij elke klant.',
        feedback: 'Waar de klant op stuurt, bepaalt welk argument werkt. Stem je verhaal daarop af.',
      },
      {
        text: 'Wat de klant met jouw aanbod bespaart.',
        feedback: 'Een klant die op kosten stuurt, hoort liever over besparing dan over innovatie.',
        correct: true,
      },
    ],
  },
];
