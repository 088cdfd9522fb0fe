import { useStore } from '@nanostores/react';
import type { ReactNode } from 'react';
import { completenessLabel, sectionCompleteness } from '../plan/completeness';
import { planSchema, PLAN_SCHEMA_VERSION, type Plan, type SectionId } from '../plan/schema';
import { $activePlan } from '../stores';
import { PdfButton } from './PdfButton';
import { PlanSwitcher } from './PlanSwitcher';
import { withBoundary } from './IslandBoundary';
import { StatusBar } from './StatusBar';
import { useReady } from './use-plan';
import './worksheet.css';

/** What the server renders (and the first client render): every field, empty and disabled. */
const EMPTY_PLAN = planSchema.parse({ schemaVersion: PLAN_SCHEMA_VERSION, id: 'leeg' });

interface Props {
  section: SectionId;
  /** Accessible name of the fields, e.g. "Werkblad stap 1: Envision". */
  title: string;
  children: (plan: Plan) => ReactNode;
}

/**
 * The frame of every worksheet: which plan, how complete this step is, the save status and the
 * PDF button, then the fields. Before hydration the fields show empty and disabled, so the page
 * is readable without JavaScript and the layout does not jump when the values arrive.
 */
export const WorksheetFrame = withBoundary(function WorksheetFrame({ section, title, children }: Props) {
  const ready = useReady();
  const active = useStore($activePlan);
  const plan = ready && active ? active : EMPTY_PLAN;
  const completeness = sectionCompleteness(plan, section);
  return (
    <div className="worksheet not-content" data-ready={ready ? 'true' : 'false'}>
      <div className="worksheet-head">
        <PlanSwitcher ready={ready} />
        <p className="completeness">
          <span>{ready ? completenessLabel(completeness) : `${completeness.total} velden`}</span>
          <progress max={completeness.total} value={ready ? completeness.filled : 0} aria-hidden="true" />
        </p>
        <StatusBar ready={ready} />
        <PdfButton ready={ready} />
      </div>
      {!ready ? <noscript><p className="noscript">Zet JavaScript aan om dit werkblad in te vullen. De les hierboven kun je gewoon lezen.</p></noscript> : null}
      <fieldset className="worksheet-fields" disabled={!ready} aria-label={title}>
        {children(plan)}
      </fieldset>
    </div>
  );
});
