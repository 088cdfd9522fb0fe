import { budgetRound as b, CASE } from './case';
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
        text: 'Per stap geteld, met zoeken, gesprek en overleg: al snel drie à vier werkdagen.',
        feedback:
          'Een eerste plan voor een grote klant kost al snel 20 tot 30 uur. Met een getal per stap kan Mark tijd vragen en blokken in zijn agenda zetten.',
        correct: true,
      },
      {
        text: 'Een middag: hij kent de klant, dus het werkblad is zo ingevuld.',
        feedback:
          'Wie denkt dat een plan in een middag af is, raakt gefrustreerd en stopt halverwege. Het zoeken, het klantgesprek en het overleg kosten ook tijd.',
      },
      {
        text: 'Twee dagen schrijven; het klantgesprek en het overleg horen bij zijn gewone werk.',
        feedback: 'Het gesprek met de klant en het overleg met het team zijn deel van het plan. Wie ze niet meetelt, komt tijd tekort. Tel ze per stap mee.',
      },
      {
        text: 'Dat weet hij pas achteraf; hij begint en ziet wel hoe lang het duurt.',
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
        text: 'Op 31 december, vlak voordat het plan ingaat.',
        feedback: 'Dan is de begroting al vastgesteld. Haar acties hebben geen budget, en ze moet achteraf om uitzonderingen vragen.',
      },
      {
        text: 'Begin november, zodat haar manager het vóór 15 november goedkeurt.',
        feedback: 'Werk terug vanaf de begroting: alleen een plan dat er vóór ligt, krijgt geld. En plan de goedkeuring niet op de laatste dag.',
        correct: true,
      },
      {
        text: 'Vóór 15 november een eerste versie; de goedkeuring kan later nog.',
        feedback:
          'De datum waarop het plan klaar is, is de datum van de goedkeuring, niet die van de eerste versie. Zonder goedkeuring gaat er geen budget mee in de begroting.',
      },
      {
        text: 'Op 15 november zelf, de dag waarop de begroting vastligt.',
        feedback: 'Dan is er geen ruimte voor de goedkeuring, en een dag vertraging kost het hele budget. Plan de goedkeuring ruim vóór die datum.',
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
        text: 'Elk half jaar: dan is er genoeg gebeurd om iets te meten.',
        feedback: 'Bij een nieuw account verandert veel. Een half jaar is te lang om op tijd bij te sturen.',
      },
      {
        text: 'Elk kwartaal, zoals bij de meeste andere accounts.',
        feedback: 'Een kwartaal past bij een stabiele klant. Bij een nieuw account, of bij een klant waar veel verandert, kies je een maand.',
      },
      {
        text: 'Elke maand: er verandert nog veel.',
        feedback: 'Bij een nieuw account of een klant waar veel verandert, kies je een maand. Zo zie je snel of het plan nog klopt.',
        correct: true,
      },
      {
        text: 'Alleen aan het eind van het jaar, als alle cijfers binnen zijn.',
        feedback: 'Dan zie je een probleem pas als het te laat is. Een ritme door het jaar heen laat je op tijd bijsturen.',
      },
    ],
  },
  {
    id: 'looptijd-einde',
    goal: 3,
    question: 'Waarom leg je ook de einddatum vast van de periode waarin het plan geldt?',
    options: [
      {
        text: 'Omdat de klant dat in zijn contract eist.',
        feedback: 'Dat kan zo zijn, maar daarom doe je het niet. Zonder einddatum wordt een plan nooit vervangen.',
      },
      {
        text: 'Omdat je na de einddatum niet meer hoeft te evalueren.',
        feedback: 'Aan het eind van de looptijd volgt juist de eindevaluatie. De einddatum zegt wanneer het plan afloopt en het volgende begint.',
      },
      {
        text: 'Zodat iedereen weet wanneer het plan vervangen wordt.',
        feedback: 'Een plan zonder einde wordt nooit vervangen. Met een vaste looptijd is duidelijk wanneer het volgende plan nodig is.',
        correct: true,
      },
    ],
  },
  {
    id: 'mijlpalen',
    goal: 2,
    situation:
      'Femke heeft alleen de datum waarop haar plan af moet zijn in haar agenda gezet. Twee weken ervoor merkt ze dat het gesprek met de klant nog niet is gepland.',
    question: 'Wat had haar dit eerder laten zien?',
    options: [
      {
        text: 'Een evaluatie per maand, vanaf de start van het plan.',
        feedback: 'Evaluaties gaan over het plan als het eenmaal geldt. Voor het schrijven zelf heb je mijlpalen nodig.',
      },
      {
        text: 'Een ruimere schatting van de uren die ze nodig heeft.',
        feedback: 'Meer uren zeggen niet hoe ver je bent. Mijlpalen met een datum laten zien of je op schema ligt.',
      },
      {
        text: 'Een langere looptijd, zodat het plan later ingaat.',
        feedback: 'De looptijd zegt hoe lang het plan geldt, niet hoe ver je met schrijven bent.',
      },
      {
        text: 'Een datum voor elk tussenresultaat, zoals het klantgesprek.',
        feedback: 'Mijlpalen knippen het werk op in tussenresultaten met een datum. Zo zie je op tijd dat je achterloopt.',
        correct: true,
      },
    ],
  },
  {
    id: 'lindenhof-begroting',
    goal: 2,
    fromCase: true,
    situation: `${CASE.author} begint op ${b.start} aan het plan voor ${b.planYear}. In stap 3 leest ze dat ${CASE.account} zijn begroting voor het volgende jaar in oktober vastlegt.`,
    question: `Wat betekent dat voor het nieuwe aanbod dat ze ${CASE.account} voor ${b.planYear} voorstelt?`,
    options: [
      {
        text: `Voor ${b.planYear} alleen wat in een bestaand budget past; de rest mikt op de volgende begroting.`,
        feedback:
          'Het budget van de klant voor dat jaar ligt al vast. Een proef binnen het budget van een afdeling kan nog; een grote uitrol plan je voor de begroting van het jaar erna.',
        correct: true,
      },
      {
        text: `Niets: haar plan is op tijd klaar voor de begroting van ${CASE.supplier}, en alleen die telt.`,
        feedback: `De begroting van ${CASE.supplier} betaalt haar eigen acties. Wat de klant koopt, moet in zijn begroting passen. Houd rekening met allebei.`,
      },
      {
        text: `Ze vraagt inkoop de begroting voor ${b.planYear} te heropenen, want haar voorstel bespaart geld.`,
        feedback:
          'Een vastgestelde begroting gaat zelden weer open voor één leverancier. Zoek wat past in een budget dat er al is, en mik met de rest op de volgende begroting.',
      },
      {
        text: 'Ze schuift haar hele plan een jaar op, zodat het met de begroting samenvalt.',
        feedback: 'Het plan gaat ook over de relatie, het team en wat nu al kan. Een jaar wachten is niet nodig: plan wat nieuw is rond de volgende begroting.',
      },
    ],
  },
];
