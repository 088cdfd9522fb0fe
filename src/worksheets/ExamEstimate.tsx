import { EXAM_PAGES } from '../plan/exam';
import { estimateExamPages } from '../plan/exam-pages';
import type { Plan } from '../plan/schema';

const pages = (n: number) => `${n} ${n === 1 ? 'pagina' : "pagina's"}`;

/**
 * How long the plan is as an exam plan, estimated from what the worksheets hold, against the
 * exam's 10 to 25 pages plus at most 5 pages of appendices. The reader's own introductions and
 * explanations come on top; the PDF in exam order gives the exact count.
 */
export function ExamEstimate({ ready, plan }: { ready: boolean; plan: Plan }) {
  const estimate = ready ? estimateExamPages(plan) : null;
  let advice = '';
  if (estimate) {
    if (estimate.verdict === 'kort') advice = `Dat is nog minder dan de ${EXAM_PAGES.min} pagina's die het examen vraagt. Vul de werkbladen verder in en schrijf per hoofdstuk je eigen inleiding en conclusie.`;
    else if (estimate.verdict === 'lang') advice = `Dat is meer dan de ${EXAM_PAGES.max} pagina's die het examen toestaat. Vat lange teksten samen of zet grote tabellen in een bijlage.`;
    else advice = `Dat past binnen de ${EXAM_PAGES.min} tot ${EXAM_PAGES.max} pagina's van het examen. Houd ruimte voor je eigen inleidingen en conclusies.`;
    if (estimate.appendicesTooLong) advice += ` De bijlagen zijn langer dan de ${EXAM_PAGES.appendixMax} pagina's die mogen: houd alleen de tabellen over die je in de tekst nodig hebt.`;
  }
  return (
    <div className="exam-estimate">
      <h3 id="omvang">Omvang als examenplan</h3>
      <p aria-live="polite">
        {estimate
          ? `Je werkbladen vullen in de examenindeling ongeveer ${pages(estimate.body)} hoofdtekst en ${pages(estimate.appendices)} bijlagen (zonder voorblad en inhoudsopgave). ${advice}`
          : 'Omvang berekenen…'}
      </p>
    </div>
  );
}
