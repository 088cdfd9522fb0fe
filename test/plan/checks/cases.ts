import type { Plan } from '../../../src/plan/model/schema';

const row = <T extends { id: string }>(list: T[], id: string) => list.find((r) => r.id === id)!;

/**
 * A way a plan can fail a check: what to break, the message the check must give, and the other
 * checks that fail with it because they look at the same data.
 */
export type Case = [name: string, breakIt: (p: Plan) => void, message: RegExp, alsoFails?: string[]];

/** Per check: how to make the (complete) example plan fail it. Every check has at least one way. */
export const CASES: Record<string, Case[]> = {
  // Step 1
  'eigen-organisatie': [
    [
      'no description of the own organisation',
      (p) => (p.envision.organisationProfile = ''),
      /Van je eigen organisatie ontbreekt nog: een korte beschrijving\./,
    ],
    [
      'no core business and no starting points of the sales plan',
      (p) => Object.assign(p.envision, { coreBusiness: ' ', salesPlanPoints: [{ id: 'x', text: '' }] }),
      /ontbreekt nog: de kernactiviteiten en de uitgangspunten uit het salesplan\./,
    ],
    ['no strategic starting points', (p) => (p.envision.strategicPoints = []), /de strategische uitgangspunten/],
  ],
  classificatie: [
    ['no class chosen', (p) => (p.envision.classification = ''), /Kies welke plaats dit account heeft/],
    ['no reason', (p) => (p.envision.classificationReason = ''), /waarom het account deze classificatie krijgt/],
  ],
  geschiedenis: [
    // With only 2024 left, the build-up starts two years back: the target looks far above it.
    ['only one year', (p) => (p.envision.history = p.envision.history.slice(0, 1)), /nog maar één jaar/, ['omzetopbouw']],
    ['a year without margin', (p) => (p.envision.history[1]!.margin = null), /Het jaar 2025 mist nog: marge\./],
    ['no history', (p) => (p.envision.history = []), /minstens twee jaar/],
  ],
  houding: [
    ['no attitude chosen', (p) => (p.envision.attitude = ''), /Kies hoe de klant/],
    ['no note on the attitude', (p) => (p.envision.attitudeNote = ' '), /Licht de houding/],
  ],
  bereidheid: [
    ['no score', (p) => (p.envision.willingness = null), /score van 1 tot 5/],
    ['no note', (p) => (p.envision.willingnessNote = ''), /Licht de score/],
  ],
  klantdoelen: [
    ['one customer goal', (p) => (p.envision.customerGoals = p.envision.customerGoals.slice(0, 1)), /minstens twee doelen van de klant op; nu één/],
    ['five customer goals', (p) => (p.envision.customerGoals = [1, 2, 3, 4, 5].map((n) => ({ id: `g${n}`, text: `Doel ${n}` }))), /5 doelen van de klant/],
  ],
  ambitie: [
    ['no ambition', (p) => (p.envision.ambition = ''), /Schrijf je ambitie/],
    ['an ambition of two paragraphs', (p) => (p.envision.ambition = 'Eerste alinea.\n\nTweede alinea.'), /meer dan één alinea/],
  ],
  'eerste-doelen': [
    ['one first goal', (p) => (p.envision.firstGoals = p.envision.firstGoals.slice(0, 1)), /nog maar één eerste doel/, ['doelen-eerste-doel']],
    ['a first goal without why', (p) => (p.envision.firstGoals[2]!.why = ''), /"Nieuwe schoonmakers trainen in hygiëne" mist nog: waarom\./],
    [
      'five first goals',
      (p) => p.envision.firstGoals.push({ id: 'fg5', goal: 'Nog een doel', unit: 'Inkoop', why: 'Omdat het kan.' }),
      /5 eerste doelen: kies er hoogstens vier/,
      ['raci'],
    ],
  ],
  lezers: [
    ['no readers', (p) => (p.envision.readers = []), /wie het plan gaat lezen/],
    ['only an empty reader', (p) => (p.envision.readers = [{ id: 'r', text: ' ' }]), /wie het plan gaat lezen/],
  ],
  // Step 2
  'benodigde-tijd': [
    ['no hours', (p) => (p.schedule.hoursNeeded = null), /hoeveel uur/],
    ['zero hours', (p) => (p.schedule.hoursNeeded = 0), /hoeveel uur/],
  ],
  'klaar-voor-start': [
    ['no ready date', (p) => (p.schedule.readyBy = ''), /af en goedgekeurd/],
    ['ready after the plan starts', (p) => (p.schedule.readyBy = '2027-01-15'), /pas klaar nadat het al geldt/],
  ],
  'geldigheid-evaluatie': [
    ['no validity period', (p) => (p.schedule.validUntil = ''), /van wanneer tot wanneer/],
    ['an end before the start', (p) => (p.schedule.validUntil = '2026-06-01'), /vóór de begindatum/],
    ['no review rhythm', (p) => (p.schedule.reviewRhythm = ''), /hoe vaak je het plan evalueert/],
    ['a period too short for one review', (p) => (p.schedule.validUntil = '2027-02-01'), /nog geen evaluatiemoment/],
  ],
  mijlpalen: [
    ['two milestones', (p) => (p.schedule.milestones = p.schedule.milestones.slice(0, 2)), /staan 2 mijlpalen: zet er minstens drie/],
    ['a milestone without date', (p) => (p.schedule.milestones[0]!.date = ''), /"Eerste voorstel klaar" mist nog: een datum/],
    ['no milestones', (p) => (p.schedule.milestones = []), /minstens drie mijlpalen/],
  ],
  // Step 3
  'open-vragen': [
    ['no open questions', (p) => (p.discover.missingInfo = []), /wat je nog niet weet/],
    ['a question without source and status', (p) => Object.assign(p.discover.missingInfo[0]!, { source: '', status: '' }), /mist nog: een bron en een status/],
  ],
  klantprofiel: [
    ['no sector', (p) => (p.discover.sector = ''), /ontbreekt nog: sector\./],
    ['no size and orientation', (p) => Object.assign(p.discover, { employees: null, orientation: '' }), /aantal medewerkers en waar de klant op stuurt/],
  ],
  'dmu-beslisser-voorstander': [
    ['no decision maker', (p) => (row(p.discover.dmu, 'd1').role = 'inkoper'), /geen beslisser/],
    ['only "positief" where a supporter is needed', (p) => (row(p.discover.dmu, 'd2').attitude = 'positief'), /Positief is niet genoeg/],
    ['nobody for us at all', (p) => p.discover.dmu.forEach((d) => (d.attitude = 'neutraal')), /wie pleit binnen de klant voor je/],
  ],
  'dmu-eigenaar': [
    ['a person without owner', (p) => (row(p.discover.dmu, 'd6').owner = ''), /"Petra Smit" in de DMU mist nog: een eigenaar bij jullie/],
    ['a person without role', (p) => (row(p.discover.dmu, 'd6').role = ''), /"Petra Smit" in de DMU mist nog: een rol/],
    ['an empty DMU', (p) => (p.discover.dmu = []), /niemand in de DMU/, ['dmu-beslisser-voorstander', 'boodschap-per-rol', 'relatie-per-contact']],
  ],
  concurrenten: [
    ['a competitor without share', (p) => (p.discover.competitors[1]!.share = null), /"CleanCare Groothandel" mist nog: een aandeel\./],
    [
      'a competitor without weak points and threat',
      (p) => Object.assign(p.discover.competitors[0]!, { weak: '', threat: null }),
      /"HygiënePlus" mist nog: waar hij zwak in is en een score voor de dreiging\./,
    ],
    ['no competitors', (p) => (p.discover.competitors = []), /wie er nog meer/],
  ],
  'eigen-bedrijf': [
    ['no share of our own', (p) => (p.discover.ourShare = null), /je aandeel in de inkoop van de klant/],
    ['no strengths', (p) => (p.discover.ourStrengths = []), /je sterktes voor deze klant/],
  ],
  destep: [
    [
      'a factor without a trend',
      (p) => (p.discover.trends = p.discover.trends.filter((t) => t.factor !== 'sociaal-cultureel')),
      /Bij deze factor staat nog geen trend: sociaal-cultureel\./,
    ],
    [
      'two factors without a trend',
      (p) => (p.discover.trends = p.discover.trends.slice(2)),
      /Bij deze factoren staat nog geen trend: demografisch en economisch\./,
    ],
    ['a trend without effect', (p) => (p.discover.trends[0]!.effect = ''), /mist nog: kans of bedreiging/],
    [
      'a trend without what it means for the customer',
      (p) => (p.discover.trends[1]!.consequence = ''),
      /"Lagere vergoedingen en druk op kosten" mist nog: wat het voor de klant betekent\./,
    ],
    ['no trends', (p) => (p.discover.trends = []), /Beschrijf per DESTEP-factor een trend/],
  ],
  bronnen: [
    ['a source without date', (p) => (p.discover.sources[0]!.date = ''), /mist nog: een datum/],
    ['no sources', (p) => (p.discover.sources = []), /bronnen die je gebruikte/],
  ],
  // Step 4
  swot: [
    [
      'one weakness',
      (p) => (p.klantplan.weaknesses = p.klantplan.weaknesses.slice(0, 1)),
      /minstens twee zwaktes van de klant; nu één/,
      ['kernvragen-uit-matrix'],
    ],
    [
      'six strengths',
      (p) => p.klantplan.strengths.push(...[4, 5, 6].map((n) => ({ id: `s${n}`, text: `Sterkte ${n}` }))),
      /6 sterktes: houd de vijf belangrijkste over/,
      ['matrix-gescoord'],
    ],
  ],
  'matrix-gescoord': [
    ['one cell without score', (p) => delete p.klantplan.matrix['s1:k2'], /1 van de 25 combinaties in de matrix heeft nog geen score \(S1 × K2\)\. Kies 0/],
    [
      'only the strong cells scored',
      (p) => (p.klantplan.matrix = { 's2:k1': '++', 's3:b1': '++', 'z1:b1': '--', 'z2:b2': '--' }),
      /21 van de 25 combinaties in de matrix hebben nog geen score\./,
    ],
    [
      'an empty SWOT',
      (p) => Object.assign(p.klantplan, { strengths: [], weaknesses: [], opportunities: [], threats: [] }),
      /matrix is nog leeg/,
      ['swot', 'kernvragen-uit-matrix'],
    ],
  ],
  'kernvragen-aantal': [
    ['two key questions', (p) => (p.klantplan.keyQuestions = p.klantplan.keyQuestions.slice(0, 2)), /nu twee/, ['doelen-kernvraag']],
    [
      'six key questions',
      (p) => p.klantplan.keyQuestions.push(...[5, 6].map((n) => ({ id: `q${n}`, question: `Hoe kunnen we punt ${n} oplossen?`, cell: 's2:k1' }))),
      /6 kernvragen/,
    ],
    [
      'a question that is not a "hoe … we" question',
      (p) => (p.klantplan.keyQuestions[2]!.question = 'Waarom werkt elke locatie anders?'),
      /is nog geen vraag met "hoe" en "we"/,
    ],
    [
      'a "hoe" question about someone else',
      (p) => (p.klantplan.keyQuestions[2]!.question = 'Hoe kan Kroonstad meer verkopen?'),
      /is nog geen vraag met "hoe" en "we"/,
    ],
    ['a statement, not a question', (p) => (p.klantplan.keyQuestions[2]!.question = 'Hoe kunnen we één werkwijze invoeren.'), /eindig met een vraagteken/],
  ],
  'kernvragen-uit-matrix': [
    ['a key question without cell', (p) => (p.klantplan.keyQuestions[0]!.cell = ''), /hangt nog niet aan een cel/],
    ['a key question from a + cell', (p) => (p.klantplan.keyQuestions[0]!.cell = 's1:k1'), /komt uit een cel met score \+: kies een cel met \+\+ of --/],
    ['a key question from an unscored cell', (p) => delete p.klantplan.matrix['s2:k1'], /nog geen score: kies een cel/, ['matrix-gescoord']],
    [
      'a key question whose strength was deleted',
      (p) => (p.klantplan.strengths = p.klantplan.strengths.filter((s) => s.id !== 's3')),
      /hangt nog niet aan een cel/,
    ],
  ],
  klantgesprek: [
    ['no outcome', (p) => (p.klantplan.conversationOutcome = ''), /wat de klant zei/],
    [
      'no date and no questions',
      (p) => Object.assign(p.klantplan, { conversationDate: '', conversationQuestions: [] }),
      /vragen op die je de klant wilt stellen/,
    ],
  ],
  'gedeelde-doelen': [
    ['one shared goal', (p) => (p.klantplan.sharedGoals = p.klantplan.sharedGoals.slice(0, 1)), /nog maar één gedeeld doel/],
    ['a shared goal without proof', (p) => (p.klantplan.sharedGoals[1]!.proof = ''), /"Betere auditscore" mist nog: bewijs/],
  ],
  // Step 5
  team: [
    ['a member without hours', (p) => (p.align.team[1]!.hours = null), /"Karin Vos" mist nog: uren/],
    ['no team', (p) => (p.align.team = []), /wie er in je accountteam zit/, ['raci']],
  ],
  raci: [
    [
      'a first goal without A',
      (p) => (p.align.raci = p.align.raci.filter((r) => r.id !== 'rc3')),
      /"Vaste hygiënepartner van alle locaties worden" heeft nog geen A/,
    ],
    ['a first goal with two A', (p) => (row(p.align.raci, 'rc4').role = 'A'), /"Een duurzame productlijn invoeren" heeft 2 keer een A/],
    ['a first goal without R', (p) => (p.align.raci = p.align.raci.filter((r) => r.id !== 'rc8')), /"Nieuwe schoonmakers trainen in hygiëne" heeft nog geen R/],
    ['a line whose team member was removed', (p) => (p.align.team = p.align.team.filter((m) => m.id !== 'tm2')), /heeft nog geen A/],
    ['no first goals at all', (p) => (p.envision.firstGoals = []), /nog geen eerste doelen/, ['eerste-doelen', 'doelen-eerste-doel']],
  ],
  overleg: [
    ['one meeting', (p) => (p.align.meetings = p.align.meetings.slice(0, 1)), /Er staat één overleg/],
    ['a meeting without frequency', (p) => (p.align.meetings[0]!.frequency = ''), /mist nog: een frequentie/],
  ],
  'voortgang-delen': [
    ['no place chosen', (p) => (p.align.progressSharing = ''), /Kies waar het team/],
    ['no note', (p) => (p.align.progressNote = ''), /wie wat deelt/],
  ],
  akkoord: [
    ['nobody agreed', (p) => (p.align.agreement = []), /wie akkoord gaf/],
    ['an agreement without date', (p) => (p.align.agreement[2]!.date = ''), /"Karin Vos" mist nog: een datum/],
  ],
  // Step 3, the purchasing
  inkoopproces: [
    ['no buy class', (p) => (p.discover.buyClass = ''), /Over de inkoop ontbreekt nog: de soort aankoop\./],
    [
      'nothing on how the customer buys',
      (p) => Object.assign(p.discover, { purchasingProcess: '', buyingFromUs: '' }),
      /hoe de klant inkoopt en hoe de klant bij jou koopt\./,
    ],
    ['no place in the purchasing portfolio', (p) => (p.discover.purchasingPortfolio = ''), /ontbreekt nog: de plaats in zijn inkoopportfolio\./],
    ['no phase with a person in it', (p) => p.discover.purchasingPhases.forEach((ph) => (ph.person = '')), /ontbreekt nog: wie wat doet per inkoopfase\./],
  ],
  'eigen-positie': [['no position of our own', (p) => (p.klantplan.ourPosition = ' '), /Beschrijf je eigen positie bij dit account/]],
  // Step 6
  strategie: [
    ['no growth direction', (p) => (p.develop.growthDirection = ''), /De accountstrategie mist nog: een groeirichting\./],
    [
      'no value proposition and no reason',
      (p) => Object.assign(p.develop, { growthNote: '', valueProposition: '' }),
      /mist nog: waarom je die richting kiest en een waardepropositie/,
    ],
    ['one strategy', (p) => (p.develop.strategies = p.develop.strategies.slice(0, 1)), /twee tot vier strategieën; nu één/, ['doelen-strategie']],
    [
      'five strategies',
      (p) => p.develop.strategies.push(...[4, 5].map((n) => ({ id: `st${n}`, strategy: `Spoor ${n}`, approach: 'Zo' }))),
      /5 strategieën: houd er hoogstens vier over/,
      ['doelen-strategie'],
    ],
    ['a strategy without approach', (p) => (p.develop.strategies[2]!.approach = ''), /"Kennispartner voor hygiëne" heeft nog geen aanpak/],
  ],
  'doelen-strategie': [
    [
      'an objective that serves no strategy',
      (p) => (p.develop.objectives[1]!.strategy = ''),
      /"Duurzame productlijn op alle locaties" dient nog geen strategie/,
    ],
    [
      'a strategy without objective',
      (p) => p.develop.objectives.filter((o) => o.strategy === 'st3').forEach((o) => (o.strategy = 'st1')),
      /Strategie "Kennispartner voor hygiëne" heeft nog geen doel/,
    ],
    [
      'an objective that points to a removed strategy',
      (p) => (p.develop.strategies = p.develop.strategies.filter((s) => s.id !== 'st2')),
      /"Omzet bij Lindenhof laten groeien" dient nog geen strategie/,
    ],
  ],
  'financien-jaren': [
    ['no row for the plan year', (p) => (p.develop.planYears = p.develop.planYears.slice(1)), /Vul omzet en marge in voor het planjaar 2027\./],
    ['a plan year without margin', (p) => (p.develop.planYears[1]!.margin = null), /Het planjaar 2028 mist nog: marge\./],
    ['a plan year that is in the history', (p) => (p.develop.planYears[2]!.year = 2026), /2026 staat al in de geschiedenis van stap 1/],
    ['three quarters', (p) => (p.develop.quarters = p.develop.quarters.slice(0, 3)), /over de vier kwartalen/],
    ['a quarter twice', (p) => (p.develop.quarters[3]!.quarter = 'Q3'), /elk kwartaal één keer/],
    [
      'quarters that do not add up',
      (p) => (p.develop.quarters[0]!.revenue = 85000),
      /De kwartalen tellen op tot € 385\.000, maar voor 2027 plan je € 390\.000\./,
    ],
    ['a quarter without revenue', (p) => (p.develop.quarters[2]!.revenue = null), /Geef elk kwartaal een omzet en een marge/],
  ],
  omzetopbouw: [
    ['no growth of the existing revenue', (p) => (p.develop.baseGrowth = null), /De opbouw van je omzetdoel mist nog: de groei van de bestaande omzet\./],
    ['no reason for the growth', (p) => (p.develop.baseGrowthNote = ''), /De opbouw van je omzetdoel mist nog: waarom die groei\./],
    [
      // The example expects € 385.185 in 2027 (example-arithmetic.test.ts shows the sums); € 450.000 is € 64.815 above: 16,8%.
      'a target far above what the plan can expect',
      (p) => {
        p.develop.planYears[0]!.revenue = 450000;
        p.develop.quarters[3]!.revenue = 165000;
      },
      /^Je omzetdoel voor 2027 \(€ 450\.000\) ligt € 64\.815 boven de omzet die je kunt verwachten \(€ 385\.185\): 16,8%, meer dan 10%\. Zoek meer verkoopkansen of stel je doel bij\.$/,
    ],
  ],
  'financien-toelichting': [['no note on the finance', (p) => (p.develop.financeNote = ''), /wat het plan oplevert tegenover wat het kost/]],
  'doelen-smart': [
    ['an objective without KPI', (p) => (p.develop.objectives[0]!.kpi = ''), /"Omzet bij Lindenhof laten groeien" mist: KPI\./],
    ['an objective without baseline', (p) => (p.develop.objectives[1]!.baseline = ''), /mist: nulmeting/],
    [
      'an objective without type, target and deadline',
      (p) => Object.assign(p.develop.objectives[2]!, { type: '', target: '', deadline: '' }),
      /mist: soort, streefwaarde, deadline/,
    ],
  ],
  'doelen-kwantitatief': [
    [
      'a quantitative objective with a target in words',
      (p) => (p.develop.objectives[4]!.target = 'Duidelijk hoger'),
      /"Hogere score bij hygiëne-audits" is kwantitatief \(kwantitatief\), maar/,
    ],
    ['a revenue objective without an amount', (p) => (p.develop.objectives[0]!.baseline = 'zoals vorig jaar'), /is kwantitatief \(omzet\)/],
  ],
  'doelen-kernvraag': [
    [
      'an objective without key question',
      (p) => (p.develop.objectives[3]!.question = ''),
      /"Eén werkwijze voor handhygiëne" is nog niet gekoppeld aan een kernvraag/,
    ],
  ],
  'doelen-eerste-doel': [['an objective without first goal', (p) => (p.develop.objectives[5]!.goal = ''), /hoort nog niet bij een eerste doel uit stap 1/]],
  'doelen-naast-omzet': [
    ['only revenue objectives', (p) => p.develop.objectives.forEach((o) => (o.type = 'omzet')), /Alle doelen gaan over omzet, marge of aandeel/],
  ],
  verkoopkansen: [
    ['an opportunity without CRM number', (p) => (p.develop.opportunities[0]!.crm = ''), /mist nog: een CRM-nummer/],
    [
      'an opportunity without probability',
      (p) => (p.develop.opportunities[3]!.probability = null),
      /"De vijf locaties van HygiënePlus, na hun contract" mist nog: waarschijnlijkheid/,
    ],
    ['no opportunities', (p) => (p.develop.opportunities = []), /Leg je verkoopkansen vast/, ['budget-posten']],
  ],
  'social-media': [['nothing from social media', (p) => (p.develop.socialInsights = []), /social media/]],
  'budget-posten': [
    [
      'a line that serves no opportunity and says nothing why',
      (p) => (p.develop.budget[2]!.noOpportunity = ''),
      /^Post "Auditchecklist en audits met infectiepreventie" dient nog geen verkoopkans: kies er een, of schrijf waarom de post er geen dient\.$/,
    ],
    [
      'a line whose opportunity was removed',
      (p) => (p.develop.opportunities = p.develop.opportunities.filter((o) => o.id !== 'op3')),
      /"E-learning aanpassen aan Lindenhof" dient een verkoopkans die er niet meer is/,
    ],
    [
      'a line without hours, rate or other costs',
      (p) => Object.assign(p.develop.budget[2]!, { hours: null, rate: null, otherCost: null }),
      /mist nog: kosten \(uren met uurtarief, of overige kosten\)/,
    ],
    ['an empty budget', (p) => (p.develop.budget = []), /budget is nog leeg/, ['budget-uren']],
  ],
  'budget-uren': [
    ['a budget without hours', (p) => p.develop.budget.forEach((b) => (b.hours = null)), /nog geen uren in het budget/],
    // A v1 plan after the migration: the hours were in the cost, which is now "other costs".
    ['hours without a rate', (p) => (p.develop.budget[3]!.rate = null), /"Montageploeg voor de uitrol van dispensers" heeft uren maar nog geen uurtarief/],
  ],
  // Step 7
  signalen: [
    ['no signals', (p) => (p.adapt.signals = []), /logboek met signalen is nog leeg/],
    ['a signal without adjustment', (p) => (p.adapt.signals[1]!.adjustment = ''), /mist nog: de aanpassing/],
  ],
  'kpi-gemeten': [
    [
      'a KPI missing at the last measurement',
      (p) => (p.adapt.kpiChecks = p.adapt.kpiChecks.filter((k) => k.id !== 'kc4')),
      /De meting van 1 april 2027 mist de KPI "Locaties die wij beleveren met onze dispensers/,
    ],
    ['no measurements', (p) => (p.adapt.kpiChecks = []), /nog geen KPI-meting/],
    [
      'a later measurement of one KPI only',
      (p) => p.adapt.kpiChecks.push({ id: 'kc7', objective: 'o2', date: '2027-07-01', value: '31%' }),
      /De meting van 1 juli 2027 mist de KPI "Omzet van Kroonstad/,
    ],
  ],
  risicos: [
    ['a risk without owner', (p) => (p.adapt.risks[0]!.owner = ''), /"Inkoop kiest toch op prijs" mist nog: een eigenaar/],
    ['no risks', (p) => (p.adapt.risks = []), /Benoem de risico's/],
  ],
  // Step 8
  visie: [
    ['no vision', (p) => (p.inspire.vision = ''), /Schrijf je visie/],
    ['no fit', (p) => (p.inspire.fit = ''), /hoe je visie past/],
  ],
  'boodschap-per-rol': [
    [
      'a DMU role without message',
      (p) => (p.inspire.messages = p.inspire.messages.filter((m) => m.role !== 'poortwachter')),
      /De rol poortwachter staat in de DMU, maar heeft nog geen kernboodschap/,
    ],
    ['a message without proof', (p) => (p.inspire.messages[0]!.proof = ''), /De boodschap voor de rol beslisser heeft nog geen bewijs/],
  ],
  'relatie-per-contact': [
    ['a contact without action', (p) => (p.inspire.relationships[2]!.action = ''), /Contact op regel 3 mist nog: wat je doet/],
    ['a contact who left the DMU', (p) => (p.inspire.relationships[0]!.contact = 'weg'), /mist nog: een persoon uit de DMU/],
    ['no contacts', (p) => (p.inspire.relationships = []), /belangrijkste contacten/],
  ],
  // Step 9
  'doelen-hebben-acties': [
    [
      'an objective without action',
      (p) => p.actie.actions.filter((a) => a.objective === 'o6').forEach((a) => (a.objective = '')),
      /Doel "De bestuurder ziet Kroonstad als partner voor duurzame zorg" heeft nog geen actie/,
    ],
  ],
  'acties-eigenaar-datum': [
    ['an action without owner', (p) => (p.actie.actions[0]!.owner = ''), /heeft nog geen eigenaar\./],
    [
      'an action without dates and resources',
      (p) => Object.assign(p.actie.actions[1]!, { start: '', due: '', resources: '' }),
      /geen startdatum en geen datum waarop ze klaar is en geen middelen/,
    ],
    ['an action done before it starts', (p) => (p.actie.actions[2]!.due = '2027-01-01'), /klaar vóór ze begint/],
  ],
  borging: [['nothing about embedding', (p) => (p.actie.embedding = []), /wie het plan krijgt/]],
  evaluatie: [
    ['a criterion without method', (p) => (p.actie.evaluation[0]!.method = ''), /mist nog: een methode/],
    ['no evaluation', (p) => (p.actie.evaluation = []), /waaraan, wanneer en hoe/],
  ],
  samenvatting: [['no management summary', (p) => (p.cover.summary = ''), /managementsamenvatting, in het werkboek/]],
};
