import { CASE, competitor as c } from './case';
import type { Kennischeck } from './types';

/** Knowledge check of lesson 3, Discover: know your customer. */
export const discover: Kennischeck = [
  {
    id: 'drie-c-ontbreekt',
    goal: 1,
    situation:
      'Kevin heeft voor zijn plan de DMU van de klant, het jaarverslag, de doelen van de klant en drie trends uit de markt. Hij weet ook wat zijn eigen bedrijf nu levert en waar het sterk in is.',
    question: 'Wat ontbreekt er nog, als hij zijn analyse naast de drie C’s legt?',
    options: [
      {
        text: 'Niets: de klant en zijn eigen bedrijf staan erin, en de trends dekken de markt.',
        feedback: 'Trends gaan over de markt in het algemeen. De tweede C is de concurrentie: wie krijgt de rest van de inkoop van deze klant, en waarom?',
      },
      {
        text: 'De concurrentie: wie de rest van de inkoop krijgt, en waarom.',
        feedback:
          'Klant en eigen bedrijf heeft Kevin. Zonder de concurrentie weet hij niet wie de rest van het budget krijgt: een blinde vlek die de klant later tegen hem kan gebruiken.',
        correct: true,
      },
      {
        text: 'De klant: een jaarverslag en doelen zeggen nog niets over zijn behoeften.',
        feedback: 'Het jaarverslag, de doelen en de DMU zijn juist de eerste C. Wat hij mist, is de concurrentie.',
      },
      {
        text: 'Zijn eigen bedrijf: wat het levert, is nog geen analyse van zijn positie.',
        feedback: 'Wat zijn bedrijf levert en waar het sterk in is, is de derde C. De C die ontbreekt, is de concurrentie.',
      },
    ],
  },
  {
    id: 'dmu-poortwachter',
    goal: 2,
    situation:
      'Bij een school beslist de directeur over een nieuw printcontract. De secretaresse bepaalt wie er bij de directeur op afspraak komt en welke offertes ze te zien krijgt.',
    question: 'Welke rol heeft de secretaresse in de DMU?',
    options: [
      {
        text: 'Beïnvloeder',
        feedback: 'Een beïnvloeder geeft advies op grond van kennis of positie. De secretaresse geeft geen advies: ze bepaalt wie en wat de directeur bereikt.',
      },
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
    situation:
      'In de DMU van een klant staan de inkoper (beslisser, neutraal), een teamleider (gebruiker, positief) en een receptionist (poortwachter, neutraal).',
    question: 'Wat zegt deze DMU je?',
    options: [
      {
        text: 'Het ziet er goed uit: niemand is kritisch, dus niemand zal je tegenhouden.',
        feedback: 'Er is geen voorstander: niemand pleit binnen de klant voor je als het erop aankomt. Neutraal is geen steun.',
      },
      {
        text: 'De teamleider is positief, dus die noteer je als je voorstander.',
        feedback: 'De houding vul je niet in op hoop. Positief is nog geen voorstander: baseer de houding op iets wat de persoon zei of deed.',
      },
      {
        text: 'Er is geen voorstander: zoek iemand met invloed die voor je wil pleiten.',
        feedback: 'Een DMU zonder voorstander is een waarschuwing. Een voorstander pleit actief voor je; iemand die positief is, steekt er geen moeite in.',
        correct: true,
      },
      {
        text: 'Je richt je alleen op de inkoper: die beslist, de anderen tellen niet mee.',
        feedback: 'De gebruiker en de poortwachter beslissen niet, maar ze bepalen wel mee wat de inkoper hoort. En je mist nog een voorstander.',
      },
    ],
  },
  {
    id: 'soort-aankoop',
    goal: 3,
    situation:
      'Een gemeente koopt al jaren kantoorpapier bij jou, via een raamcontract. Nu wil ze voor het eerst recyclepapier met een keurmerk. De inkoper vraagt daarvoor drie offertes op.',
    question: 'Hoe beschrijf je deze aankoop in je plan?',
    options: [
      {
        text: 'Aangepaste herhalingsaankoop: bekend product, nieuwe eisen, dus meer mensen.',
        feedback:
          'Het product is bekend, maar er komt iets nieuws bij. Dan beslissen er meer mensen mee en duurt het langer dan bij een gewone bestelling. Schrijf erbij wie de eisen opstelt en wanneer het budget vastligt.',
        correct: true,
      },
      {
        text: 'Routinematige herhalingsaankoop: het papier komt via het raamcontract.',
        feedback:
          'Het raamcontract zegt hoe de gemeente nu bij jou koopt. Voor het nieuwe papier vraagt de inkoper drie offertes op: dat is geen routine, en jouw plek is niet zeker.',
      },
      {
        text: 'Nieuwe aankoop: de gemeente koopt voor het eerst recyclepapier met keurmerk.',
        feedback: 'Papier kopen is voor de gemeente niet nieuw: alleen de soort verandert. Een nieuwe aankoop is iets wat de klant nog nooit eerder kocht.',
      },
      {
        text: 'Dat hoeft niet in je plan: hoe de gemeente inkoopt, is de zaak van inkoop.',
        feedback:
          'Wie niet weet hoe de klant inkoopt, mist de mensen die de eisen opstellen en het moment waarop het budget vastligt. Dan is de keuze vaak al gemaakt voordat jij aan tafel zit.',
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
        text: 'Politiek-juridisch, met het gevolg: een bedreiging voor zijn oude bussen.',
        feedback: 'Een nieuwe regel van de overheid is politiek-juridisch. En met het gevolg erbij zie je wat de trend voor deze klant betekent.',
        correct: true,
      },
      {
        text: 'Economisch, met het gevolg: de vervoerder moet nieuwe bussen kopen.',
        feedback: 'Het gevolg klopt, maar de factor niet. De ontwikkeling is een nieuwe regel van de overheid: politiek-juridisch. Het geld is het gevolg.',
      },
      {
        text: 'Politiek-juridisch; wat het voor de klant betekent, komt later in de SWOT.',
        feedback: 'De factor klopt, maar een trend zonder gevolg zegt niets. Schrijf er nu al bij wat hij voor deze klant betekent: daar bouwt de SWOT op.',
      },
      {
        text: 'Demografisch, met het gevolg: in de stad wonen steeds meer mensen.',
        feedback: 'Demografisch gaat over de bevolking: leeftijd, groei, samenstelling. En het gevolg moet gaan over de klant, niet over de stad.',
      },
    ],
  },
  {
    id: 'lindenhof-concurrent',
    goal: 4,
    fromCase: true,
    situation: `In de analyse van ${CASE.author} heeft ${c.name} ${c.share} van de inkoop van ${CASE.account}. Sterk: ${c.strong}. Zwak: ${c.weak}.`,
    question: `Waar ligt voor ${CASE.supplier} de beste kans tegenover ${c.name}?`,
    options: [
      {
        text: 'In de prijs: met korting op de basisproducten locaties terugwinnen.',
        feedback: `Dan vecht ${CASE.supplier} op het sterkste punt van de concurrent, en tegen zijn eigen uitgangspunt: verkopen op advies, niet op de laagste prijs.`,
      },
      {
        text: `In het assortiment: meer producten aanbieden dan ${c.name} nu heeft.`,
        feedback: `Een groot assortiment is juist een sterkte van ${c.name}. Zoek je kans waar de concurrent zwak is.`,
      },
      {
        text: `Nergens: met zo’n groot aandeel laat ${CASE.author} deze klant beter los.`,
        feedback: 'Een groot aandeel van de concurrent is ruimte om te groeien, zeker bij een klant die je strategisch noemt. Kijk waar de concurrent zwak is.',
      },
      {
        text: `In advies en één vast aanspreekpunt: daar schiet ${c.name} tekort.`,
        feedback:
          'Een zwakte van de concurrent is vaak jouw verkoopkans. Advies en een vaste accountmanager passen ook bij wat de klant nodig heeft voor de strengere eisen.',
        correct: true,
      },
    ],
  },
];
