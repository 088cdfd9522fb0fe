import * as z from 'zod/mini';
import {
  bedrag,
  datum,
  getal,
  janee,
  keuze,
  lang,
  lijst,
  matrix,
  objectShape,
  percentage,
  score,
  tabel,
  tekst,
  verwijzing,
} from './fields';

/**
 * The plan: one schema for the cover and the nine steps. Types, defaults and the meaning of every
 * field (label + hint, for worksheets and the PDF) come from here. Objects are loose: fields that
 * this version does not know (from a newer version, or added by hand) are kept, never dropped.
 *
 * Changing this schema: see README, "Change the plan schema" — a change that alters the meaning
 * or shape of stored data raises PLAN_SCHEMA_VERSION and adds a migration in migrations.ts.
 */
export const PLAN_SCHEMA_VERSION = 1;

export const DMU_ROLES = ['initiator', 'gebruiker', 'beïnvloeder', 'beslisser', 'inkoper', 'poortwachter'] as const;
/** What each DMU role does in a purchase: one line each, as the lesson of step 3 defines them. */
export const DMU_ROLE_MEANINGS: Record<(typeof DMU_ROLES)[number], string> = {
  initiator: 'ziet als eerste dat er iets moet veranderen en brengt de aankoop op gang',
  gebruiker: 'werkt straks met het product of de dienst en merkt of het bevalt',
  beïnvloeder: 'geeft advies op grond van kennis of positie; beslist niet, maar weegt mee',
  beslisser: 'zegt uiteindelijk ja of nee, vaak omdat hij over het budget gaat',
  inkoper: 'kiest leveranciers en onderhandelt over prijs en voorwaarden',
  poortwachter: 'bepaalt welke informatie en welke mensen de anderen bereiken',
};
export const ATTITUDES = ['voorstander', 'positief', 'neutraal', 'kritisch', 'tegenstander'] as const;
export const LEVELS = ['hoog', 'midden', 'laag'] as const;
export const MATRIX_SCORES = ['++', '+', '0', '-', '--'] as const;
export const RACI = ['R', 'A', 'C', 'I'] as const;

/** A section: a loose object whose every field has a default, so `{}` parses to an empty section. */
const section = <S extends z.core.$ZodLooseShape>(shape: S) => z.prefault(z.looseObject(shape), {} as z.input<z.ZodMiniObject<S, z.core.$loose>>);

export const coverSchema = section({
  title: tekst({ label: 'Titel van het plan', hint: 'Bijvoorbeeld "Accountplan Klantnaam 2027".' }),
  account: tekst({ label: 'Account (klant)', hint: 'De naam van de klant waar dit plan over gaat.' }),
  author: tekst({ label: 'Auteur', hint: 'Wie schrijft dit plan: je eigen naam.' }),
  organisation: tekst({ label: 'Eigen organisatie of business unit', hint: 'Het bedrijf of de afdeling waarvoor je het plan schrijft.' }),
  periodFrom: datum({ label: 'Periode van', hint: 'De eerste dag waarop het plan geldt.' }),
  periodTo: datum({ label: 'Periode tot', hint: 'De laatste dag waarop het plan geldt.' }),
  purpose: keuze(['opleiding/examen', 'praktijk'] as const, { label: 'Doel van het plan', hint: 'Schrijf je het voor een opleiding of examen, of voor je werk?' }),
  summary: lang({ label: 'Managementsamenvatting', hint: 'Schrijf dit als laatste: de kern van het plan op een halve pagina. In de PDF staat het vooraan.' }),
});

export const envisionSchema = section({
  ambition: lang({ label: 'Ambitie voor het account', hint: 'Wat wil je over twee à drie jaar met deze klant bereikt hebben? Eén alinea.' }),
  history: tabel(
    {
      year: getal({ label: 'Jaar', hint: 'Het kalenderjaar.', plain: true, whole: true }),
      revenue: bedrag({ label: 'Omzet', hint: 'Jouw omzet bij deze klant in dat jaar.' }),
      margin: percentage({ label: 'Marge', hint: 'Brutomarge op die omzet.' }),
      share: percentage({ label: 'Aandeel in hun inkoop', hint: 'Welk deel van hun inkoop in jouw categorie bij jou ligt.' }),
      shareEstimate: janee({ label: 'Aandeel is een schatting', hint: 'Vink aan als je het aandeel hebt geschat.' }),
    },
    { label: 'Geschiedenis met de klant', hint: 'Omzet, marge en aandeel per jaar: waar sta je nu?', item: 'jaar' },
  ),
  attitude: keuze(ATTITUDES, { label: 'Houding van de klant tegenover ons', hint: 'Hoe kijkt de klant nu naar jouw organisatie?' }),
  attitudeNote: lang({ label: 'Toelichting op de houding', hint: 'Waaraan merk je dat? Noem een voorbeeld.' }),
  customerGoals: lijst({ label: 'Doelen van de klant', hint: 'Wat wil de klant zelf bereiken? Eén doel per regel.', item: 'doel' }),
  willingness: score({ label: 'Bereidheid om met ons samen te werken', hint: '1 = geen enkele, 5 = de klant zoekt actief samenwerking.' }),
  willingnessNote: lang({ label: 'Toelichting op de bereidheid', hint: 'Waar blijkt die bereidheid uit, of wat houdt haar tegen?' }),
  firstGoals: tabel(
    {
      goal: tekst({ label: 'Doel', hint: 'Wat wil je bereiken?' }),
      unit: tekst({ label: 'Voor welke klant of afdeling', hint: 'Het deel van het account waar het doel over gaat.' }),
      why: tekst({ label: 'Waarom', hint: 'Wat levert het de klant en jou op?' }),
    },
    { label: 'Eerste doelen', hint: 'Voorlopige doelen; in stap 5 verdeel je de taken, in stap 6 maak je ze SMART.', item: 'doel' },
  ),
  readers: lijst({ label: 'Wie leest en gebruikt dit plan', hint: 'Collega\'s en managers die met het plan gaan werken.', item: 'lezer' }),
});

export const scheduleSchema = section({
  hoursNeeded: getal({ label: 'Benodigde tijd', hint: 'Hoeveel uur kost het schrijven van dit plan?', unit: 'uur', whole: true }),
  readyBy: datum({ label: 'Klaar op', hint: 'Wanneer is het plan af, inclusief de goedkeuring van je manager?' }),
  validFrom: datum({ label: 'Geldig vanaf', hint: 'Vanaf wanneer werk je volgens dit plan?' }),
  validUntil: datum({ label: 'Geldig tot', hint: 'Tot wanneer geldt het plan? Meestal een jaar.' }),
  reviewRhythm: keuze(['maand', 'kwartaal', 'halfjaar'] as const, { label: 'Ritme van de evaluatie', hint: 'Hoe vaak bekijk je het plan opnieuw? De evaluatiedata volgen hieruit.' }),
  milestones: tabel(
    {
      milestone: tekst({ label: 'Mijlpaal', hint: 'Een tussenresultaat, zoals "analyse klaar".' }),
      date: datum({ label: 'Datum', hint: 'Wanneer moet het klaar zijn?' }),
      done: janee({ label: 'Klaar', hint: 'Vink aan als de mijlpaal gehaald is.' }),
    },
    { label: 'Mijlpalen', hint: 'De tussenstappen op weg naar een afgerond plan.', item: 'mijlpaal' },
  ),
});

export const discoverSchema = section({
  missingInfo: tabel(
    {
      question: tekst({ label: 'Vraag', hint: 'Wat weet je nog niet?' }),
      source: keuze(['CRM', 'gesprek', 'jaarverslag', 'website', 'social media', 'collega', 'anders'] as const, { label: 'Bron', hint: 'Waar vind je het antwoord?' }),
      who: tekst({ label: 'Wie zoekt het uit', hint: 'Naam van de collega die het uitzoekt.' }),
      status: keuze(['open', 'bezig', 'gevonden'] as const, { label: 'Status', hint: 'Hoe ver is het?' }),
    },
    { label: 'Ontbrekende informatie', hint: 'Maak een lijst van wat je nog moet uitzoeken en waar.', item: 'vraag' },
  ),
  sector: tekst({ label: 'Sector', hint: 'In welke markt werkt de klant?' }),
  employees: getal({ label: 'Aantal medewerkers', hint: 'Ongeveer, voor het hele bedrijf.', unit: 'medewerkers', whole: true }),
  revenue: bedrag({ label: 'Omzet van de klant', hint: 'De jaaromzet van de klant zelf, niet jouw omzet bij hen.' }),
  locations: tekst({ label: 'Vestigingen', hint: 'Waar zit de klant? Aantal en plaatsen.' }),
  strategy: lang({ label: 'Missie en strategie', hint: 'Wat wil de klant zijn, en hoe wil hij daar komen?' }),
  orientation: keuze(['kwaliteit', 'groei', 'kosten'] as const, { label: 'Waar stuurt de klant op', hint: 'Kiest de klant vooral voor kwaliteit, groei of lage kosten?' }),
  goals: lijst({ label: 'Doelen van de klant (uit onderzoek)', hint: 'Doelen die je in het jaarverslag, het CRM of een gesprek vond.', item: 'doel' }),
  dmu: tabel(
    {
      name: tekst({ label: 'Naam', hint: 'Voor- en achternaam.' }),
      position: tekst({ label: 'Functie', hint: 'Functie bij de klant.' }),
      role: keuze(DMU_ROLES, { label: 'Rol in de DMU', hint: 'Welke rol weegt het zwaarst? De les legt elke rol uit.' }),
      influence: keuze(LEVELS, { label: 'Invloed', hint: 'Hoeveel gewicht heeft de stem van deze persoon?' }),
      attitude: keuze(ATTITUDES, { label: 'Houding', hint: 'Hoe staat deze persoon tegenover jou? Positief is nog geen voorstander.' }),
      lastContact: datum({ label: 'Laatste contact', hint: 'Wanneer sprak iemand van jullie deze persoon?' }),
      owner: tekst({ label: 'Eigenaar bij ons', hint: 'Wie van jullie onderhoudt het contact?' }),
    },
    { label: 'DMU: wie beslist mee', hint: 'Iedereen die invloed heeft op de inkoop, met rol en houding.', item: 'persoon' },
  ),
  competitors: tabel(
    {
      name: tekst({ label: 'Concurrent', hint: 'Naam van de concurrent.' }),
      share: percentage({ label: 'Aandeel', hint: 'Hun aandeel in de inkoop van de klant.' }),
      strong: tekst({ label: 'Sterk', hint: 'Waarin zijn ze goed?' }),
      weak: tekst({ label: 'Zwak', hint: 'Waar laten ze steken vallen?' }),
      threat: score({ label: 'Dreiging', hint: '1 = nauwelijks, 5 = grote dreiging.' }),
    },
    { label: 'Concurrentie', hint: 'Wie levert nog meer aan deze klant?', item: 'concurrent' },
  ),
  currentSales: lang({ label: 'Wat we nu leveren', hint: 'Producten en diensten die de klant nu bij jou afneemt.' }),
  ourShare: percentage({ label: 'Ons aandeel in hun inkoop', hint: 'Welk deel van hun budget in jouw categorie besteden ze bij jou?' }),
  ourStrengths: lijst({ label: 'Onze sterktes voor deze klant', hint: 'Waarom zou deze klant juist voor jou kiezen?', item: 'sterkte' }),
  trends: tabel(
    {
      factor: keuze(['demografisch', 'economisch', 'sociaal-cultureel', 'technologisch', 'ecologisch', 'politiek-juridisch'] as const, { label: 'Factor (DESTEP)', hint: 'Welk soort ontwikkeling?' }),
      development: tekst({ label: 'Ontwikkeling', hint: 'Wat verandert er?' }),
      effect: keuze(['kans', 'bedreiging'] as const, { label: 'Kans of bedreiging', hint: 'Voor de klant.' }),
    },
    { label: 'Trends rond de klant (DESTEP)', hint: 'Ontwikkelingen in de omgeving van de klant.', item: 'trend' },
  ),
  sources: tabel(
    {
      source: tekst({ label: 'Bron', hint: 'Titel, website of naam van de gesprekspartner.' }),
      date: datum({ label: 'Datum', hint: 'Wanneer geraadpleegd?' }),
    },
    { label: 'Gebruikte bronnen', hint: 'Komt als bronnenlijst achter in de PDF.', item: 'bron' },
  ),
});

export const klantplanSchema = section({
  strengths: lijst({ label: 'Sterktes van de klant', hint: 'Interne punten waarin de klant goed is.', item: 'sterkte' }),
  weaknesses: lijst({ label: 'Zwaktes van de klant', hint: 'Interne punten waarin de klant tekortschiet.', item: 'zwakte' }),
  opportunities: lijst({ label: 'Kansen voor de klant', hint: 'Ontwikkelingen buiten de klant die hem kunnen helpen.', item: 'kans' }),
  threats: lijst({ label: 'Bedreigingen voor de klant', hint: 'Ontwikkelingen buiten de klant die hem kunnen schaden.', item: 'bedreiging' }),
  matrix: matrix(MATRIX_SCORES, { label: 'Confrontatiematrix', hint: 'Score elke combinatie, ook als er geen verband is (0). Onder de matrix staat wat elke score betekent.' }),
  keyQuestions: tabel(
    {
      question: tekst({ label: 'Vraag', hint: 'Begin met "Hoe kunnen we …?".' }),
      cell: verwijzing({ matrix: true }, { label: 'Uit matrixcel', hint: 'Uit welke cel met ++ of -- komt deze vraag?' }),
    },
    { label: 'Kernvragen', hint: 'Drie tot vijf vragen, elk uit een cel met ++ of -- in de matrix.', item: 'kernvraag' },
  ),
  conversationQuestions: lijst({ label: 'Vragen voor het klantgesprek', hint: 'Wat wil je de klant vragen?', item: 'vraag' }),
  conversationDate: datum({ label: 'Datum van het gesprek', hint: 'Wanneer spreek je de klant?' }),
  conversationOutcome: lang({ label: 'Uitkomst van het gesprek', hint: 'Wat zei de klant? Wat klopte er, wat niet?' }),
  sharedGoals: tabel(
    {
      customerGoal: tekst({ label: 'Doel van de klant', hint: 'Wat wil de klant bereiken?' }),
      contribution: tekst({ label: 'Onze bijdrage', hint: 'Hoe help jij daarbij?' }),
      proof: tekst({ label: 'Bewijs', hint: 'Waaruit blijkt dat je dat kunt?' }),
    },
    { label: 'Gedeelde doelen', hint: 'Doelen van de klant waar jij aan bijdraagt.', item: 'gedeeld doel' },
  ),
});

export const alignSchema = section({
  team: tabel(
    {
      name: tekst({ label: 'Naam', hint: 'Teamlid.' }),
      role: tekst({ label: 'Rol', hint: 'Bijvoorbeeld accountmanager, binnendienst, specialist.' }),
      tasks: tekst({ label: 'Taken', hint: 'Wat doet deze persoon voor dit account?' }),
      hours: getal({ label: 'Uren', hint: 'Uren per maand voor dit account.', unit: 'uur per maand', whole: true }),
    },
    { label: 'Het team', hint: 'Iedereen die aan dit account werkt.', item: 'teamlid' },
  ),
  raci: tabel(
    {
      goal: verwijzing({ section: 'envision', field: 'firstGoals', labelColumn: 'goal' }, { label: 'Eerste doel', hint: 'Een eerste doel uit stap 1.' }),
      member: verwijzing({ section: 'align', field: 'team', labelColumn: 'name' }, { label: 'Teamlid', hint: 'Iemand uit het team.' }),
      role: keuze(RACI, { label: 'RACI', hint: 'R = voert uit, A = eindverantwoordelijk, C = denkt mee, I = wordt geïnformeerd.' }),
    },
    { label: 'Taakverdeling per eerste doel (RACI)', hint: 'Per eerste doel precies één A en minstens één R.', item: 'taak' },
  ),
  meetings: tabel(
    {
      meeting: tekst({ label: 'Overleg', hint: 'Naam van het overleg.' }),
      frequency: tekst({ label: 'Frequentie', hint: 'Bijvoorbeeld wekelijks.' }),
      participants: tekst({ label: 'Deelnemers', hint: 'Wie zijn erbij?' }),
      purpose: tekst({ label: 'Doel', hint: 'Wat moet het overleg opleveren?' }),
    },
    { label: 'Overleg', hint: 'Vaste momenten om samen te werken, live of online.', item: 'overleg' },
  ),
  progressSharing: keuze(['teamoverleg', 'CRM-dashboard', 'e-mail', 'chatkanaal', 'anders'] as const, { label: 'Hoe we de voortgang delen', hint: 'Waar ziet het team hoe het plan loopt?' }),
  progressNote: lang({ label: 'Toelichting op het delen', hint: 'Wie deelt wat, en hoe vaak?' }),
  agreement: tabel(
    {
      name: tekst({ label: 'Naam', hint: 'Wie stemde in?' }),
      date: datum({ label: 'Datum', hint: 'Wanneer?' }),
    },
    { label: 'Akkoord op de doelen', hint: 'Wie heeft ingestemd met de doelen, en wanneer.', item: 'akkoord' },
  ),
});

/**
 * Kinds of SMART objective. Omzet, marge, aandeel (in their purchasing) and kwantitatief have a
 * number as baseline and target; relatie and kwalitatief are qualitative: the target is a state
 * you check, not a number. Stored values are never renamed (see README), so 'kwantitatief' was
 * added rather than reusing an old value.
 */
export const OBJECTIVE_TYPES = ['omzet', 'marge', 'aandeel', 'kwantitatief', 'relatie', 'kwalitatief'] as const;
/** The objective types whose baseline and target are numbers. */
export const QUANTITATIVE_TYPES: ReadonlyArray<(typeof OBJECTIVE_TYPES)[number]> = ['omzet', 'marge', 'aandeel', 'kwantitatief'];

export const developSchema = section({
  objectives: tabel(
    {
      objective: tekst({ label: 'Doel', hint: 'Specifiek: wat precies?' }),
      type: keuze(OBJECTIVE_TYPES, { label: 'Soort', hint: 'Met een getal als streefwaarde: omzet, marge, aandeel of kwantitatief. Zonder: relatie of kwalitatief.' }),
      kpi: tekst({ label: 'KPI', hint: 'Kritieke prestatie-indicator: waarmee meet je het?' }),
      baseline: tekst({ label: 'Nulmeting', hint: 'Waar sta je nu?' }),
      target: tekst({ label: 'Streefwaarde', hint: 'Waar wil je uitkomen?' }),
      deadline: datum({ label: 'Deadline', hint: 'Wanneer moet het gehaald zijn?' }),
      question: verwijzing({ section: 'klantplan', field: 'keyQuestions', labelColumn: 'question' }, { label: 'Afgeleid van kernvraag', hint: 'Welke vraag uit stap 4 beantwoordt dit doel?' }),
      goal: verwijzing({ section: 'envision', field: 'firstGoals', labelColumn: 'goal' }, { label: 'Bij eerste doel', hint: 'Onder welk eerste doel uit stap 1 valt dit? Zijn taakverdeling geldt ook hier.' }),
    },
    { label: 'SMART-doelen', hint: 'Elk doel met KPI, nulmeting, streefwaarde en deadline.', item: 'doel' },
  ),
  opportunities: tabel(
    {
      opportunity: tekst({ label: 'Verkoopkans', hint: 'Wat kun je de klant verkopen of bieden?' }),
      value: bedrag({ label: 'Verwachte omzet', hint: 'De omzet per jaar als je de order krijgt.' }),
      probability: percentage({ label: 'Waarschijnlijkheid', hint: 'Hoe waarschijnlijk is het dat je de order krijgt?' }),
      expected: datum({ label: 'Verwachte datum', hint: 'Wanneer verwacht je de order?' }),
      status: keuze(['idee', 'verkend', 'voorstel', 'onderhandeling', 'gewonnen', 'verloren'] as const, { label: 'Status', hint: 'Hoe ver is de verkoopkans?' }),
      crm: tekst({ label: 'CRM-verwijzing', hint: 'Nummer of naam van de verkoopkans in je CRM.' }),
    },
    { label: 'Verkoopkansen', hint: 'Wat je de klant kunt verkopen, met verwachte omzet en waarschijnlijkheid.', item: 'verkoopkans' },
  ),
  socialInsights: lijst({ label: 'Wat social media en nieuws vertellen', hint: 'Wat leerde je online over de wensen en behoeften van de klant?', item: 'inzicht' }),
  budget: tabel(
    {
      item: tekst({ label: 'Post', hint: 'Waar besteed je geld of tijd aan?' }),
      hours: getal({ label: 'Uren', hint: 'Uren van je team of een ploeg.', unit: 'uur' }),
      cost: bedrag({ label: 'Kosten', hint: 'Ook de uren: uren × uurtarief.' }),
      extraRevenue: bedrag({ label: 'Verwachte extra omzet', hint: 'Extra omzet in de looptijd.' }),
      returns: bedrag({ label: 'Verwachte extra brutomarge', hint: 'Extra omzet × je marge.' }),
    },
    { label: 'Budget', hint: 'Per post uren, kosten, extra omzet en extra brutomarge; de totalen volgen vanzelf.', item: 'post' },
  ),
});

export const adaptSchema = section({
  signals: tabel(
    {
      date: datum({ label: 'Datum', hint: 'Wanneer zag je het?' }),
      change: tekst({ label: 'Wat veranderde', hint: 'Bij de klant of in de markt.' }),
      consequence: tekst({ label: 'Gevolg', hint: 'Wat betekent het voor het plan?' }),
      adjustment: tekst({ label: 'Aanpassing in het plan', hint: 'Wat pas je aan?' }),
    },
    { label: 'Signalen en veranderingen', hint: 'Een logboek van wat er veranderde en wat je deed.', item: 'signaal' },
  ),
  kpiChecks: tabel(
    {
      objective: verwijzing({ section: 'develop', field: 'objectives', labelColumn: 'kpi' }, { label: 'KPI', hint: 'Een KPI uit stap 6.' }),
      date: datum({ label: 'Datum', hint: 'Wanneer gemeten?' }),
      value: tekst({ label: 'Gemeten waarde', hint: 'Wat was de stand?' }),
    },
    { label: 'KPI-meting per evaluatie', hint: 'Meet bij elke evaluatie waar je staat.', item: 'meting' },
  ),
  risks: tabel(
    {
      risk: tekst({ label: 'Risico', hint: 'Wat kan er misgaan?' }),
      likelihood: keuze(LEVELS, { label: 'Waarschijnlijkheid', hint: 'Hoe waarschijnlijk is het dat het gebeurt?' }),
      impact: keuze(LEVELS, { label: 'Impact', hint: 'Hoe erg als het gebeurt?' }),
      measure: tekst({ label: 'Maatregel', hint: 'Wat doe je eraan?' }),
      owner: tekst({ label: 'Eigenaar', hint: 'Wie let erop?' }),
    },
    { label: 'Risico\'s', hint: 'Wat kan het plan in de weg zitten, en wat doe je dan?', item: 'risico' },
  ),
});

export const inspireSchema = section({
  vision: lang({ label: 'Jouw visie voor de klant', hint: 'Waar zie jij de klant over een paar jaar staan?' }),
  fit: lang({ label: 'Hoe die visie past bij hun behoeften', hint: 'Koppel je visie aan wat de klant zelf wil.' }),
  messages: tabel(
    {
      role: keuze(DMU_ROLES, { label: 'DMU-rol', hint: 'Voor wie is de boodschap?' }),
      message: tekst({ label: 'Boodschap', hint: 'Wat wil je dat deze persoon onthoudt?' }),
      proof: tekst({ label: 'Bewijs of referentie', hint: 'Waarmee onderbouw je het?' }),
    },
    { label: 'Kernboodschappen per DMU-rol', hint: 'Elke rol heeft zijn eigen belang; stem je boodschap daarop af.', item: 'boodschap' },
  ),
  relationships: tabel(
    {
      contact: verwijzing({ section: 'discover', field: 'dmu', labelColumn: 'name' }, { label: 'Contactpersoon', hint: 'Iemand uit de DMU.' }),
      now: score({ label: 'Relatie nu', hint: '1 = geen contact, 5 = vertrouwd adviseur.' }),
      target: score({ label: 'Doel', hint: 'Waar wil je dit jaar naartoe?' }),
      action: tekst({ label: 'Wat je doet', hint: 'Welke stap zet je om de relatie te versterken?' }),
    },
    { label: 'Relatie per contactpersoon', hint: 'Hoe goed is de band nu, waar wil je heen, en wat doe je daarvoor?', item: 'contact' },
  ),
});

export const actieSchema = section({
  actions: tabel(
    {
      action: tekst({ label: 'Actie', hint: 'Wat ga je doen? Begin met een werkwoord.' }),
      objective: verwijzing({ section: 'develop', field: 'objectives', labelColumn: 'objective' }, { label: 'Bij doel', hint: 'Welk SMART-doel dient deze actie?' }),
      owner: tekst({ label: 'Eigenaar', hint: 'Wie zorgt dat het gebeurt?' }),
      start: datum({ label: 'Start', hint: 'Wanneer begint het?' }),
      due: datum({ label: 'Klaar', hint: 'Wanneer is het af?' }),
      resources: tekst({ label: 'Middelen', hint: 'Wat is ervoor nodig: geld, uren, materiaal.' }),
      status: keuze(['gepland', 'bezig', 'klaar', 'vervallen'] as const, { label: 'Status', hint: 'Hoe staat het ervoor?' }),
    },
    { label: 'Actieplan', hint: 'Elke actie hoort bij een doel en heeft een eigenaar en een datum.', item: 'actie' },
  ),
  embedding: lijst({ label: 'Zo borg je het plan', hint: 'Wie krijgt het plan, waar staat het, wanneer wordt het besproken?', item: 'afspraak' }),
  evaluation: tabel(
    {
      criterion: tekst({ label: 'Criterium', hint: 'Waaraan zie je dat het plan werkt?' }),
      moment: tekst({ label: 'Moment', hint: 'Wanneer kijk je ernaar?' }),
      method: tekst({ label: 'Methode', hint: 'Hoe meet je het?' }),
    },
    { label: 'Evaluatie', hint: 'Hoe en wanneer je beoordeelt of het plan werkt.', item: 'criterium' },
  ),
});

/** The sections of a plan that hold the reader's answers, in print order (cover first). */
export const SECTION_SCHEMAS = {
  cover: coverSchema,
  envision: envisionSchema,
  schedule: scheduleSchema,
  discover: discoverSchema,
  klantplan: klantplanSchema,
  align: alignSchema,
  develop: developSchema,
  adapt: adaptSchema,
  inspire: inspireSchema,
  actie: actieSchema,
} as const;

export type SectionId = keyof typeof SECTION_SCHEMAS;

/** The field schemas of a section, by key, in schema order. */
export function sectionShape(section: SectionId): Record<string, z.core.$ZodType> {
  return objectShape(SECTION_SCHEMAS[section]);
}

export const planSchema = z.looseObject({
  /** Version of this schema the plan was written with; see migrations.ts. */
  schemaVersion: z.literal(PLAN_SCHEMA_VERSION),
  /** Stable id; never shown, used as storage key. */
  id: z.string().check(z.minLength(1), z.maxLength(64)),
  /** The name shown in the plan switcher (e.g. the customer's name). */
  name: z._default(z.string().check(z.maxLength(200)), 'Naamloos plan'),
  /** ISO timestamps. */
  createdAt: z._default(z.string(), ''),
  updatedAt: z._default(z.string(), ''),
  ...SECTION_SCHEMAS,
});

export type Plan = z.infer<typeof planSchema>;
export type Section<S extends SectionId> = Plan[S];
export type ListItem = { id: string; text: string };
