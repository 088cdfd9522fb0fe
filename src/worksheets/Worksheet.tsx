import { PlanForm } from './PlanForm';
import { useStore } from './use-store';
import { useEffect, useRef, useState } from 'react';
import { completenessLabel, sectionCompleteness } from '../plan/checks/completeness';
import type { AnySectionMeaning } from '../plan/meaning/types';
import { PLAN_STRUCTURE, type SectionId } from '../plan/model/schema';
import { $activeId, $section } from '../stores';
import { FeedbackSlot, useFeedbackParts } from './feedback-slot';
import { SectionFields } from './FieldGroup';
import { withBoundary } from './IslandBoundary';
import { LAYOUTS } from './layouts';
import { noScript } from './messages';
import { PdfButton } from './PdfButton';
import { PlanSwitcher } from './PlanSwitcher';
import { ReadyContext, useIsReady } from './ready';
import { StatusBar } from './StatusBar';
import { useReady } from './use-plan';
import './worksheet.css';

interface Props {
  /** The section this worksheet fills in (a step's id). */
  section: SectionId;
  /** Accessible name of the fields, e.g. "Werkblad stap 1". */
  title: string;
  /**
   * The words of this section only (labels, hints, groups). The page passes them in, so the
   * worksheet's code is the same for every step and carries no step's words.
   */
  meaning: AnySectionMeaning;
}

/**
 * The worksheet of a step, as one island: which plan, how far this step is, the save status and
 * the PDF button, then the fields in their groups. Before hydration the fields show empty and
 * disabled, so the page is readable without JavaScript and the layout does not jump when the
 * values arrive. Every field listens to its own value only.
 */
function Worksheet(props: Props) {
  return <WorksheetView ready={useReady()} {...props} />;
}

export default withBoundary(Worksheet);

/**
 * The worksheet of a step inside an island that already read the plans (`ready`): the lesson's
 * island above, and fill-in mode (FillIn.tsx), which shows one step after another in one island.
 * `pdf={false}` leaves out the PDF button where the page has one of its own.
 */
export function WorksheetView({ ready, section, title, meaning, pdf = true }: Props & { ready: boolean; pdf?: boolean }) {
  const feedback = useFeedbackParts(ready);
  return (
    <ReadyContext.Provider value={ready}>
      <div className="worksheet not-content" data-ready={ready ? 'true' : 'false'}>
        <div className="worksheet-head">
          <PlanSwitcher ready={ready} />
          <Completeness section={section} />
          <StatusBar ready={ready} />
          {pdf ? <PdfButton ready={ready} /> : null}
        </div>
        {!ready ? (
          <noscript>
            <p className="noscript">{noScript}</p>
          </noscript>
        ) : null}
        {feedback ? <feedback.StepNotes section={section} /> : null}
        <PlanForm>
          <fieldset className="worksheet-fields" disabled={!ready} aria-label={title}>
            <FeedbackSlot.Provider value={feedback}>
              <SectionBody section={section} meaning={meaning} />
            </FeedbackSlot.Provider>
          </fieldset>
        </PlanForm>
      </div>
    </ReadyContext.Provider>
  );
}

/** The fields of a section in their groups, with the step's extras under the fields they follow from. */
export function SectionBody({ section, meaning }: { section: SectionId; meaning: AnySectionMeaning }) {
  const generation = usePlanGeneration();
  const groups = meaning.groups ?? [{ title: null, fields: Object.keys(PLAN_STRUCTURE[section]) }];
  const footers = Object.fromEntries(Object.entries(LAYOUTS[section].footers ?? {}).map(([key, Footer]) => [key, <Footer field={key} />]));
  return (
    <div key={generation}>
      {groups.map((group, i) => {
        const fields = <SectionFields section={section} meaning={meaning} only={group.fields} footers={footers} />;
        return (
          <div key={i} className="field-part">
            {group.title ? <p className="subhead">{group.title}</p> : null}
            {group.layout === 'swot' ? <div className="swot">{fields}</div> : fields}
          </div>
        );
      })}
    </div>
  );
}

/**
 * A number that changes when the reader switches to another plan (not when the island first reads
 * the plans). The fields are keyed by it: text waiting on screen (too long to save) never moves
 * into another plan.
 */
function usePlanGeneration(): number {
  const ready = useIsReady();
  const planId = useStore($activeId);
  const [generation, setGeneration] = useState(0);
  const shown = useRef<string | null>(null);
  useEffect(() => {
    if (!ready) return;
    if (shown.current !== null && shown.current !== planId) setGeneration((g) => g + 1);
    shown.current = planId;
  }, [ready, planId]);
  return generation;
}

/**
 * "7 van 12 velden ingevuld": progress, not a verdict (the workbook's checks say whether a step is
 * done). Counted when the browser is idle, not on every keystroke.
 */
function Completeness({ section }: { section: SectionId }) {
  const ready = useIsReady();
  const value = useStore($section(section));
  const total = Object.keys(PLAN_STRUCTURE[section]).length;
  const [filled, setFilled] = useState<number | null>(null);
  useEffect(() => {
    if (!ready || !value) return;
    const count = () => setFilled(sectionCompleteness({ [section]: value } as never, section).filled);
    if (typeof requestIdleCallback !== 'function') {
      const timer = setTimeout(count, 50);
      return () => clearTimeout(timer);
    }
    const handle = requestIdleCallback(count, { timeout: 1000 });
    return () => cancelIdleCallback(handle);
  }, [ready, value, section]);
  return (
    <p className="completeness">
      {/* As long before counting as after, so the worksheet below does not move when the count arrives. */}
      <span>{ready && filled !== null ? completenessLabel({ filled, total }) : completenessLabel({ filled: 0, total }).replace(/^0/, '–')}</span>
      <progress max={total} value={ready && filled !== null ? filled : 0} aria-hidden="true" />
    </p>
  );
}
