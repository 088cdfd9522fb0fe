import { scoreLabel } from '../plan/classroom/quiz';
import type { StepId } from '../plan/model/steps';
import { quizStore } from '../stores/quiz';

/**
 * What happens after a click in a lesson's knowledge check, loaded on the first click: the first
 * answer to a question is stored and the lesson's score is shown; "Begin opnieuw" clears the
 * lesson's answers. The feedback itself is already on screen (Kennischeck.astro).
 */
export function afterClick(section: HTMLElement, question: HTMLElement | null, choice: string | null): void {
  const step = section.dataset['step'] as StepId;
  const score = section.querySelector<HTMLElement>('.quiz-score')!;
  if (!question) {
    quizStore.reset(step);
    for (const input of section.querySelectorAll<HTMLInputElement>('.quiz-question input')) input.checked = false;
    for (const feedback of section.querySelectorAll<HTMLElement>('.quiz-feedback')) {
      feedback.textContent = '';
      feedback.dataset['result'] = '';
    }
    score.textContent = 'Je antwoorden zijn gewist. Je kunt opnieuw beginnen.';
    return;
  }
  if (!choice) return;
  const correct = question.querySelector(`[data-option="${choice}"]`)?.getAttribute('data-result') === 'goed';
  const questions = [...section.querySelectorAll<HTMLElement>('.quiz-question[data-question]')].map((q) => q.dataset['question']!);
  const result = quizStore.record(step, question.dataset['question']!, { choice, correct }, questions);
  score.textContent = [result ? `Je score voor deze les: ${scoreLabel(result)}.` : '', quizStore.keptAside() ?? ''].join(' ').trim();
}
