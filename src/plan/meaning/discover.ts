import type { SectionMeaning } from './types';
import type { DMU_ROLES } from '../model/schema';

/** Stap 3: what the reader sees of each field (label, hint, unit, what a row is called). */
export const discoverMeaning = {
  fields: {
    missingInfo: {
      label: 'Ontbrekende informatie',
      hint: 'Maak een lijst van wat je nog moet uitzoeken en waar.',
      item: 'vraag',
      columns: {
        question: { label: 'Vraag', hint: 'Wat weet je nog niet?' },
        source: { label: 'Bron', hint: 'Waar vind je het antwoord?' },
        who: { label: 'Wie zoekt het uit', hint: 'Naam van de collega die het uitzoekt.', short: true },
        status: { label: 'Status', hint: 'Hoe ver is het?' },
      },
    },
    sector: { label: 'Sector', hint: 'In welke markt werkt de klant?' },
    employees: { label: 'Aantal medewerkers', hint: 'Ongeveer, voor het hele bedrijf.', unit: 'medewerkers' },
    revenue: { label: 'Omzet van de klant', hint: 'De jaaromzet van de klant zelf, niet jouw omzet bij hem.' },
    locations: { label: 'Vestigingen', hint: 'Waar zit de klant? Aantal en plaatsen.' },
    strategy: { label: 'Missie en strategie', hint: 'Wat wil de klant zijn, en hoe wil hij daar komen?' },
    orientation: { label: 'Waar stuurt de klant op', hint: 'Kiest de klant vooral voor kwaliteit, groei of lage kosten?' },
    goals: { label: 'Doelen van de klant (uit onderzoek)', hint: 'Doelen die je in het jaarverslag, het CRM of een gesprek vond.', item: 'doel' },
    dmu: {
      label: 'DMU: wie beslist mee',
      hint: 'Iedereen die invloed heeft op de inkoop, met rol en houding.',
      item: 'persoon',
      columns: {
        name: { label: 'Naam', hint: 'Voor- en achternaam.', short: true },
        position: { label: 'Functie', hint: 'Functie bij de klant.' },
        role: { label: 'Rol in de DMU', hint: 'Welke rol weegt het zwaarst? De les legt elke rol uit.' },
        influence: { label: 'Invloed', hint: 'Hoeveel gewicht heeft de stem van deze persoon?' },
        attitude: { label: 'Houding', hint: 'Hoe staat deze persoon tegenover jou? Positief is nog geen voorstander.' },
        lastContact: { label: 'Laatste contact', hint: 'Wanneer sprak iemand van jullie deze persoon?' },
        owner: { label: 'Eigenaar bij ons', hint: 'Wie van jullie onderhoudt het contact?', short: true },
        reportsTo: { label: 'Rapporteert aan', hint: 'Aan wie in de DMU legt deze persoon verantwoording af? Laat leeg als dat niemand uit de DMU is.' },
      },
    },
    buyClass: {
      label: 'Soort aankoop',
      hint: 'Koopt de klant iets voor het eerst, iets bekends op een nieuwe manier, of steeds hetzelfde?',
      options: {
        nieuw: 'Nieuwe aankoop (voor het eerst)',
        aangepast: 'Aangepaste herhalingsaankoop (bekend, maar met iets nieuws)',
        herhaling: 'Routinematige herhalingsaankoop (steeds hetzelfde)',
      },
    },
    purchasingProcess: { label: 'Hoe de klant inkoopt', hint: 'Welke contracten, wie beslist over het budget, en wanneer ligt het budget vast?' },
    purchasingPortfolio: {
      label: 'Plaats in het inkoopportfolio van de klant (Kraljic)',
      hint: 'Hoeveel geeft de klant uit aan wat jij levert, en hoe moeilijk is het voor hem te kopen?',
      options: {
        routine: 'Routineproduct (weinig geld, makkelijk te kopen)',
        hefboom: 'Hefboomproduct (veel geld, makkelijk te kopen)',
        knelpunt: 'Knelpuntproduct (weinig geld, moeilijk te kopen)',
        strategisch: 'Strategisch product (veel geld, moeilijk te kopen)',
      },
    },
    purchasingPhases: {
      label: 'Wie doet wat per inkoopfase',
      hint: 'Per fase van de inkoop: wie uit de DMU is erbij, en wat doet die persoon?',
      item: 'fase',
      columns: {
        phase: {
          label: 'Fase',
          hint: 'Welke fase van de inkoop?',
          options: {
            specificeren: 'Specificeren (eisen opstellen)',
            selecteren: 'Selecteren (leverancier kiezen)',
            contracteren: 'Contracteren (afspraken vastleggen)',
            bestellen: 'Bestellen',
            bewaken: 'Bewaken (levering volgen)',
            nazorg: 'Nazorg en evaluatie',
          },
        },
        person: { label: 'Wie', hint: 'Iemand uit de DMU.' },
        task: { label: 'Wat die persoon doet', hint: 'Wat doet deze persoon in deze fase?' },
      },
    },
    buyingFromUs: { label: 'Hoe de klant bij jou koopt', hint: 'Hoe en hoe vaak bestelt de klant, via welk kanaal, onder welk contract?' },
    competitors: {
      label: 'Concurrentie',
      hint: 'Wie levert nog meer aan deze klant?',
      item: 'concurrent',
      columns: {
        name: { label: 'Concurrent', hint: 'Naam van de concurrent.', short: true },
        share: { label: 'Aandeel', hint: 'Zijn aandeel in de inkoop van de klant.' },
        strong: { label: 'Sterk', hint: 'Waarin is hij goed?' },
        weak: { label: 'Zwak', hint: 'Waar laat hij steken vallen?' },
        threat: { label: 'Dreiging', hint: '1 = nauwelijks, 5 = grote dreiging.' },
      },
    },
    currentSales: { label: 'Wat we nu leveren', hint: 'Producten en diensten die de klant nu bij jou afneemt.' },
    ourShare: { label: 'Ons aandeel in de inkoop van de klant', hint: 'Welk deel van zijn budget in jouw categorie besteedt de klant bij jou?' },
    ourStrengths: { label: 'Onze sterktes voor deze klant', hint: 'Waarom zou deze klant juist voor jou kiezen?', item: 'sterkte' },
    trends: {
      label: 'Trends rond de klant (DESTEP)',
      hint: 'Ontwikkelingen in de omgeving van de klant.',
      item: 'trend',
      columns: {
        factor: { label: 'Factor (DESTEP)', hint: 'Welk soort ontwikkeling?' },
        development: { label: 'Ontwikkeling', hint: 'Wat verandert er?' },
        effect: { label: 'Kans of bedreiging', hint: 'Voor de klant.' },
        consequence: { label: 'Wat het betekent voor de klant', hint: 'Wat merkt de klant ervan, nu of straks?' },
      },
    },
    sources: {
      label: 'Gebruikte bronnen',
      hint: 'Komt als bronnenlijst achter in de PDF.',
      item: 'bron',
      columns: {
        source: { label: 'Bron', hint: 'Titel, website of naam van de gesprekspartner.' },
        date: { label: 'Datum', hint: 'Wanneer geraadpleegd?' },
      },
    },
  },
  groups: [
    { title: null, fields: ['missingInfo'] },
    {
      title: 'Customer: de klant',
      fields: [
        'sector',
        'employees',
        'revenue',
        'locations',
        'strategy',
        'orientation',
        'goals',
        'dmu',
        'buyClass',
        'purchasingProcess',
        'purchasingPortfolio',
        'purchasingPhases',
        'buyingFromUs',
      ],
    },
    { title: 'Concurrentie (Competition): wie levert er nog meer', fields: ['competitors'] },
    { title: 'Company: je eigen bedrijf', fields: ['currentSales', 'ourShare', 'ourStrengths'] },
    { title: 'Omgeving en bronnen', fields: ['trends', 'sources'] },
  ],
} as const satisfies SectionMeaning<'discover'>;

/** What each DMU role does in a purchase: one line each, as the lesson of step 3 defines them. */
export const DMU_ROLE_MEANINGS: Record<(typeof DMU_ROLES)[number], string> = {
  initiator: 'ziet als eerste dat er iets moet veranderen en brengt de aankoop op gang',
  gebruiker: 'werkt straks met het product of de dienst en merkt of het bevalt',
  beïnvloeder: 'geeft advies op grond van kennis of positie; beslist niet, maar weegt mee',
  beslisser: 'zegt uiteindelijk ja of nee, vaak omdat hij over het budget gaat',
  inkoper: 'kiest leveranciers en onderhandelt over prijs en voorwaarden',
  poortwachter: 'bepaalt welke informatie en welke mensen de anderen bereiken',
};
