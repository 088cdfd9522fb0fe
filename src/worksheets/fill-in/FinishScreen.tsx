import { Suspense, use, useEffect } from 'react';
import { lazyPart } from '../load-part';
import { coverAndSummary } from '../messages';
import * as say from '../messages/fill-in-finish';
import { PdfButton } from '../PdfButton';
import { WorksheetView } from '../Worksheet';
import type { ScreenProps } from './StepScreen';
import type { AnySectionMeaning } from '../../plan/meaning/types';

/** The workbook's PDF options (exam order) and the Word button: loaded with this screen. */
const PdfOptions = lazyPart(() => import('../PdfOptions').then((m) => m.PdfOptions));
const WordButton = lazyPart(() => import('../WordButton').then((m) => m.WordButton));

/** The last screen: the cover and the summary, then the PDF (with its options) and Word. */
/** `id`: the screen's anchor (`afronden`); its heading's id follows from it. */
export function FinishScreen({
  ready,
  pager,
  onShown,
  id,
  title,
  words,
}: ScreenProps & { id: string; title: string; words: () => Promise<AnySectionMeaning> }) {
  const meaning = use(words());
  useEffect(() => onShown(), [onShown]);
  const titleId = `${id}-titel`;
  return (
    <section className="fill-in-screen" id={id} aria-labelledby={titleId}>
      <h2 id={titleId} tabIndex={-1}>
        {title}
      </h2>
      <p className="fill-in-goal">{say.finishGoal}</p>
      <WorksheetView ready={ready} section="cover" title={coverAndSummary} meaning={meaning} pdf={false} />
      <section className="fill-in-pdf worksheet" aria-labelledby="fill-in-pdf">
        <h3 id="fill-in-pdf">{say.pdfTitle}</h3>
        <p>{say.pdfIntro}</p>
        <PdfButton
          ready={ready}
          options={
            <Suspense>
              <PdfOptions ready={ready} />
            </Suspense>
          }
        />
        <p>{say.wordIntro}</p>
        <Suspense>
          <WordButton ready={ready} />
        </Suspense>
        <p>
          {say.workbookPointerBefore} <a href="/werkboek/">{say.workbookPointerLink}</a>
          {say.workbookPointerAfter}
        </p>
      </section>
      {pager}
    </section>
  );
}
