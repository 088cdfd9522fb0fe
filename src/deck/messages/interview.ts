/**
 * The words of the interview practice (src/deck/interview.ts): what an answer at 1, 3 and 5 sounds
 * like per competence, and the questions as templates filled with the student's own plan. The
 * competences themselves (ids, names, levels, the scale) are the rubric's. Every value is already
 * written as the reader sees it.
 */

/**
 * What an answer in the interview sounds like at 1, 3 and 5, per competence of the rubric
 * (src/plan/exam/rubric.ts, which names them and says what they look like in the plan). The
 * card shows these beside the rubric's own levels; the self-score uses the rubric's scale.
 */
export const ANSWER_LEVELS = {
  analyse: {
    1: 'Je noemt losse feiten of je mening, zonder bron en zonder conclusie.',
    3: 'Je noemt de feiten uit je plan en een conclusie, maar zegt niet wat zwaarder weegt.',
    5: 'Je onderbouwt je oordeel met feiten en hun bron, weegt ze en zegt wat je nog niet zeker weet.',
  },
  strategie: {
    1: 'Je beschrijft wat je gaat doen, niet waarom en niet wat je laat liggen.',
    3: 'Je legt je keuze uit vanuit de analyse, maar het verband met de doelen van de klant blijft vaag.',
    5: 'Je keuze volgt uit de analyse en de doelen van de klant, en je zegt welk alternatief je afwees en waarom.',
  },
  probleem: {
    1: 'Je zegt dat het wel goed komt, of je weet niet wat je zou doen.',
    3: 'Je noemt een oplossing, maar niet wat die kost, wie hem uitvoert of wat het betekent voor je doelen.',
    5: 'Je ziet de oorzaak, noemt je eerste stap met wie en wanneer, en wat het betekent voor je doelen en je budget.',
  },
  financieel: {
    1: 'Je praat over je product of je prijs, niet over wat het de klant oplevert.',
    3: 'Je noemt wat het de klant en je eigen bedrijf oplevert, maar zonder bedragen of bewijs.',
    5: 'Je maakt de waarde concreet voor de klant en voor je eigen bedrijf, met bedragen, bewijs en de aannames erachter.',
  },
  plannen: {
    1: 'Je weet niet precies wie wat doet of wanneer je meet.',
    3: 'Je noemt eigenaar, datum en KPI, maar niet wat je doet als je achterloopt.',
    5: 'Je noemt eigenaar, datum, KPI en meetmoment, en hoe je bijstuurt als het anders loopt.',
  },
  commercieel: {
    1: 'Je vertelt wat je aanbiedt, maar niet hoe je tot een afspraak of order komt.',
    3: 'Je weet wie je moet overtuigen, maar je aanpak is voor iedereen hetzelfde.',
    5: 'Je stemt je boodschap af op de persoon en zijn belang, en je weet wanneer en hoe je om een besluit vraagt.',
  },
} as const;

/** What a score between the described ones means. */
export const betweenLevels = (low: number, high: number) => `Tussen ${low} en ${high} in.`;

// ---------- the questions ----------

export const qClassification = (account: string, label: string) =>
  `Je classificeert ${account} als ${label}. Waarom, en hoeveel tijd krijgt het account daardoor?`;
export const qMatrix = (row: string, column: string, score: string) =>
  `Waarom scoor je ‘${row}’ tegen ‘${column}’ als ${score}? Welk feit uit je analyse laat dat zien?`;
export const qCompetitorShare = (name: string, share: string, account: string) =>
  `${name} heeft ${share} van de inkoop van ${account}. Hoe weet je dat, en wat betekent het voor je plan?`;
export const qCompetitor = (name: string, account: string) => `${name} levert ook aan ${account}. Waar is die sterker dan jij, en hoe weet je dat?`;
export const qGrowth = (direction: string, account: string) => `Je kiest voor ${direction}. Waarom past die richting bij ${account}, en waarom geen andere?`;
export const qObjectiveFromQuestion = (objective: string, question: string) => `Je doel ‘${objective}’ volgt uit de kernvraag ‘${question}’. Leg uit hoe.`;
export const qVision = (vision: string, account: string) => `Je visie is: ‘${vision}’ Hoe past die bij wat ${account} zelf wil bereiken?`;
export const qOpportunityFails = (opportunity: string, probability: string) =>
  `${opportunity}${probability ? ` (${probability})` : ''} gaat niet door. Wat doe je, en wat betekent het voor je doelen?`;
export const qRiskHappens = (risk: string) => `‘${risk}’ gebeurt toch. Wat is je eerste stap, en wie zet hem?`;
export const qAssumption = (name: string) => `Welke aanname bleek na het gesprek met ${name} niet te kloppen, en wat heb je toen veranderd?`;
export const qWorthIt = (cost: string, margin: string) => `Je plan kost ${cost} en levert ${margin} extra brutomarge op. Waarom is het die investering waard?`;
export const qValue = (account: string) => `Wat levert je aanbod ${account} op? Zeg het in twee zinnen, in de woorden van de klant.`;
export const qTooExpensive = (name: string, position: string) => `${name}${position ? ` (${position})` : ''} vindt je te duur. Wat zeg je?`;
export const qMeasure = (objective: string) => `Hoe meet je ‘${objective}’, en wat doe je als je bij de eerste evaluatie achterloopt?`;
export const qAction = (action: string) => `‘${action}’: wie doet het, wanneer is het klaar, en hoe weet je dat het gebeurt?`;
export const qReview = (rhythm: string) =>
  `Je bekijkt je plan elk${rhythm === 'halfjaar' ? ' half jaar' : ` ${rhythm}`} opnieuw. Wat bespreek je de eerste keer, en met wie?`;
export const qDecider = (name: string, attitude: string) => `${name} beslist${attitude ? ` en is ${attitude}` : ''}. Hoe krijg je ${name} mee?`;
export const qClose = (opportunity: string) => `Wanneer en hoe vraag je om een besluit over ‘${opportunity}’?`;
export const qMessage = (role: string, message: string) => `Wat zeg je in één minuut tegen de ${role} om over te brengen: ‘${message}’?`;
