import { MATRIX_SCORES, type Plan } from '../plan/model/schema';
import { MATRIX_SCORE_MEANINGS, SWOT_LISTS, swotCodes } from '../plan/method/swot';
import { planStore } from '../stores';
import type { EditorProps } from './FieldGroup';
import { cellLabel, matrixWaits, unnamedItem } from './messages/matrix-editor';
import { useIsReady } from './ready';
import { useSection } from './use-plan';

const EMPTY = { strengths: [], weaknesses: [], opportunities: [], threats: [], matrix: {} } as unknown as Plan['klantplan'];

/**
 * The confrontation matrix, built live from the SWOT lists: strengths and weaknesses as rows,
 * opportunities and threats as columns, a score per cell. Where there is room it is a table whose
 * row and column headers stay in view while it scrolls; in a narrow column (a phone) every row
 * is a card of its own, with the name of each opportunity and threat beside its score
 * (worksheet.css). Both show every label in full.
 */
export default function MatrixEditor({ ids }: EditorProps) {
  // Before the island is ready: no lists yet, so the note on how the matrix appears.
  const k = useSection('klantplan', useIsReady()) ?? EMPTY;
  const plan = { klantplan: k } as Plan;
  // The kinds' words ("Sterkte", "Kans") are the SWOT's own (swot.ts), in the order it prints them.
  const [strength, weakness, opportunity, threat] = SWOT_LISTS;
  const rows = [...k.strengths.map((i) => ({ ...i, kind: strength.kind })), ...k.weaknesses.map((i) => ({ ...i, kind: weakness.kind }))];
  const cols = [...k.opportunities.map((i) => ({ ...i, kind: opportunity.kind })), ...k.threats.map((i) => ({ ...i, kind: threat.kind }))];
  const name = (item: { text: string; kind: string }, index: number) => item.text.trim() || unnamedItem(item.kind, index);
  // The codes of the lesson, the key-question picker and the PDF (S1, Z1, K1, B1).
  const codes = swotCodes(plan);
  const kind = (item: { id: string; kind: string }) => `${item.kind}${codes.has(item.id) ? ` ${codes.get(item.id)!.code}` : ''}`;
  const { inputId, labelId, hintId } = ids;
  const legend = (
    <ul className="matrix-legend">
      {MATRIX_SCORES.map((s) => (
        <li key={s}>
          <span className="matrix-legend-score">{s}</span> {MATRIX_SCORE_MEANINGS[s]}
        </li>
      ))}
    </ul>
  );
  return (
    <>
      {rows.length === 0 || cols.length === 0 ? (
        <p className="empty" id={inputId}>
          {matrixWaits}
        </p>
      ) : (
        <div className="matrix-scroll" role="region" aria-labelledby={labelId} tabIndex={0} id={inputId}>
          <table className="matrix" aria-describedby={hintId}>
            <thead>
              <tr>
                <td className="matrix-corner" />
                {cols.map((c, ci) => (
                  <th key={c.id} scope="col">
                    <span className="matrix-kind">{kind(c)}</span> {name(c, ci)}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {rows.map((r, ri) => (
                <tr key={r.id}>
                  <th scope="row">
                    <span className="matrix-kind">{kind(r)}</span> {name(r, ri)}
                  </th>
                  {cols.map((c, ci) => {
                    const cell = `${r.id}:${c.id}`;
                    const value = k.matrix[cell] ?? '';
                    return (
                      <td
                        key={c.id}
                        className={
                          value ? `score score-${value === '++' ? 'pp' : value === '--' ? 'mm' : value === '+' ? 'p' : value === '-' ? 'm' : 'z'}` : ''
                        }
                      >
                        {/* The column's name in the card layout (the select's own label already says it). */}
                        <span className="matrix-col" aria-hidden="true">
                          <span className="matrix-kind">{kind(c)}</span> {name(c, ci)}
                        </span>
                        <select
                          id={`${inputId}-${r.id}-${c.id}`}
                          aria-label={cellLabel(r.kind, name(r, ri), c.kind, name(c, ci))}
                          value={value}
                          onChange={(e) => {
                            const v = e.currentTarget.value as (typeof MATRIX_SCORES)[number] | '';
                            planStore.setMatrixCell(r.id, c.id, v === '' ? null : v);
                          }}
                        >
                          <option value="">·</option>
                          {MATRIX_SCORES.map((s) => (
                            <option key={s} value={s}>
                              {s}
                            </option>
                          ))}
                        </select>
                      </td>
                    );
                  })}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {legend}
    </>
  );
}
