import { CASE, messages as m } from './case';
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
        text: 'Over drie jaar zijn wij de grootste ovenleverancier van Nederland.',
        feedback: 'Een visie over je eigen bedrijf inspireert de klant niet. Schrijf over wat er bij de klant beter wordt.',
      },
      {
        text: 'Over drie jaar bakt elke winkel vers op de dag zelf, met minder energie.',
        feedback: 'Geschreven vanuit de klant, kort en concreet: een lezer kan het zich voorstellen.',
        correct: true,
      },
      {
        text: 'Over drie jaar bakt de keten in elke winkel met onze nieuwe ovenlijn.',
        feedback: 'Gebruik geen productnamen en schrijf niet vanuit je verkoop. Beschrijf hoe de klant er over een paar jaar voor staat.',
      },
      {
        text: 'Over drie jaar is de keten veel tevredener over de service van haar leverancier.',
        feedback: 'Dat gaat over jou als leverancier, niet over wat er bij de klant beter wordt. En het is te vaag om je iets bij voor te stellen.',
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
        text: 'Wat het voorstel de hele organisatie oplevert, onderbouwd met een business case.',
        feedback: 'Dat is de boodschap voor de beslisser: die wil weten wat het oplevert. De inkoper let op prijs en voorwaarden.',
      },
      {
        text: 'Dat het werk op de afdelingen makkelijker wordt, met een korte demo.',
        feedback: 'Dat spreekt de gebruiker aan. De inkoper let op prijs en voorwaarden.',
      },
      {
        text: 'Wat het over de hele looptijd kost, met een doorrekening als bewijs.',
        feedback: 'Dat sluit aan op waar de inkoper op wordt afgerekend: prijs en voorwaarden. En het bewijs maakt er een argument van.',
        correct: true,
      },
      {
        text: 'Dat het voorstel past bij de richtlijnen van de beroepsgroep.',
        feedback: 'Dat is de boodschap voor de beïnvloeder, die wil dat het klopt met zijn vak. De inkoper let op prijs en voorwaarden.',
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
        text: 'Herhaling: in elk gesprek dezelfde boodschap.',
        feedback: 'Herhalen maakt een belofte niet geloofwaardiger. Zet er bewijs bij.',
      },
      {
        text: 'Een formulering die de klant onthoudt.',
        feedback: 'Een klant heeft veel mooie beloftes gehoord. Bewijs maakt het verschil.',
      },
      {
        text: 'Een eigen boodschap voor elke rol in de DMU.',
        feedback: 'Een boodschap per rol maakt haar raak, maar nog geen argument. Zonder bewijs blijft het een belofte.',
      },
    ],
  },
  {
    id: 'relatie-score',
    goal: 3,
    situation: 'Je sprak de facilitair manager van een klant één keer kort, op een beurs. Je houdt in je plan per contact een score van 1 tot 5 bij.',
    question: 'Welke score geef je nu, en waar wil je dit jaar naartoe?',
    options: [
      {
        text: 'Nu een 2, doel een 4, met een afspraak die je collega binnen een maand maakt.',
        feedback: 'Een stap van twee punten in een jaar is niet realistisch: vertrouwen groeit langzaam. Eén punt per jaar is al veel.',
      },
      {
        text: 'Nu een 4, doel een 5: het gesprek op de beurs ging goed.',
        feedback: 'Een 4 voor iemand die je één keer sprak, is te hoog. Vraag je af of deze persoon jou zou bellen met een probleem.',
      },
      {
        text: 'Nu een 1, doel een 5: er is nog bijna niets, dus veel te winnen.',
        feedback: 'Er was wel contact, dus een 1 is te laag. En van 1 naar 5 in een jaar is niet realistisch.',
      },
      {
        text: 'Nu een 2, doel een 3: je plant binnen een maand een kennismaking.',
        feedback: 'Eén punt per jaar is al veel: vertrouwen groeit langzaam. Met een actie en een naam wordt het een plan.',
        correct: true,
      },
    ],
  },
  {
    id: 'relatie-meedenken',
    goal: 3,
    situation: 'De facilitair manager van een klant nodigt je uit om mee te denken over zijn plannen voor volgend jaar, nog voordat er een offerte is.',
    question: 'Welke score past bij de relatie met deze manager?',
    options: [
      {
        text: 'Een 2: er is nog geen offerte, dus ook nog geen echte relatie.',
        feedback: 'Een relatie meet je niet aan offertes. Wie je vraagt mee te denken voordat er iets te kopen is, ziet je als adviseur.',
      },
      {
        text: 'Een 4 of 5: hij ziet je als adviseur, niet alleen als leverancier.',
        feedback: 'Een uitnodiging vóór de offerte zegt dat hij je vertrouwt en je als partner ziet. Dat verdien je gesprek na gesprek.',
        correct: true,
      },
      {
        text: 'Een 3: meedenken is mooi, maar nog geen bestelling.',
        feedback: 'Een bestelling zegt iets over de omzet, niet over de relatie. Meedenken vóór de offerte laat zien dat hij je als adviseur ziet.',
      },
      {
        text: 'Geen score: dit zegt alleen dat hij een lagere prijs zoekt.',
        feedback: 'Een klant die op prijs kiest, vraagt om een offerte en vergelijkt. Meedenken vóór de offerte zegt juist dat hij je als partner ziet.',
      },
    ],
  },
  {
    id: 'lindenhof-boodschap',
    goal: 2,
    fromCase: true,
    situation: `${m.buyer} is inkoper bij ${CASE.account}. Ze vindt ${CASE.supplier} aan de dure kant. ${CASE.author} kiest per rol in de DMU één kernboodschap.`,
    question: `Welke boodschap is voor ${m.buyer}?`,
    options: [
      {
        text: m.forDecider,
        feedback: 'Dit is de boodschap voor de beslisser: wat het de hele organisatie oplevert. De inkoper let op prijs en voorwaarden.',
      },
      {
        text: m.forInitiator,
        feedback: 'Dit is de boodschap voor de initiator, die de aankoop op gang bracht: zijn werk wordt eenvoudiger. De inkoper let op prijs en voorwaarden.',
      },
      {
        text: m.forBuyer,
        feedback:
          'De inkoper let op prijs en voorwaarden. Deze boodschap gaat op haar bezwaar in: ze betaalt per stuk iets meer, maar verbruikt minder. Met bewijs erbij wordt het een argument.',
        correct: true,
      },
      {
        text: m.forInfluencer,
        feedback: 'Dit is de boodschap voor de beïnvloeder, die wil dat het klopt met zijn vak. De inkoper let op prijs en voorwaarden.',
      },
    ],
  },
];
