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
        text: 'Wij leveren binnen 24 uur.',
        feedback: 'Dat is een sterkte van jouw bedrijf. Het gaat om de SWOT van de klant: begin elk punt met "de klant …" en kijk of het klopt.',
      },
      {
        text: 'Het toerisme in de regio groeit.',
        feedback: 'Dat komt van buiten: een kans, geen sterkte. Vraag je af of de klant het zelf in de hand heeft.',
      },
      {
        text: 'De keten leidt zijn nieuwe medewerkers zelf op, in een eigen opleiding.',
        feedback: 'Iets wat de klant zelf in huis heeft en goed kan: een sterkte van de klant.',
        correct: true,
      },
    ],
  },
  {
    id: 'matrix-scoren',
    goal: 1,
    question: 'Hoe scoor je de cellen van de confrontatiematrix?',
    options: [
      {
        text: 'Per cel: werkt deze combinatie voor of tegen de klant? De meeste cellen krijgen een 0.',
        feedback: 'Elke combinatie krijgt een score, ook als er geen verband is. Wees streng: dan vallen de sterke cellen op.',
        correct: true,
      },
      {
        text: 'Elke combinatie krijgt minstens een +, anders telt ze niet mee.',
        feedback: 'Een matrix vol plussen zegt niets. De meeste cellen zijn 0.',
      },
      {
        text: 'Alleen de cellen waar jouw product bij past.',
        feedback: 'Je scoort voor de klant, niet voor je aanbod. Elke combinatie krijgt een score.',
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
        text: 'Hoe kunnen we meer banden verkopen?',
        feedback: 'Een kernvraag die alleen over jouw product gaat, helpt de klant niet. Laat de vraag uit de matrix komen, niet uit je prijslijst.',
      },
      {
        text: 'Hoe kunnen we het wagenpark zo vernieuwen dat het bedrijf aan de nieuwe eisen voldoet?',
        feedback: 'Een -- is zeer bedreigend: daar moet de klant iets veranderen. "Hoe kunnen we" zoekt samen naar een oplossing.',
        correct: true,
      },
      {
        text: 'Waarom heeft het bedrijf zijn wagenpark niet eerder vernieuwd?',
        feedback: 'Die vraag kijkt terug en zoekt een schuldige. Een kernvraag begint met "Hoe kunnen we" en kijkt samen vooruit.',
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
        text: 'Het gesprek is mislukt: je analyse klopte niet.',
        feedback: 'Nee. Dat je met een eigen beeld kwam, opent het gesprek. De klant verbetert je en vertelt je meer dan je had kunnen vinden.',
      },
      {
        text: 'Je houdt vast aan je analyse: je hebt je bronnen gecontroleerd.',
        feedback: 'Het gesprek is er juist om je beeld te toetsen. Noteer wat de klant zegt en pas je SWOT aan.',
      },
      {
        text: 'Het gesprek werkt: de klant vertelt je iets wat je niet wist. Noteer wat niet klopte en pas je analyse aan.',
        feedback: 'Heb je het mis, dan verbetert de klant je. Zo leer je wat jouw organisatie voor hem kan betekenen.',
        correct: true,
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
        text: 'Doel van de klant: klachten halveren. Jouw bijdrage: training. Bewijs: een meting bij een vergelijkbare klant.',
        feedback: 'Een gedeeld doel begint bij het doel van de klant, met jouw bijdrage en het bewijs dat je het kunt.',
        correct: true,
      },
      {
        text: 'Doel: meer trainingen verkopen. Bewijs: onze prijslijst.',
        feedback: 'Dat is jouw doel. Een gedeeld doel begint bij het doel van de klant.',
      },
      {
        text: 'Doel: klachten halveren. Verder niets; de rest komt in stap 6.',
        feedback: 'Bij een gedeeld doel noteer je ook jouw bijdrage en waarmee je bewijst dat je die kunt leveren.',
      },
    ],
  },
];
