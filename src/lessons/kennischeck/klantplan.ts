import { CASE, matrixCell as m } from './case';
import type { Kennischeck } from './types';

/** Knowledge check of lesson 4, Wat zou de klant moeten plannen?: strengths against opportunities. */
export const klantplan: Kennischeck = [
  {
    id: 'swot-van-klant',
    goal: 1,
    situation: 'Je maakt de SWOT van een hotelketen, een klant van jouw bedrijf.',
    question: 'Welk punt hoort bij de sterktes?',
    options: [
      {
        text: 'Wij leveren de keten binnen 24 uur, ook in het hoogseizoen.',
        feedback: 'Dat is een sterkte van jouw bedrijf. Het gaat om de SWOT van de klant: begin elk punt met "de klant …" en kijk of het klopt.',
      },
      {
        text: 'De keten heeft een eigen opleiding voor nieuw personeel.',
        feedback: 'Iets wat de klant zelf in huis heeft en goed kan: een sterkte van de klant.',
        correct: true,
      },
      {
        text: 'Het toerisme in de regio groeit al drie jaar op rij.',
        feedback: 'Dat komt van buiten: een kans, geen sterkte. Vraag je af of de klant het zelf in de hand heeft.',
      },
      {
        text: 'Hotels in de regio vinden moeilijk personeel.',
        feedback: 'Een ontwikkeling in de markt is een kans of een bedreiging, geen sterkte. Deze raakt de keten van buiten.',
      },
    ],
  },
  {
    id: 'matrix-scoren',
    goal: 1,
    question: 'Hoe scoor je de cellen van de confrontatiematrix?',
    options: [
      {
        text: 'Elke combinatie krijgt minstens een +, anders valt ze uit de matrix.',
        feedback: 'Een matrix vol plussen zegt niets. De meeste cellen zijn 0: dan vallen de sterke cellen op.',
      },
      {
        text: 'Per cel: werkt deze combinatie voor jouw bedrijf of niet?',
        feedback: 'Je scoort voor de klant, niet voor je eigen bedrijf. De vraag is of de combinatie voor of tegen de klant werkt.',
      },
      {
        text: 'Alleen de cellen waar jouw aanbod bij past; de rest blijft leeg.',
        feedback: 'Je scoort voor de klant, niet voor je aanbod. Elke combinatie krijgt een score, ook als er geen verband is.',
      },
      {
        text: 'Per cel, voor of tegen de klant; de meeste cellen krijgen een 0.',
        feedback: 'Elke combinatie krijgt een score, ook als er geen verband is. Wees streng: dan vallen de sterke cellen op.',
        correct: true,
      },
    ],
  },
  {
    id: 'kernvraag-uit-cel',
    goal: 2,
    situation: 'In de matrix van een transportbedrijf scoort de zwakte "verouderd wagenpark" tegen de bedreiging "strengere eisen aan uitstoot" een --.',
    question: 'Welke kernvraag volgt daaruit?',
    options: [
      {
        text: 'Hoe kunnen we meer banden en onderdelen aan dit transportbedrijf verkopen?',
        feedback: 'Een kernvraag die alleen over jouw product gaat, helpt de klant niet. Laat de vraag uit de matrix komen, niet uit je prijslijst.',
      },
      {
        text: 'Waarom heeft het bedrijf zijn wagenpark niet eerder vernieuwd?',
        feedback: 'Die vraag kijkt terug en zoekt een schuldige. Een kernvraag begint met "Hoe kunnen we" en kijkt samen vooruit.',
      },
      {
        text: 'Hoe kunnen we het wagenpark op tijd aan de nieuwe eisen laten voldoen?',
        feedback: 'Een -- is zeer bedreigend: daar moet de klant iets veranderen. "Hoe kunnen we" zoekt samen naar een oplossing.',
        correct: true,
      },
      {
        text: 'Hoe kunnen we de goede naam van het bedrijf in de regio uitbouwen?',
        feedback: 'Een goede vraag misschien, maar niet uit deze cel: ze gaat over een sterkte. Deze cel zet een zwakte tegen een bedreiging.',
      },
    ],
  },
  {
    id: 'gesprek-mis',
    goal: 3,
    situation: 'In het klantgesprek zegt je contactpersoon: "Die zwakte zie ik anders. Dat hebben we vorig jaar opgelost."',
    question: 'Wat betekent dat voor je gesprek?',
    options: [
      {
        text: 'Het gesprek is mislukt: je analyse klopte niet, dus je begint opnieuw.',
        feedback: 'Dat je met een eigen beeld kwam, opent juist het gesprek. De klant verbetert je en vertelt je meer dan je had kunnen vinden.',
      },
      {
        text: 'Het gesprek werkt: je noteert wat niet klopte en past je SWOT aan.',
        feedback: 'Heb je het mis, dan verbetert de klant je. Zo leer je wat jouw organisatie voor hem kan betekenen.',
        correct: true,
      },
      {
        text: 'Je houdt vast aan je analyse: je hebt je bronnen zorgvuldig gecontroleerd.',
        feedback: 'Het gesprek is er juist om je beeld te toetsen. Noteer wat de klant zegt en pas je SWOT aan.',
      },
      {
        text: 'Je laat de zwakte in je plan staan, maar noemt haar niet meer.',
        feedback: 'Dan bouwt je plan op iets waarvan je weet dat het niet klopt. Noteer wat de klant zei en pas je analyse aan.',
      },
    ],
  },
  {
    id: 'gedeeld-doel',
    goal: 4,
    situation: 'Een klant wil het aantal klachten over de schoonmaak halveren. Jouw bedrijf geeft trainingen voor schoonmakers.',
    question: 'Wat noteer je als gedeeld doel?',
    options: [
      {
        text: 'Klachten halveren. Bijdrage: training. Bewijs: meting bij een andere klant.',
        feedback: 'Een gedeeld doel begint bij het doel van de klant, met jouw bijdrage en het bewijs dat je het kunt.',
        correct: true,
      },
      {
        text: 'Doel: meer trainingen verkopen. Bijdrage: korting. Bewijs: tevreden klanten.',
        feedback: 'Dat is jouw doel, geen doel van de klant. Een gedeeld doel begint bij wat de klant wil bereiken.',
      },
      {
        text: 'Klachten halveren. Bijdrage: training. Bewijs: onze prijslijst en folder.',
        feedback: 'Doel en bijdrage kloppen, maar een prijslijst bewijst niets. Bewijs is een referentie, een meting of een keurmerk.',
      },
      {
        text: 'Klachten halveren. Bijdrage en bewijs volgen in stap 6, bij de doelen.',
        feedback: 'Bij een gedeeld doel noteer je nu al jouw bijdrage en waarmee je bewijst dat je die kunt leveren. Daar bouwen de doelen van stap 6 op.',
      },
    ],
  },
  {
    id: 'lindenhof-kernvraag',
    goal: 2,
    fromCase: true,
    situation: `In de confrontatiematrix van ${CASE.author} voor ${CASE.account} scoort de zwakte "${m.weakness}" tegen de bedreiging "${m.threat}" een --.`,
    question: 'Welke kernvraag hoort bij deze cel?',
    options: [
      {
        text: m.otherQuestion,
        feedback: 'Een goede kernvraag, maar uit een andere cel: een sterkte tegen een kans. Deze cel zet een zwakte tegen een bedreiging.',
      },
      {
        text: 'Waarom lukt het de zorggroep niet om schoonmakers langer te houden?',
        feedback: 'Die vraag kijkt terug en zoekt een oorzaak bij de klant. Een kernvraag begint met "Hoe kunnen we" en zoekt samen een oplossing.',
      },
      {
        text: m.question,
        feedback:
          'Een -- is zeer bedreigend: een zwakte maakt een bedreiging groter. Hier kan de klant zelf iets veranderen, en het bedrijf van de accountmanager kan helpen.',
        correct: true,
      },
      {
        text: 'Hoe kunnen we meer schoonmaakmiddelen leveren aan de nieuwe locaties?',
        feedback: 'Die vraag gaat over het eigen aanbod, niet over de cel. Laat de vraag uit de matrix komen, niet uit je prijslijst.',
      },
    ],
  },
];
