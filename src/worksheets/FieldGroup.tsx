import { lazy, memo, Suspense, type ComponentType, type ReactNode } from 'react';
import { fieldAnchor, infoOf, type FieldInfo } from '../plan/model/fields';
import type { FieldDef, FieldKind, ListItem } from '../plan/model/kinds';
import type { AnySectionMeaning, FieldMeaning } from '../plan/meaning/types';
import { PLAN_STRUCTURE, type SectionId } from '../plan/model/schema';
import { planStore } from '../stores';
import { CopyLinkButton } from './CopyLinkButton';
import { ExampleValue } from './ExampleValue';
import { FieldFeedback } from './feedback-slot';
import { ListEditor } from './fields/ListEditor';
import { copyFieldLinkLabel, copyFieldLinkTitle, itemWord, matrixLoading } from './messages';
import { ScalarInput } from './fields/ScalarInput';
import { TableEditor } from './fields/TableEditor';
import { useIsReady } from './ready';
import { noteRender } from './render-count';
import { useField } from './use-plan';

interface GroupProps {
  section: SectionId;
  field: string;
  info: FieldInfo;
  /** The editor; receives the ids of its label and hint. */
  children: (ids: EditorIds) => ReactNode;
  /** Extra content under the editor (totals, derived dates). */
  footer?: ReactNode;
}

export interface EditorIds {
  inputId: string;
  hintId: string;
  labelId: string;
}

/**
 * One exercise of a worksheet: label, hint, the editor, and "Toon voorbeeld". Its id
 * (`werkblad-…`) is a stable anchor trainers can link to.
 */
export function FieldGroup({ section, field, info, children, footer }: GroupProps) {
  const anchor = fieldAnchor(field);
  const ids = { inputId: `${anchor}-invoer`, hintId: `${anchor}-hint`, labelId: `${anchor}-label` };
  const multi = info.kind === 'list' || info.kind === 'table' || info.kind === 'matrix';
  return (
    <div className={`field-group kind-${info.kind}`} id={anchor}>
      <CopyLinkButton anchor={anchor} label={copyFieldLinkLabel(info.label)} title={copyFieldLinkTitle} />
      {multi ? (
        <h3 className="field-label" id={ids.labelId}>
          {info.label}
        </h3>
      ) : (
        <label className="field-label" id={ids.labelId} htmlFor={ids.inputId}>
          {info.label}
        </label>
      )}
      <p className="field-hint" id={ids.hintId}>
        {info.hint}
      </p>
      <FieldFeedback section={section} field={field} label={info.label} />
      {children(ids)}
      {footer}
      <ExampleValue section={section} field={field} info={info} />
    </div>
  );
}

/** What an editor of a whole field gets. */
export interface EditorProps {
  section: SectionId;
  field: string;
  def: FieldDef;
  meaning: FieldMeaning;
  info: FieldInfo;
  value: unknown;
  ids: EditorIds;
}

const Scalar = ({ section, field, info, value, ids }: EditorProps) => (
  <ScalarInput id={ids.inputId} info={info} value={value} describedBy={ids.hintId} onChange={(v) => planStore.setField(section, field as never, v as never)} />
);

const List = ({ section, field, meaning, value, ids }: EditorProps) => (
  <ListEditor
    section={section}
    field={field}
    id={ids.inputId}
    itemName={meaning.item ?? itemWord}
    label={meaning.label}
    items={value as ListItem[]}
    describedBy={ids.hintId}
  />
);

const Table = ({ section, field, def, meaning, value, ids }: EditorProps) => (
  <TableEditor
    section={section}
    field={field}
    def={def}
    meaning={meaning}
    id={ids.inputId}
    rows={value as Array<{ id: string } & Record<string, unknown>>}
    describedBy={ids.hintId}
  />
);

/** The matrix editor has a chunk of its own: only step 4 loads it. */
const LazyMatrix = lazy(() => import('./MatrixEditor'));
const Matrix = (props: EditorProps) => (
  <Suspense fallback={<p className="empty">{matrixLoading}</p>}>
    <LazyMatrix {...props} />
  </Suspense>
);

/** The editor of each kind of field. */
const EDITORS = {
  text: Scalar,
  longText: Scalar,
  date: Scalar,
  number: Scalar,
  money: Scalar,
  percent: Scalar,
  choice: Scalar,
  score: Scalar,
  yesNo: Scalar,
  reference: Scalar,
  list: List,
  table: Table,
  matrix: Matrix,
} satisfies Record<FieldKind, ComponentType<EditorProps>>;

interface FieldProps {
  section: SectionId;
  field: string;
  meaning: FieldMeaning;
  /** Extra content under the editor (totals, derived dates). */
  footer?: ReactNode;
}

/**
 * The right editor for a field, inside its group. It listens to its own field only: typing in
 * another field does not render it again.
 */
export const Field = memo(function Field({ section, field, meaning, footer }: FieldProps) {
  noteRender(`${section}.${field}`);
  const def = (PLAN_STRUCTURE[section] as Record<string, FieldDef>)[field]!;
  const value = useField(section, field, def, useIsReady());
  const info = infoOf(def, meaning);
  const Editor: ComponentType<EditorProps> = EDITORS[def.kind];
  return (
    <FieldGroup section={section} field={field} info={info} footer={footer}>
      {(ids) => <Editor section={section} field={field} def={def} meaning={meaning} info={info} value={value} ids={ids} />}
    </FieldGroup>
  );
});

interface SectionProps {
  section: SectionId;
  meaning: AnySectionMeaning;
  /** Only these fields, in this order (default: all fields of the section in order). */
  only?: readonly string[];
  /** Extra content after a field, by field key. */
  footers?: Readonly<Record<string, ReactNode>>;
}

/** Some or all fields of a section, each in its group. */
export function SectionFields({ section, meaning, only, footers }: SectionProps) {
  const keys = only ?? Object.keys(PLAN_STRUCTURE[section]);
  return (
    <>
      {keys.map((key) => (
        <Field key={key} section={section} field={key} meaning={meaning.fields[key]!} footer={footers?.[key]} />
      ))}
    </>
  );
}
