import type { Kennischeck } from './types';

/** Knowledge check of lesson 8, Inspire: inspiring the customer. */
export const inspire: Kennischeck = [
  {
    id: 'visie-vanuit-klant',
    goal: 1,
    situation: 'Je bent accountmanager bij een leverancier van ovens. Je klant is een keten van bakkerijen.',
    question: 'Welke visie schrijf je voor deze klant?',
    options: [
      {
        text: 'Wij worden de grootste ovenleverancier van Nederland.',
        feedback: 'Een visie over je eigen bedrijf inspireert de klant niet. Schrijf over wat er bij de klant beter wordt.',
      },
      {
        text: 'De klant kiest voor onze nieuwe ovenlijn.',
        feedback: 'Gebruik geen productnamen en schrijf niet vanuit je verkoop. Beschrijf hoe de klant er over een paar jaar voor staat.',
      },
      {
        text: 'Over drie jaar bakt elke winkel van de keten zijn brood vers op de dag zelf, met de helft minder energie.',
        feedback: 'Geschreven vanuit de klant, kort en concreet: een lezer kan het zich voorstellen.',
        correct: true,
      },
    ],
  },
  {
    id: 'boodschap-inkoper',
    goal: 2,
    situation: 'De inkoper van een ziekenhuis beoordeelt je voorstel.',
    question: 'Welke kernboodschap past bij zijn belang?',
    options: [
      {
        text: 'Wat het voorstel oplevert voor de hele organisatie.',
        feedback: 'Dat is de boodschap voor de beslisser. De inkoper let op prijs en voorwaarden.',
      },
      {
        text: 'Wat het kost over de hele looptijd en onder welke voorwaarden, met een doorrekening als bewijs.',
        feedback: 'Dat sluit aan op waar de inkoper op wordt afgerekend: prijs en voorwaarden. En het bewijs maakt er een argument van.',
        correct: true,
      },
      {
        text: 'Dat het werk op de afdeling makkelijker wordt.',
        feedback: 'Dat spreekt de gebruiker aan. De inkoper let op prijs en voorwaarden.',
      },
    ],
  },
  {
    id: 'bewijs',
    goal: 2,
    question: 'Wat maakt van een boodschap een argument?',
    options: [
      {
        text: 'Bewijs: een referentie, een meting of een demo.',
        feedback: 'Een boodschap zonder bewijs is een belofte. Met bewijs wordt het een argument.',
        correct: true,
      },
      {
        text: 'Haar vaak herhalen.',
        feedback: 'Herhalen maakt een belofte niet geloofwaardiger. Zet er bewijs bij.',
      },
      {
        text: 'Haar zo mooi mogelijk formuleren.',
        feedback: 'Een klant heeft veel mooie beloftes gehoord. Bewijs maakt het verschil.',
      },
    ],
  },
  {
    id: 'relatie-score',
    goal: 3,
    situation: 'Je sprak de facilitair manager van een klant één keer kort, op een beurs. Een relatie van 1 betekent geen contact, een 5 een vertrouwd adviseur.',
    question: 'Welke score geef je nu, en waar wil je dit jaar naartoe?',
    options: [
      {
        text: 'Nu een 4, doel een 5.',
        feedback: 'Een 4 voor iemand die je één keer sprak, is te hoog. Vraag je af of deze persoon jou zou bellen met een probleem.',
      },
      {
        text: 'Nu een 2, doel een 3, met een concrete actie en iemand die die actie doet.',
        feedback: 'Eén punt per jaar is al veel: vertrouwen groeit langzaam. Met een actie en een naam wordt het een plan.',
        correct: true,
      },
      {
        text: 'Nu een 1, doel een 5.',
        feedback: 'Er was wel contact, dus een 1 is te laag. En van 1 naar 5 in een jaar is niet realistisch.',
      },
    ],
  },
  {
    id: 'partner',
    goal: 3,
    situation: 'Een klant nodigt je uit om mee te denken over zijn plannen voor volgend jaar, nog voordat er een offerte is.',
    question: 'Wat zegt dat over je rol?',
    options: [
      {
        text: 'Dat de klant je als partner ziet, die waarde toevoegt.',
        feedback: 'Dat is het moment waarop een accountmanager echt waarde toevoegt. Je verdient het gesprek na gesprek.',
        correct: true,
      },
      {
        text: 'Dat de klant vooral een lagere prijs wil.',
        feedback: 'Een klant die op prijs kiest, vraagt om een offerte en vergelijkt. Meedenken vóór de offerte zegt dat hij je als partner ziet.',
      },
      {
        text: 'Niets bijzonders: klanten doen dat altijd.',
        feedback: 'Een leverancier die alleen producten en prijzen bespreekt, wordt niet uitgenodigd om mee te denken. Dit zegt dus veel over je rol.',
      },
    ],
  },
];
