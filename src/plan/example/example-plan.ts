import { PLAN_SCHEMA_VERSION, type Plan } from '../model/schema';
import { readPlanObject } from '../values/validate';
import { exampleFinanceNote, exampleSummary } from './example-summary';

/**
 * The running case of the lessons as a complete plan: Sanne de Wit, account manager at
 * Kroonstad Hygiëne (a fictional supplier of hygiene products, dispensers and training), writes
 * the 2027 plan for Zorggroep Lindenhof (a fictional elderly-care group with 14 locations, 15
 * since it took over Zutphen in February 2027; Kroonstad serves 9 of them, 10 with Zutphen). The plan is shown as it stands on 2 April 2027,
 * the day after the first quarterly review.
 *
 * This is the one source of the case: the lessons quote its names and figures through
 * src/plan/example/example-facts.ts, and test/plan/example/example-plan.test.ts checks that its sums add up.
 * Every field is filled, every check passes.
 */
export function examplePlan(): Plan {
  const read = readPlanObject({
    schemaVersion: PLAN_SCHEMA_VERSION,
    id: 'voorbeeld-lindenhof',
    name: 'Zorggroep Lindenhof 2027',
    createdAt: '2026-11-02T09:00:00.000Z',
    updatedAt: '2027-04-02T16:30:00.000Z',
    cover: {
      title: 'Accountplan Zorggroep Lindenhof 2027',
      account: 'Zorggroep Lindenhof',
      author: 'Sanne de Wit',
      organisation: 'Kroonstad Hygiëne B.V., team Zorg',
      periodFrom: '2027-01-01',
      periodTo: '2027-12-31',
      purpose: 'opleiding/examen',
      // Written from the plan's own figures once it is read: see example-summary.ts.
      summary: '',
    },
    envision: {
      organisationProfile:
        'Kroonstad Hygiëne is een groothandel in hygiëneproducten en dispensers, met een eigen afdeling voor hygiëneadvies en training. Het bedrijf heeft 85 medewerkers en levert vanuit Apeldoorn in heel Oost-Nederland. Team Zorg bedient verpleeghuizen, ziekenhuizen en de gehandicaptenzorg.',
      coreBusiness: 'Hygiëneproducten en dispensers binnen 24 uur leveren, met advies en training over hygiëne erbij.',
      strategicPoints: [
        { id: 'sp1', text: 'Groeien in de zorg, onze belangrijkste markt' },
        { id: 'sp2', text: 'Verkopen op advies en kwaliteit, niet op de laagste prijs' },
        { id: 'sp3', text: 'In 2030 de helft van het assortiment duurzaam, met keurmerk' },
      ],
      salesPlanPoints: [
        { id: 'sl1', text: 'Team Zorg groeit in 2027 met 8% in omzet' },
        { id: 'sl2', text: 'Elke strategische klant heeft een accountplan en een vast team' },
        { id: 'sl3', text: 'De duurzame productlijn komt in 2027 bij minstens vijf zorgklanten' },
        { id: 'sl4', text: 'De brutomarge blijft minstens 28%' },
      ],
      ambition:
        'Over drie jaar is Kroonstad Hygiëne de vaste partner van Zorggroep Lindenhof voor alles rond hygiëne: producten, dispensers, training en audits. Lindenhof kiest ons omdat we helpen de doelen voor infectiepreventie en duurzaamheid te halen, niet omdat we de goedkoopste zijn.',
      history: [
        // Lindenhof's total hygiene spend (revenue ÷ share) rises: about 891, 926 and 934 thousand.
        { id: 'h2024', year: 2024, revenue: 312000, margin: 27.5, share: 35, shareEstimate: true, forecast: false },
        { id: 'h2025', year: 2025, revenue: 338000, margin: 28, share: 36.5, shareEstimate: true, forecast: false },
        // Written in November 2026: the year is not over, its figures are a forecast.
        { id: 'h2026', year: 2026, revenue: 355000, margin: 28.5, share: 38, shareEstimate: false, forecast: true },
      ],
      attitude: 'positief',
      attitudeNote:
        'De facilitaire dienst is tevreden over levering en service: in 2026 waren er twee klachten, beide binnen een dag opgelost. Inkoop vindt ons wel aan de dure kant.',
      customerGoals: [
        { id: 'cg1', text: 'Minder zorginfecties en een betere score bij de inspectie' },
        { id: 'cg2', text: 'In 2030 de helft minder milieubelasting dan in 2022' },
        { id: 'cg3', text: 'Nieuwe medewerkers sneller inwerken' },
      ],
      willingness: 4,
      willingnessNote:
        'Marco Huisman vroeg zelf om mee te denken over duurzaamheid. De bestuurder wil wel eerst zien wat het oplevert.',
      classification: 'strategisch',
      classificationReason:
        'Lindenhof is een aantrekkelijke klant: onze grootste zorgklant in Oost-Nederland, de omzet groeit elk jaar, de zorggroep opent tot 2030 vier nieuwe locaties, en bijna twee derde van zijn inkoop ligt nog bij concurrenten. Onze positie is sterk: we zijn de enige leverancier met eigen hygiëneadvies, en de facilitaire dienst is tevreden. De klant past bij alle uitgangspunten van het salesplan: zorg, advies en duurzaamheid.',
      firstGoals: [
        { id: 'fg1', goal: 'Vaste hygiënepartner van alle locaties worden', unit: 'Facilitaire dienst, alle locaties', why: 'Eén partner geeft Lindenhof overzicht en ons een stabiele omzet.' },
        { id: 'fg2', goal: 'Een duurzame productlijn invoeren', unit: 'Facilitaire dienst en inkoop', why: 'Helpt het milieudoel van Lindenhof en onderscheidt ons van de concurrent.' },
        { id: 'fg3', goal: 'Nieuwe schoonmakers trainen in hygiëne', unit: 'Teamleiders schoonmaak', why: 'Minder fouten bij een groot verloop van personeel.' },
        { id: 'fg4', goal: 'Samen met infectiepreventie de hygiëne-audits verbeteren', unit: 'Team infectiepreventie', why: 'Helpt Lindenhof bij het doel voor de inspectie en laat zien wat ons advies waard is.' },
      ],
      readers: [
        { id: 'r1', text: 'Karin Vos, salesmanager (keurt het plan goed)' },
        { id: 'r2', text: 'Ruud Jansen, binnendienst' },
        { id: 'r3', text: 'Leila Yilmaz, hygiëneadviseur' },
      ],
    },
    schedule: {
      hoursNeeded: 24,
      readyBy: '2026-12-15',
      validFrom: '2027-01-01',
      validUntil: '2027-12-31',
      reviewRhythm: 'kwartaal',
      milestones: [
        { id: 'm1', milestone: 'Eerste voorstel klaar', date: '2026-11-06', done: true },
        { id: 'm2', milestone: 'Klantanalyse en DMU compleet', date: '2026-11-20', done: true },
        { id: 'm3', milestone: 'Gesprek met Marco Huisman gevoerd', date: '2026-11-27', done: true },
        { id: 'm4', milestone: 'Plan besproken met het team', date: '2026-12-09', done: true },
        { id: 'm5', milestone: 'Plan goedgekeurd door Karin Vos', date: '2026-12-15', done: true },
      ],
    },
    discover: {
      missingInfo: [
        { id: 'mi1', question: 'Hoeveel besteedt Lindenhof in totaal aan hygiëneproducten?', source: 'gesprek', who: 'Sanne de Wit', status: 'gevonden' },
        { id: 'mi2', question: 'Wat zijn de duurzaamheidsdoelen precies?', source: 'jaarverslag', who: 'Sanne de Wit', status: 'gevonden' },
        { id: 'mi3', question: 'Hoe scoorden de locaties bij de laatste hygiëne-audit?', source: 'gesprek', who: 'Leila Yilmaz', status: 'gevonden' },
        { id: 'mi4', question: 'Wanneer loopt het contract van de vijf locaties met HygiënePlus af?', source: 'collega', who: 'Ruud Jansen', status: 'gevonden' },
      ],
      sector: 'Ouderenzorg: verpleeghuizen, kleinschalig wonen en thuiszorg',
      employees: 2100,
      revenue: 165000000,
      locations: '14 locaties in Oost-Nederland, hoofdkantoor in Deventer; sinds februari 2027 ook Zutphen',
      strategy:
        'Lindenhof wil "thuis in de buurt" bieden: kleine woongroepen, zorg dichtbij. Tot 2030 investeert de zorggroep in vier nieuwe locaties, in digitale zorg en in minder milieubelasting.',
      orientation: 'kwaliteit',
      goals: [
        { id: 'dg1', text: 'Gemiddelde score hygiëne-audit minstens 8,0 in 2027' },
        { id: 'dg2', text: 'Verloop onder schoonmaakpersoneel onder de 15% per jaar' },
        { id: 'dg3', text: 'Helft minder milieubelasting in 2030 (basisjaar 2022)' },
      ],
      dmu: [
        { id: 'd1', name: 'Ingrid Bos', position: 'Bestuurder', role: 'beslisser', influence: 'hoog', attitude: 'neutraal', lastContact: '2026-06-12', owner: 'Karin Vos' },
        { id: 'd2', name: 'Marco Huisman', position: 'Manager facilitaire dienst', role: 'initiator', influence: 'hoog', attitude: 'voorstander', lastContact: '2027-02-05', owner: 'Sanne de Wit', reportsTo: 'd1' },
        { id: 'd3', name: 'Fatima El Amrani', position: 'Inkoper', role: 'inkoper', influence: 'midden', attitude: 'kritisch', lastContact: '2026-10-30', owner: 'Sanne de Wit', reportsTo: 'd2' },
        { id: 'd4', name: 'Els Kramer', position: 'Deskundige infectiepreventie', role: 'beïnvloeder', influence: 'hoog', attitude: 'positief', lastContact: '2027-03-01', owner: 'Leila Yilmaz', reportsTo: 'd1' },
        { id: 'd5', name: 'Joost van Leeuwen', position: 'Teamleider schoonmaak, locatie De Esch', role: 'gebruiker', influence: 'midden', attitude: 'positief', lastContact: '2027-02-15', owner: 'Ruud Jansen', reportsTo: 'd2' },
        { id: 'd6', name: 'Petra Smit', position: 'Managementassistent facilitair', role: 'poortwachter', influence: 'laag', attitude: 'neutraal', lastContact: '2026-11-25', owner: 'Ruud Jansen', reportsTo: 'd2' },
      ],
      buyClass: 'aangepast',
      purchasingProcess:
        'Inkoop sluit per productgroep een raamcontract. Voor iets nieuws vraagt de inkoper drie offertes op, en boven het budget van de facilitaire dienst beslist de bestuurder. De begroting voor het volgende jaar ligt in oktober vast: toen Sanne begon, lag die voor 2027 al vast. Wat nieuw is, moet in 2027 dus passen binnen het budget van de facilitaire dienst. Wat meer kost, brengt Sanne in voor de begroting van 2028.',
      purchasingPortfolio: 'hefboom',
      purchasingPhases: [
        { id: 'ph1', phase: 'specificeren', person: 'd2', task: 'Stelt de eisen op voor iets nieuws' },
        { id: 'ph2', phase: 'specificeren', person: 'd4', task: 'Toetst de eisen op infectiepreventie' },
        { id: 'ph3', phase: 'selecteren', person: 'd3', task: 'Vraagt drie offertes op en vergelijkt ze' },
        { id: 'ph4', phase: 'contracteren', person: 'd3', task: 'Onderhandelt over prijs en voorwaarden van het raamcontract' },
        { id: 'ph5', phase: 'contracteren', person: 'd1', task: 'Beslist als het boven het budget van de facilitaire dienst gaat' },
        { id: 'ph6', phase: 'bestellen', person: 'd5', task: 'Bestelt elke week in de webshop voor zijn locatie' },
        { id: 'ph7', phase: 'nazorg', person: 'd2', task: 'Bespreekt elk kwartaal hoe levering en service gingen' },
      ],
      buyingFromUs:
        'De locaties die wij beleveren, bestellen zelf in onze webshop, tegen de prijzen uit het raamcontract, meestal één keer per week. Een nieuw product komt er alleen bij na een voorstel aan Marco Huisman en een akkoord van inkoop.',
      competitors: [
        { id: 'c1', name: 'HygiënePlus', share: 45, strong: 'Lage prijzen, groot assortiment; levert vijf locaties alles, met een contract tot eind 2027', weak: 'Weinig advies, wisselende accountmanagers', threat: 4 },
        { id: 'c2', name: 'CleanCare Groothandel', share: 17, strong: 'Levert de schoonmaakmachines en de middelen ervoor', weak: 'Geen kennis van zorg', threat: 2 },
      ],
      currentSales:
        'Handzeep en desinfectie, papier, afvalzakken en schoonmaakmiddelen voor 9 van de 14 locaties; op 3 daarvan hangen onze dispensers. De andere locaties kopen alles bij HygiënePlus. Nog geen training.',
      ourShare: 38,
      ourStrengths: [
        { id: 'os1', text: 'Eigen hygiëneadviseur met ervaring in de zorg' },
        { id: 'os2', text: 'Duurzame productlijn met keurmerk' },
        { id: 'os3', text: 'Levering binnen 24 uur, ook op kleine locaties' },
      ],
      trends: [
        { id: 't1', factor: 'demografisch', development: 'Meer ouderen met complexe zorgvragen', effect: 'kans', consequence: 'Meer kwetsbare bewoners: goede hygiëne weegt zwaarder' },
        { id: 't2', factor: 'economisch', development: 'Lagere vergoedingen en druk op kosten', effect: 'bedreiging', consequence: 'Elke euro voor hygiëne moet zich terugverdienen' },
        { id: 't6', factor: 'sociaal-cultureel', development: 'Krapte en vergrijzing op de arbeidsmarkt voor schoonmakers', effect: 'bedreiging', consequence: 'Het verloop blijft hoog en inwerken kost meer tijd' },
        { id: 't5', factor: 'technologisch', development: 'Digitale registratie van hygiëne-audits', effect: 'kans', consequence: 'De auditscore per locatie wordt snel zichtbaar en vergelijkbaar' },
        { id: 't3', factor: 'ecologisch', development: 'Landelijke afspraken over duurzame zorg', effect: 'kans', consequence: 'Lindenhof moet laten zien dat de milieubelasting daalt' },
        { id: 't4', factor: 'politiek-juridisch', development: 'Strengere controle op infectiepreventie', effect: 'bedreiging', consequence: 'Een lage auditscore kan een aanwijzing van de inspectie opleveren' },
      ],
      sources: [
        { id: 'src1', source: 'Jaarverslag Zorggroep Lindenhof 2025', date: '2026-10-28' },
        { id: 'src2', source: 'CRM Kroonstad: omzet en contacten Lindenhof 2024–2026', date: '2026-10-29' },
        { id: 'src3', source: 'Gesprek met Marco Huisman', date: '2026-11-27' },
        { id: 'src4', source: 'Website en LinkedIn-pagina van Lindenhof', date: '2026-11-03' },
      ],
    },
    klantplan: {
      strengths: [
        { id: 's1', text: 'Goede naam in de regio als zorgaanbieder' },
        { id: 's2', text: 'Centrale facilitaire dienst die inkoop bundelt' },
        { id: 's3', text: 'Eigen team voor infectiepreventie' },
      ],
      weaknesses: [
        { id: 'z1', text: 'Elke locatie werkt anders' },
        { id: 'z2', text: 'Groot verloop bij schoonmaakpersoneel' },
      ],
      opportunities: [
        { id: 'k1', text: 'Afspraken over duurzame zorg' },
        { id: 'k2', text: 'Digitale registratie van audits' },
      ],
      threats: [
        { id: 'b1', text: 'Strengere eisen van de inspectie' },
        { id: 'b2', text: 'Krappe arbeidsmarkt' },
        { id: 'b3', text: 'Druk op kosten' },
      ],
      ourPosition:
        'Tegenover HygiënePlus zijn we sterker in advies, training en duurzame producten met keurmerk: precies wat Lindenhof nodig heeft voor de strengere eisen (B1) en het milieudoel (K1). Zwakker zijn we in prijs, en we beleveren nog niet alle locaties, dus we kunnen niet overal dezelfde werkwijze brengen (Z1). Tegen de druk op kosten (B3) moeten we laten zien dat minder verbruik de hogere prijs per stuk goedmaakt.',
      // Every combination scored; 0 where there is no link. ++ works strongly for the customer, -- strongly against.
      matrix: {
        's1:k1': '+',
        's1:k2': '0',
        's1:b1': '0',
        's1:b2': '+',
        's1:b3': '0',
        's2:k1': '++',
        's2:k2': '+',
        's2:b1': '0',
        's2:b2': '0',
        's2:b3': '+',
        's3:k1': '0',
        's3:k2': '+',
        's3:b1': '++',
        's3:b2': '0',
        's3:b3': '0',
        'z1:k1': '0',
        'z1:k2': '-',
        'z1:b1': '--',
        'z1:b2': '0',
        'z1:b3': '0',
        'z2:k1': '0',
        'z2:k2': '0',
        'z2:b1': '-',
        'z2:b2': '--',
        'z2:b3': '-',
      },
      keyQuestions: [
        { id: 'q1', question: 'Hoe kunnen we met de centrale facilitaire dienst de duurzaamheidsdoelen sneller halen?', cell: 's2:k1' },
        { id: 'q2', question: 'Hoe kunnen we het team infectiepreventie helpen aan de strengere eisen te voldoen?', cell: 's3:b1' },
        { id: 'q3', question: 'Hoe kunnen we één werkwijze voor alle locaties invoeren?', cell: 'z1:b1' },
        { id: 'q4', question: 'Hoe kunnen we nieuwe schoonmakers sneller en beter inwerken?', cell: 'z2:b2' },
      ],
      conversationQuestions: [
        { id: 'cq1', text: 'Welke duurzaamheidsdoelen gelden voor de facilitaire dienst in 2027?' },
        { id: 'cq2', text: 'Waar gaat het bij de hygiëne-audits het vaakst mis?' },
        { id: 'cq3', text: 'Hoe worden nieuwe schoonmakers nu ingewerkt?' },
      ],
      conversationDate: '2026-11-27',
      conversationOutcome:
        'Marco Huisman herkende de meeste sterktes en zwaktes. Hij noemde de verschillen tussen locaties "ons grootste probleem". Eén aanname klopte niet: Z1 is kleiner dan Sanne dacht, want de drie locaties met onze dispensers werken al met dezelfde werkinstructie. Duurzaamheid staat hoog op zijn lijst, maar hij heeft er geen tijd voor. Hij wil graag een voorstel voor een proef op drie locaties.',
      sharedGoals: [
        { id: 'sg1', customerGoal: 'Minder milieubelasting', contribution: 'Duurzame productlijn en minder verpakking', proof: 'Keurmerk en CO₂-rapport per kwartaal' },
        { id: 'sg2', customerGoal: 'Betere auditscore', contribution: 'Eén werkwijze en auditchecklist met infectiepreventie', proof: 'Auditscores bij twee andere zorggroepen stegen met 0,8' },
        { id: 'sg3', customerGoal: 'Sneller inwerken', contribution: 'E-learning van 45 minuten per nieuwe medewerker', proof: 'Tevredenheid deelnemers 8,4 bij een andere klant' },
      ],
    },
    align: {
      team: [
        { id: 'tm1', name: 'Sanne de Wit', role: 'Accountmanager', tasks: 'Eigenaar van het plan, contact met DMU', hours: 16 },
        { id: 'tm2', name: 'Karin Vos', role: 'Salesmanager', tasks: 'Keurt plan en budget goed, contact met bestuurder', hours: 2 },
        { id: 'tm3', name: 'Leila Yilmaz', role: 'Hygiëneadviseur', tasks: 'Vast advies en de kwartaalevaluatie; de uren voor proef, e-learning en audits staan in het budget', hours: 6 },
        { id: 'tm4', name: 'Ruud Jansen', role: 'Binnendienst', tasks: 'Bestellingen, levering en planning van de montage', hours: 8 },
      ],
      // RACI per first goal of step 1; the SMART objectives of step 6 fall under their first goal.
      raci: [
        { id: 'rc1', goal: 'fg1', member: 'tm1', role: 'R' },
        { id: 'rc2', goal: 'fg1', member: 'tm4', role: 'R' },
        { id: 'rc3', goal: 'fg1', member: 'tm2', role: 'A' },
        { id: 'rc4', goal: 'fg2', member: 'tm3', role: 'R' },
        { id: 'rc5', goal: 'fg2', member: 'tm2', role: 'R' },
        { id: 'rc6', goal: 'fg2', member: 'tm1', role: 'A' },
        { id: 'rc7', goal: 'fg2', member: 'tm4', role: 'C' },
        { id: 'rc8', goal: 'fg3', member: 'tm3', role: 'R' },
        { id: 'rc9', goal: 'fg3', member: 'tm1', role: 'A' },
        { id: 'rc10', goal: 'fg3', member: 'tm2', role: 'I' },
        { id: 'rc11', goal: 'fg4', member: 'tm3', role: 'R' },
        { id: 'rc12', goal: 'fg4', member: 'tm1', role: 'A' },
        { id: 'rc13', goal: 'fg4', member: 'tm4', role: 'I' },
      ],
      meetings: [
        { id: 'mt1', meeting: 'Accountoverleg Lindenhof', frequency: 'Elke twee weken, 30 minuten online', participants: 'Sanne, Leila, Ruud', purpose: 'Voortgang van acties en nieuwe signalen' },
        { id: 'mt2', meeting: 'Kwartaalevaluatie', frequency: 'Elk kwartaal', participants: 'Sanne, Karin, Leila', purpose: 'KPI\'s bekijken en het plan bijsturen' },
      ],
      progressSharing: 'CRM-dashboard',
      progressNote: 'Sanne zet na elk klantcontact een notitie in het CRM. Het dashboard toont de KPI\'s; Karin kijkt er maandelijks naar.',
      agreement: [
        { id: 'ag1', name: 'Leila Yilmaz', date: '2026-12-09' },
        { id: 'ag2', name: 'Ruud Jansen', date: '2026-12-09' },
        { id: 'ag3', name: 'Karin Vos', date: '2026-12-15' },
      ],
    },
    develop: {
      objectives: [
        { id: 'o1', objective: 'Omzet bij Lindenhof laten groeien', type: 'omzet', kpi: 'Omzet van Kroonstad bij Lindenhof per jaar', baseline: '€ 355.000 (verwachting 2026)', target: '€ 390.000', deadline: '2027-12-31', question: 'q1', goal: 'fg1', strategy: 'st2' },
        { id: 'o2', objective: 'Duurzame productlijn op alle locaties', type: 'kwantitatief', kpi: 'Aandeel duurzame producten in de bestellingen van Lindenhof bij Kroonstad', baseline: '12%', target: '40%', deadline: '2027-09-30', question: 'q1', goal: 'fg2', strategy: 'st1' },
        { id: 'o3', objective: 'Nieuwe schoonmakers binnen vier weken getraind', type: 'kwantitatief', kpi: 'Deel van de nieuwe schoonmakers dat de training binnen vier weken volgde', baseline: '0%', target: '80%', deadline: '2027-06-30', question: 'q4', goal: 'fg3', strategy: 'st3' },
        { id: 'o4', objective: 'Eén werkwijze voor handhygiëne', type: 'kwantitatief', kpi: 'Locaties die wij beleveren met onze dispensers en dezelfde werkinstructie', baseline: '3 van 10', target: '10 van 10', deadline: '2027-12-31', question: 'q3', goal: 'fg1', strategy: 'st2' },
        { id: 'o5', objective: 'Hogere score bij hygiëne-audits', type: 'kwantitatief', kpi: 'Gemiddelde score interne hygiëne-audit', baseline: '7,1', target: '8,0', deadline: '2027-11-30', question: 'q2', goal: 'fg4', strategy: 'st3' },
        { id: 'o6', objective: 'De bestuurder ziet Kroonstad als partner voor duurzame zorg', type: 'relatie', kpi: 'Uitnodiging voor het overleg over het duurzaamheidsplan van Lindenhof', baseline: 'Geen contact met de bestuurder sinds juni 2026', target: 'Kroonstad schuift aan bij het overleg over het duurzaamheidsplan 2028', deadline: '2027-10-29', question: 'q1', goal: 'fg2', strategy: 'st1' },
      ],
      growthDirection: 'productontwikkeling',
      growthNote:
        'Lindenhof koopt al zeep, papier en schoonmaakmiddelen bij ons. De groei komt uit nieuw aanbod voor dezelfde facilitaire dienst: de duurzame lijn, dispensers, training en audits. Penetratie, meer van hetzelfde op de locaties van HygiënePlus, kan pas als hun contract eind 2027 afloopt: een verkoopkans voor 2028. Marktontwikkeling, ons aanbod voor Zutphen en de nieuwe locaties, volgt als de proef bewijst dat het werkt. Diversificatie past niet bij wat Kroonstad goed kan.',
      valueProposition:
        'Kroonstad helpt Lindenhof de eisen van de inspectie en het milieudoel te halen, met één werkwijze voor hygiëne op alle locaties. Per stuk betaalt Lindenhof iets meer, maar het verbruikt minder en heeft één aanspreekpunt voor producten, training en audits.',
      strategies: [
        { id: 'st1', strategy: 'Partner worden in duurzame zorg', approach: 'De duurzame lijn via een proef naar alle locaties brengen, met een CO₂-rapport per kwartaal' },
        { id: 'st2', strategy: 'Eén werkwijze op alle locaties', approach: 'Dispensers, een werkinstructie en een raamovereenkomst voor alle locaties' },
        { id: 'st3', strategy: 'Kennispartner voor hygiëne', approach: 'Training voor nieuwe schoonmakers en audits samen met infectiepreventie' },
      ],
      opportunities: [
        // The sustainable line takes the place of products Lindenhof buys from us now: it replaces part of the existing revenue.
        { id: 'op1', opportunity: 'Duurzame productlijn op onze locaties', value: 40500, replaces: 18000, probability: 70, expected: '2027-06-30', status: 'voorstel', crm: 'KANS-2027-014' },
        { id: 'op2', opportunity: 'Dispensers in bruikleen met vulling, 7 locaties', value: 15400, replaces: null, probability: 60, expected: '2027-04-30', status: 'onderhandeling', crm: 'KANS-2027-015' },
        { id: 'op3', opportunity: 'E-learning hygiëne, licentie per jaar', value: 6000, replaces: null, probability: 100, expected: '2027-01-29', status: 'gewonnen', crm: 'KANS-2027-016' },
        // Five locations at what Kroonstad earns per location it serves now; their contract with HygiënePlus runs until the end of 2027.
        { id: 'op4', opportunity: 'De vijf locaties van HygiënePlus, na hun contract', value: 195000, replaces: null, probability: 35, expected: '2028-01-03', status: 'idee', crm: 'KANS-2027-017' },
      ],
      socialInsights: [
        { id: 'si1', text: 'Lindenhof zoekt op LinkedIn 25 schoonmakers: het verloop is echt hoog.' },
        { id: 'si2', text: 'De bestuurder sprak in een interview over "zorg die de aarde niet belast".' },
        { id: 'si3', text: 'Locatie De Esch won een regionale prijs voor kleinschalig wonen.' },
      ],
      // Cost of a line = hours × rate + other costs. The budget holds only the extra hours of the actions; the
      // team's fixed hours (step 5) are the ordinary cost of team Zorg. What it yields is computed (bridge.ts).
      budget: [
        { id: 'bu1', item: 'Proef duurzame producten op drie locaties', opportunity: 'op1', noOpportunity: '', hours: 20, rate: 75, otherCost: 3000 },
        { id: 'bu2', item: 'E-learning aanpassen aan Lindenhof', opportunity: 'op3', noOpportunity: '', hours: 10, rate: 75, otherCost: 2750 },
        {
          id: 'bu3',
          item: 'Auditchecklist en audits met infectiepreventie',
          opportunity: '',
          noOpportunity: 'Er staat geen order tegenover: de audits dienen het doel voor een hogere auditscore en het vertrouwen van infectiepreventie',
          hours: 40,
          rate: 75,
          otherCost: 0,
        },
        { id: 'bu4', item: 'Montageploeg voor de uitrol van dispensers', opportunity: 'op2', noOpportunity: '', hours: 28, rate: 50, otherCost: 0 },
        {
          id: 'bu5',
          item: 'Klantbijeenkomst duurzame zorg',
          opportunity: '',
          noOpportunity: 'Er staat geen order tegenover: de bijeenkomst werkt aan de relatie met de bestuurder',
          hours: null,
          rate: null,
          otherCost: 900,
        },
      ],
      // 2027 is objective o1's target; the margin stays that of 2026. The quarters add up to 2027.
      planYears: [
        { id: 'py2027', year: 2027, revenue: 390000, margin: 28.5 },
        { id: 'py2028', year: 2028, revenue: 440000, margin: 28.5 },
        { id: 'py2029', year: 2029, revenue: 470000, margin: 28.5 },
      ],
      quarters: [
        { id: 'kw1', quarter: 'Q1', revenue: 90000, margin: 28.5 },
        { id: 'kw2', quarter: 'Q2', revenue: 95000, margin: 28.5 },
        { id: 'kw3', quarter: 'Q3', revenue: 100000, margin: 28.5 },
        { id: 'kw4', quarter: 'Q4', revenue: 105000, margin: 28.5 },
      ],
      baseGrowth: 3,
      baseGrowthNote:
        'Het raamcontract gaat op 1 januari mee met de prijsindex, naar verwachting 2%. Op de bestaande locaties wonen iets meer bewoners: ongeveer 1% meer volume. De groei van 2025 en 2026 was hoger, maar kwam deels uit nieuwe producten; die staan nu bij de verkoopkansen.',
      // Written from the plan's own figures once it is read: see example-summary.ts.
      financeNote: '',
    },
    adapt: {
      signals: [
        {
          id: 'sig1',
          date: '2027-02-10',
          change: 'Lindenhof neemt een 15e locatie over in Zutphen',
          consequence: 'Meer volume: Zutphen bestelt vanaf maart via ons raamcontract, maar werkt nog op een eigen manier',
          adjustment: 'Zutphen gaat mee in de uitrol: streefwaarde 10 van 10 locaties die wij beleveren, dispensers op 7 locaties',
        },
        {
          id: 'sig2',
          date: '2027-03-22',
          change: 'HygiënePlus verlaagt zijn prijzen met 6%',
          consequence: 'Inkoop vraagt om een prijsgesprek',
          adjustment: 'Het prijsgesprek voorbereiden, en de waarde van advies en training zichtbaar maken in het kwartaalrapport',
        },
      ],
      kpiChecks: [
        { id: 'kc1', objective: 'o1', date: '2027-04-01', value: '€ 91.500 in het eerste kwartaal (plan € 90.000; 2026: € 86.500)' },
        { id: 'kc2', objective: 'o2', date: '2027-04-01', value: '19%' },
        { id: 'kc3', objective: 'o3', date: '2027-04-01', value: '20%: de eerste groep volgde de training eind maart' },
        { id: 'kc4', objective: 'o4', date: '2027-04-01', value: '3 van 10: de uitrol begint in mei' },
        { id: 'kc5', objective: 'o5', date: '2027-04-01', value: '7,4' },
        { id: 'kc6', objective: 'o6', date: '2027-04-01', value: 'Nog geen uitnodiging; Karin spreekt de bestuurder in juni' },
      ],
      risks: [
        { id: 'ri1', risk: 'Inkoop kiest toch op prijs', likelihood: 'midden', impact: 'hoog', measure: 'Besparing door minder verspilling doorrekenen', owner: 'Sanne de Wit' },
        { id: 'ri2', risk: 'Teamleiders hebben geen tijd voor de training', likelihood: 'hoog', impact: 'midden', measure: 'Training in kleine blokken van 15 minuten', owner: 'Leila Yilmaz' },
        { id: 'ri3', risk: 'Marco Huisman vertrekt', likelihood: 'laag', impact: 'hoog', measure: 'Ook contact opbouwen met Els Kramer en de bestuurder', owner: 'Karin Vos' },
      ],
    },
    inspire: {
      vision:
        'Over vijf jaar is hygiëne bij Lindenhof geen zorg meer maar een vanzelfsprekendheid: elke locatie werkt op dezelfde manier, nieuwe medewerkers weten vanaf dag één wat ze moeten doen, en de milieubelasting van schoonmaken is gehalveerd.',
      fit:
        'Lindenhof wil kwaliteit leveren met minder mensen en minder belasting voor het milieu. Onze visie helpt precies daar: één werkwijze spaart tijd, training vermindert fouten en de duurzame lijn telt mee voor het milieudoel van Lindenhof.',
      messages: [
        { id: 'ms1', role: 'beslisser', message: 'Betere auditscores en minder milieubelasting, zonder hogere totale kosten', proof: 'Doorrekening van de proef op drie locaties' },
        { id: 'ms2', role: 'initiator', message: 'Eén werkwijze maakt uw werk eenvoudiger', proof: 'Aanpak bij een andere zorggroep met 10 locaties' },
        { id: 'ms3', role: 'inkoper', message: 'Minder verbruik weegt op tegen een iets hogere prijs per stuk', proof: 'Verbruikscijfers van locatie De Esch' },
        { id: 'ms4', role: 'beïnvloeder', message: 'De auditchecklist maken we samen met uw team', proof: 'Eerdere auditresultaten en de richtlijn van de beroepsgroep' },
        { id: 'ms5', role: 'gebruiker', message: 'Nieuwe collega\'s zijn sneller ingewerkt', proof: 'Korte demo van de e-learning' },
        { id: 'ms6', role: 'poortwachter', message: 'Een afspraak met Kroonstad is kort en goed voorbereid', proof: 'Agenda vooraf en een verslag binnen een dag' },
      ],
      relationships: [
        { id: 'rl1', contact: 'd1', now: 2, target: 3, action: 'Karin presenteert in juni de duurzaamheidsvisie, met de uitkomst van de proef' },
        { id: 'rl2', contact: 'd2', now: 4, target: 5, action: 'Sanne vraagt hem elk kwartaal mee te denken over de plannen van zijn dienst' },
        { id: 'rl3', contact: 'd3', now: 2, target: 3, action: 'Sanne bereidt het prijsgesprek voor: de besparing door minder verbruik, wat Kroonstad kan geven en wat het terugvraagt' },
        { id: 'rl4', contact: 'd4', now: 3, target: 4, action: 'Leila maakt de auditchecklist samen met haar' },
      ],
    },
    actie: {
      actions: [
        { id: 'a1', action: 'Presenteer het voorstel voor de duurzame lijn aan Marco Huisman', objective: 'o2', owner: 'Sanne de Wit', start: '2027-01-11', due: '2027-02-05', resources: 'Presentatie en proefpakket', status: 'klaar' },
        { id: 'a2', action: 'Voer de proef met duurzame producten uit op drie locaties', objective: 'o2', owner: 'Leila Yilmaz', start: '2027-02-15', due: '2027-05-14', resources: '€ 4.500: proefpakketten en 20 uur advies', status: 'bezig' },
        { id: 'a3', action: 'Werk met inkoop een raamovereenkomst voor alle locaties uit', objective: 'o1', owner: 'Sanne de Wit', start: '2027-03-01', due: '2027-05-31', resources: 'Prijsmodel van de binnendienst', status: 'bezig' },
        { id: 'a4', action: 'Richt de e-learning hygiëne in voor nieuwe schoonmakers', objective: 'o3', owner: 'Leila Yilmaz', start: '2027-02-01', due: '2027-03-31', resources: '€ 3.500: aanpassing en 10 uur advies', status: 'klaar' },
        { id: 'a5', action: 'Rol dispensers en werkinstructie uit op 7 locaties', objective: 'o4', owner: 'Ruud Jansen', start: '2027-05-18', due: '2027-12-15', resources: '€ 1.400: montageploeg, 4 uur per locatie', status: 'gepland' },
        { id: 'a6', action: 'Maak de auditchecklist samen met Els Kramer', objective: 'o5', owner: 'Leila Yilmaz', start: '2027-03-01', due: '2027-04-30', resources: '€ 3.000: 40 uur advies', status: 'bezig' },
        { id: 'a7', action: 'Presenteer de duurzaamheidsvisie aan Ingrid Bos', objective: 'o6', owner: 'Karin Vos', start: '2027-05-18', due: '2027-06-30', resources: 'Uitkomst van de proef en de presentatie van Sanne', status: 'gepland' },
        { id: 'a8', action: 'Organiseer een klantbijeenkomst over duurzame zorg', objective: 'o6', owner: 'Sanne de Wit', start: '2027-09-01', due: '2027-10-15', resources: '€ 900: zaal en catering; Sanne bereidt voor in haar vaste uren', status: 'gepland' },
      ],
      embedding: [
        { id: 'e1', text: 'Het plan staat in het CRM bij het account Lindenhof.' },
        { id: 'e2', text: 'Karin Vos bespreekt het plan elk kwartaal in het salesoverleg.' },
        { id: 'e3', text: 'Nieuwe collega\'s in het accountteam krijgen het plan op hun eerste dag.' },
      ],
      evaluation: [
        { id: 'ev1', criterion: 'KPI\'s van de SMART-doelen', moment: 'Elk kwartaal', method: 'CRM-dashboard en auditrapporten' },
        { id: 'ev2', criterion: 'Tevredenheid van Marco Huisman en Els Kramer', moment: 'Halverwege en aan het eind van 2027', method: 'Kort evaluatiegesprek met vijf vaste vragen' },
        { id: 'ev3', criterion: 'Gebruik van het plan door het team', moment: 'Elk kwartaal', method: 'Acties op tijd afgerond, volgens het actieplan' },
      ],
    },
  });
  // The example is written by hand: it must read without a single repair.
  if (!read.ok || read.repairs.length) throw new Error(`The example plan does not read: ${JSON.stringify(read.ok ? read.repairs : read.issues)}`);
  // The summary and the note on the finance quote the plan's own figures, computed, never typed.
  read.plan.cover.summary = exampleSummary(read.plan);
  read.plan.develop.financeNote = exampleFinanceNote(read.plan);
  return read.plan;
}
