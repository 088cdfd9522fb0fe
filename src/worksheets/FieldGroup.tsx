import { useState, type ReactNode } from 'react';
import type { $ZodType } from 'zod/v4/core';
import type { FieldInfo } from '../plan/fields';
import type { ListItem, Plan, SectionId } from '../plan/schema';
import { fieldAnchor, sectionFields } from '../plan/walk';
import { planStore } from '../stores';
import { anchorUrl, copyLink } from './copy-link';
import { ExampleValue } from './ExampleValue';
import { ListEditor } from './fields/ListEditor';
import { ScalarInput } from './fields/ScalarInput';
import { TableEditor } from './fields/TableEditor';

interface GroupProps {
  section: SectionId;
  field: string;
  info: FieldInfo;
  /** The editor; receives the ids of its label and hint. */
  children: (ids: { inputId: string; hintId: string; labelId: string }) => ReactNode;
  /** Extra content under the editor (totals, derived dates). */
  footer?: ReactNode;
}

/**
 * One exercise of a worksheet: label, hint, the editor, and "Toon voorbeeld". Its id
 * (`werkblad-…`) is a stable anchor trainers can link to.
 */
export function FieldGroup({ section, field, info, children, footer }: GroupProps) {
  const anchor = fieldAnchor(field);
  const ids = { inputId: `${anchor}-invoer`, hintId: `${anchor}-hint`, labelId: `${anchor}-label` };
  const multi = info.kind === 'lijst' || info.kind === 'tabel' || info.kind === 'matrix';
  const [copied, setCopied] = useState('');
  return (
    <div className={`field-group kind-${info.kind}`} id={anchor}>
      <button
        type="button"
        className="copy-link"
        aria-label={`Kopieer link naar oefening: ${info.label}`}
        title="Kopieer de link naar deze oefening"
        onClick={async () => setCopied(await copyLink(anchorUrl(anchor)))}
      >
        Kopieer link
      </button>
      <span role="status" className="sr-only">
        {copied}
      </span>
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
      {children(ids)}
      {footer}
      <ExampleValue section={section} field={field} info={info} />
    </div>
  );
}

interface FieldProps {
  plan: Plan;
  section: SectionId;
  field: string;
  schema: $ZodType;
  info: FieldInfo;
  footer?: ReactNode;
}

/** The right editor for any field of the schema, inside its group. */
export function Field({ plan, section, field, schema, info, footer }: FieldProps) {
  const value = (plan[section] as Record<string, unknown>)[field];
  return (
    <FieldGroup section={section} field={field} info={info} footer={footer}>
      {({ inputId, hintId }) => {
        // Keyed by plan: text that waits on screen (too long to save) never moves into another plan.
        if (info.kind === 'lijst') {
          return <ListEditor key={plan.id} section={section} field={field} id={inputId} itemName={info.item ?? 'regel'} items={(value as ListItem[]) ?? []} describedBy={hintId} />;
        }
        if (info.kind === 'tabel') {
          return (
            <TableEditor
              key={plan.id}
              section={section}
              field={field}
              schema={schema}
              id={inputId}
              rowName={info.item ?? 'rij'}
              rows={(value as Array<{ id: string } & Record<string, unknown>>) ?? []}
              plan={plan}
              describedBy={hintId}
            />
          );
        }
        return (
          <ScalarInput
            key={plan.id}
            id={inputId}
            info={info}
            plan={plan}
            value={value}
            describedBy={hintId}
            onChange={(v) => planStore.setField(section, field as never, v as never)}
          />
        );
      }}
    </FieldGroup>
  );
}

interface SectionProps {
  plan: Plan;
  section: SectionId;
  /** Only these fields, in this order (default: all fields of the section in schema order). */
  only?: string[];
  /** Leave these out (rendered elsewhere by the worksheet). */
  except?: string[];
  /** Extra content after a field, by field key. */
  footers?: Record<string, ReactNode>;
}

/** The fields of a section, each in its group. */
export function SectionFields({ plan, section, only, except, footers }: SectionProps) {
  const all = sectionFields(section);
  const fields = only ? only.flatMap((key) => all.filter((f) => f.key === key)) : all.filter((f) => !except?.includes(f.key));
  return (
    <>
      {fields.map((f) => (
        <Field key={f.key} plan={plan} section={section} field={f.key} schema={f.schema} info={f.info} footer={footers?.[f.key]} />
      ))}
    </>
  );
}
