/** The words of the knowledge checks' scores (quiz.ts). */

/** "3 van 5 in één keer goed", and how many are still open. */
export const quizScore = (correct: number, total: number, open: number) =>
  `${correct} van ${total} in één keer goed${open ? ` (nog ${open} ${open === 1 ? 'vraag' : 'vragen'} open)` : ''}`;
