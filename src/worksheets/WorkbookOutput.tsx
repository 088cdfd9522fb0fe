import { Backup } from './Backup';
import { ExamEstimate } from './ExamEstimate';
import { withBoundary } from './IslandBoundary';
import * as say from './messages/workbook';
import { PdfButton } from './PdfButton';
import { PdfOptions } from './PdfOptions';
import { WordButton } from './WordButton';
import { Part, useWorkbookPlan } from './workbook-part';
import './worksheet.css';

/** The PDF and Word downloads, the size of the exam plan, and the JSON backup. */
export const WorkbookOutput = withBoundary(function WorkbookOutput() {
  const { ready, plan } = useWorkbookPlan();
  return (
    <Part name="downloaden" ready={ready}>
      <section aria-labelledby="downloaden">
        <h2 id="downloaden">{say.outputTitle}</h2>
        <p>{say.pdfIntro}</p>
        <PdfButton ready={ready} options={<PdfOptions ready={ready} />} />
        <h3 id="word">{say.wordTitle}</h3>
        <p>
          {say.wordIntroBefore} <a href="/examenplan/">{say.wordIntroLink}</a> {say.wordIntroAfter}
        </p>
        <WordButton ready={ready} />
        <ExamEstimate ready={ready} plan={plan} />
        <Backup ready={ready} />
      </section>
    </Part>
  );
});
