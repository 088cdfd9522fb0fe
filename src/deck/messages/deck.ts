/**
 * The words of the presentation (src/deck/): slide titles and speaker notes are built from these
 * templates and the plan's own words. Texts with values are functions; every value is already
 * written as the reader sees it (amounts with €, dates in words).
 */

/** "a, b en c" */
export const and = (parts: readonly string[]) => (parts.length < 2 ? parts.join('') : `${parts.slice(0, -1).join(', ')} en ${parts.at(-1)}`);

// ---------- the slides ----------

/** The footer of a slide: "Zorggroep Lindenhof · 3/9". */
export const footer = (account: string, number: number, total: number) => (account ? `${account} · ${number}/${total}` : `${number}/${total}`);

// ---------- titles ----------

export const titleWithoutTitle = (account: string) => (account ? `Accountplan ${account}` : 'Accountplan');
export const customerTitle = (account: string, goal: string) => `Dit wil ${account}: ${goal}`;
export const customerTitleWithoutGoal = (account: string) => `Dit is ${account}`;
export const analysisTitle = (question: string) => `Kernvraag: ${question}`;
export const analysisTitleWithoutQuestion = (row: string, column: string) => `De sterkste combinatie: ${row} en ${column}`;
export const analysisTitleEmpty = 'Onze analyse in één beeld';
export const strategyTitleFromStrategies = (strategies: readonly string[]) => `Onze strategie: ${and(strategies)}`;
export const strategyTitleEmpty = 'Onze strategie en doelen';
export const actionsTitle = (count: number, until: string, next: string) =>
  `${count === 1 ? '1 actie' : `${count} acties`}${until ? ` tot ${until}` : ''}. ${next ? `Nu aan de beurt: ${next}` : 'Alles is klaar.'}`;
export const actionsTitleEmpty = 'Onze acties en planning';
/** "De omzet groeit van € 355.000 in 2026 (verwacht) naar € 390.000 in 2027": `forecast` when the first year is not over yet. */
export const figuresTitle = (fromYear: number, from: string, toYear: number, to: string, grows: boolean, forecast: boolean) =>
  `De omzet ${grows ? 'groeit' : 'gaat'} van ${from} in ${fromYear}${forecast ? ' (verwacht)' : ''} naar ${to} in ${toYear}`;
export const figuresTitlePlanOnly = (toYear: number, to: string) => `De omzet groeit naar ${to} in ${toYear}`;
export const figuresTitleEmpty = 'Wat het plan kost en oplevert';
export const askTitle = (account: string, decision: string, cost: string) =>
  [decision && `We vragen ${account} een besluit over ‘${decision}’`, cost && `${decision ? 'en intern ' : 'We vragen intern '}${cost}`]
    .filter(Boolean)
    .join(', ');
export const askTitleEmpty = 'Wat we vragen';
/** The build-up's title: where the target comes from, or how far it is from what the plan can expect. */
export const bridgeTitleBacked = (target: string, year: number) => `Zo komen we aan ${target} in ${year}`;
export const bridgeTitleNotBacked = (target: string, year: number, gap: string) => `Voor ${target} in ${year} missen we nog ${gap}`;
export const bridgeTitleNoTarget = (expected: string, year: number) => `We verwachten ${expected} in ${year}`;
export const bridgeTitleEmpty = 'Waar het omzetdoel vandaan komt';
export const risksTitle = (risk: string, measure: string) => `Grootste risico: ${risk}.${measure ? ` Wat we doen: ${measure}` : ''}`;
export const risksTitleEmpty = "De grootste risico's";
export const questionsTitle = 'Welke vragen heb je?';

// ---------- on the slides ----------

export const customerWants = 'Wat ze willen';
export const customerFaces = 'Waar ze voor staan';
export const customerFacts = (parts: readonly string[]) => parts.join(' · ');
export const employees = (count: string) => `${count} medewerkers`;
export const strategies = 'Strategie';
export const mainObjectives = 'De belangrijkste doelen';
export const objectiveDetail = (baseline: string, target: string, deadline: string) =>
  [baseline && target ? `Van ${baseline} naar ${target}` : target ? `Doel: ${target}` : '', deadline && `uiterlijk ${deadline}`].filter(Boolean).join(', ');
export const keyQuestion = 'Kernvraag';
export const actionColumns = ['Actie', 'Wie', 'Klaar op', 'Status'] as const;
export const budget = 'Budget';
export const budgetHours = (hours: string) => `waarvan ${hours} uur werk`;
export const extraMargin = 'Extra brutomarge';
export const balance = 'Saldo';
export const askOfCustomer = (account: string) => `Van ${account}`;
export const askOfOrganisation = (organisation: string) => `Van ${organisation}`;
export const ourOrganisation = 'onze organisatie';
export const decisionOn = (opportunity: string) => `Besluit over ‘${opportunity}’`;
export const decisionWhen = (date: string) => `verwacht ${date}`;
export const notesDecision = (opportunity: string, value: string, probability: string) =>
  `Besluit over ‘${opportunity}’: ${[value, probability && `${probability} waarschijnlijk`].filter(Boolean).join(', ') || 'nog zonder bedrag'}.`;
export const expectedFigure = (year: number) => `Verwachte omzet ${year}`;
export const targetFigure = (year: number) => `Omzetdoel ${year}`;
export const gapFigure = (percent: string) => (percent ? `Verschil: doel min verwachting (${percent})` : 'Verschil: doel min verwachting');
export const bridgeSeries = { base: 'Onder de stap', up: 'Erbij', down: 'Eraf', total: 'Totaal' } as const;
/** A bar of the native waterfall: its label with its amount, "Groei bestaand: + € 10.650". */
export const bridgeBar = (label: string, amount: string) => `${label}: ${amount}`;
export const askBudget = (cost: string) => `${cost} budget`;
export const askHours = (name: string, hours: string) => `${name}: ${hours} uur`;
export const askApproval = (names: readonly string[]) => `Akkoord van ${and(names)}`;
export const riskDetail = (likelihood: string, impact: string, measure: string, owner: string) =>
  [likelihood && `Waarschijnlijkheid ${likelihood}`, impact && `impact ${impact}`, measure && `maatregel: ${measure}${owner ? ` (${owner})` : ''}`]
    .filter(Boolean)
    .join(', ');
export const byline = (parts: readonly string[]) => parts.filter(Boolean).join(' · ');
export const period = (from: string, to: string) => (from && to ? `${from} tot ${to}` : from || to);
export const fillInFirst = 'Vul eerst in';

// ---------- speaker notes ----------

export const notesAmbition = (ambition: string) => `Begin met je ambitie: ${ambition}`;
export const notesSummary = (summary: string) => `De kern van je plan: ${summary}`;
export const notesCustomerStrategy = (account: string, strategy: string) => `Zo ziet ${account} het zelf: ${strategy}`;
export const notesAttitude = (attitude: string, note: string) => `Houding tegenover ons: ${[attitude, note].filter(Boolean).join('. ')}`;
export const notesClassification = (label: string, reason: string) => `Classificatie: ${[label, reason].filter(Boolean).join('. ')}`;
export const notesDmu = (people: readonly string[]) => `Wie beslist mee: ${people.join('; ')}`;
export const notesPerson = (name: string, parts: readonly string[]) => (parts.length ? `${name} (${parts.join(', ')})` : name);
export const notesCell = (row: string, column: string, score: string, meaning: string) =>
  `In de confrontatiematrix scoorde je "${row}" tegen "${column}" als ${score}: ${meaning}.`;
export const notesQuestion = (question: string) => `Daaruit volgt de kernvraag: ${question}`;
export const notesConversation = (date: string, outcome: string) => `Wat de klant zei${date ? ` (${date})` : ''}: ${outcome}`;
export const notesOtherQuestions = (questions: readonly string[]) => `Andere kernvragen: ${questions.join(' / ')}`;
export const notesGrowth = (direction: string, note: string) => `Groeirichting: ${[direction, note].filter(Boolean).join('. ')}`;
export const notesValue = (value: string) => `Wat je de klant biedt: ${value}`;
export const notesObjective = (objective: string, kpi: string, detail: string) => `${objective}${kpi ? `. KPI: ${kpi}` : ''}${detail ? `. ${detail}` : ''}`;
export const notesWhyThese = 'Op de dia staan de eerste doelen in je volgorde van stap 6: zet je belangrijkste doel daar bovenaan.';
export const notesAction = (action: string, parts: readonly string[]) => (parts.length ? `${action} (${parts.join(', ')})` : action);
export const notesReady = (date: string) => `klaar op ${date}`;
export const notesAllActions = 'Alle acties:';
export const notesBudget = (cost: string, hours: string, margin: string, saldo: string) =>
  `Budget ${cost}${hours ? `, waarvan ${hours} uur werk` : ''}. Extra brutomarge ${margin}. Saldo ${saldo}.`;
export const notesForecast = (year: number, amount: string) => `${year} is nog niet om: ${amount} is wat je verwacht (stap 1).`;
export const notesBridge = (year: number, target: string, expected: string) =>
  `Je omzetdoel voor ${year} is ${target}. De opbouw uit de bestaande omzet en je verkoopkansen verwacht ${expected}.`;
export const notesBridgeRow = (label: string, amount: string, how: string) => `${label}: ${amount}${how ? ` (${how})` : ''}`;
export const notesBridgeRows = 'Zo is het opgebouwd:';
export const notesPipeline = (total: string, weighted: string) => `Verkoopkansen samen ${total}, gewogen met hun waarschijnlijkheid ${weighted}.`;
export const notesMessages = 'Je boodschap per rol in de DMU:';
export const notesMessage = (role: string, message: string, proof: string) => `${role}: ${message}${proof ? ` (bewijs: ${proof})` : ''}`;
export const notesRisk = (risk: string, detail: string) => (detail ? `${risk}. ${detail}.` : `${risk}.`);
export const notesSignals = (signals: readonly string[]) => `Wat er sinds de start veranderde: ${signals.join('; ')}`;
export const notesVision = (vision: string) => `Sluit af met je visie: ${vision}`;
export const notesFit = (fit: string) => `Waarom die past: ${fit}`;
export const notesPractise = 'Oefen de vragen die je kunt verwachten op de pagina Interview oefenen.';
export const notesShortened = 'Ingekort op de dia, hier voluit:';
export const notesFull = (label: string, text: string) => `${label}: ${text}`;
export const titleLabel = 'Titel';
