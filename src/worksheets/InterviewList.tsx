import { useMemo } from 'react';
import type { DeckLabels } from '../deck/context';
import { INTERVIEW_COMPETENCES, interviewQuestions, levelText } from '../deck/interview';
import { planDisplayName } from '../plan/model/plan';
import type { Plan } from '../plan/model/schema';
import * as say from './messages/interview';

/**
 * The list for a trainer who runs a mock interview: every question of this plan by competence
 * (or what to fill in first), the scale, and room for notes when printed. Loaded on request.
 */
export default function InterviewList({ plan, labels }: { plan: Plan; labels: DeckLabels }) {
  const questions = useMemo(() => interviewQuestions(plan, labels), [plan, labels]);
  return (
    <div className="interview-print">
      <button type="button" className="action-button secondary interview-no-print" onClick={() => window.print()}>
        {say.print}
      </button>
      <p className="interview-print-title">{say.forPlan(planDisplayName(plan))}</p>
      {INTERVIEW_COMPETENCES.map((c) => (
        <div key={c.id} className="interview-print-competence">
          <h3>{c.name}</h3>
          <ol>
            {questions
              .filter((q) => q.competence === c.id)
              .map((q) => (
                <li key={q.id}>
                  {q.text ?? say.fillInFirstList(q.missing.map((m) => say.missingItem(m.label, m.where)))}
                  <div className="interview-lines" aria-hidden="true" />
                </li>
              ))}
          </ol>
          <p className="interview-scale">
            <strong>{say.scaleHeading}:</strong> {say.scale(([1, 3, 5] as const).map((s) => say.scaleLevel(s, levelText(c, s))))}
          </p>
        </div>
      ))}
    </div>
  );
}
