/** The words of the knowledge-check store (quiz.ts). */

export const answersKeptAside = 'Eerder bewaarde antwoorden van de kennischecks waren onleesbaar. Ze zijn apart bewaard in je browser en niet overschreven.';
