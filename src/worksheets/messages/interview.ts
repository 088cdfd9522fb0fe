/**
 * The words of the interview practice (Interview*.tsx: /interview/). The questions themselves and
 * the competences with their levels are in src/deck/messages/interview.ts.
 */

export const loading = 'Je plan wordt geladen…';
export const practiseHeading = 'Oefenen';
export const practiseIntro = (count: number, total: number) =>
  count === total
    ? `${total} vragen uit je plan, in willekeurige volgorde.`
    : `${count} van de ${total} vragen kun je nu oefenen; voor de andere vul je eerst iets in je plan in.`;
export const start = 'Begin met oefenen';
export const stop = 'Stop met oefenen';
export const again = 'Begin opnieuw, in een nieuwe volgorde';
export const questionOf = (number: number, total: number) => `Vraag ${number} van ${total}`;
export const competenceLabel = (name: string) => `Competentie: ${name}`;
export const answerTime = 'Tijd voor je antwoord';
export const answerClock = (elapsed: string, target: string) => `${elapsed} (richttijd ${target})`;
export const answerOver = 'Je antwoord duurt langer dan de richttijd. Kom tot de kern.';
export const notesLabel = 'Aantekeningen bij je antwoord';
export const notesHint = 'Wat noem je zeker? Welk feit of bedrag uit je plan gebruik je? Je aantekeningen blijven bij je plan.';
export const scoreLegend = (name: string) => `Jouw score voor ${name}`;
/** "3 · voldoende" (the rubric's word for the score). */
export const scoreOption = (score: number, word: string) => `${score} · ${word}`;
/** Beside the pass level. */
export const passMark = '(het niveau van het examen)';
export const scoreHint = (pass: number, word: string) =>
  `De schaal van de beoordeling: ${pass} (${word}) is wat het examen vraagt. Wat hoort bij elk niveau, staat erbij.`;
export const answersHeading = 'Zo klinkt een antwoord';
export const answerLevel = (score: number, words: string) => `${score}: ${words}`;
export const clearScore = 'Geen score';
export const nextQuestion = 'Volgende vraag';
export const previousQuestion = 'Vorige vraag';
export const done = 'Je hebt alle vragen gehad. Bekijk je scores hieronder, of begin opnieuw.';
export const scoresHeading = 'Je scores per competentie';
export const scoreSummary = (name: string, scored: number, total: number, average: string, passes: boolean, pass: string) =>
  scored ? `${name}: ${average} gemiddeld over ${scored} van ${total} vragen, ${passes ? `${pass} of hoger` : `onder ${pass}`}` : `${name}: nog geen score`;
export const missingHeading = 'Eerst invullen';
export const missingIntro = 'Voor deze vragen mist je plan nog iets. Vul het in; daarna verschijnt de vraag hierboven.';
export const fillInFirst = 'Vul eerst in:';
export const missingItem = (label: string, where: string) => `${label} (${where})`;
export const trainerHeading = 'Lijst voor je trainer';
export const trainerIntro =
  'Laat je trainer of een collega het interview met je oefenen. Deze lijst heeft alle vragen uit je plan per competentie, de schaal en ruimte voor aantekeningen.';
export const showList = 'Maak de lijst voor je trainer';
export const print = 'Druk de lijst af';
/** Questions the plan cannot ask yet, in the trainer's list. */
export const fillInFirstList = (fields: readonly string[]) => `Vul eerst in: ${fields.join(', ')}`;
export const scaleLevel = (score: number, words: string) => `${score} = ${words}`;
export const scale = (levels: readonly string[]) => levels.join(' ');
export const scaleHeading = 'Schaal';
export const forPlan = (name: string) => `Interviewvragen bij ${name}`;
