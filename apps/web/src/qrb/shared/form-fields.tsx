import type { ReactNode, SelectHTMLAttributes, TextareaHTMLAttributes } from 'react';

/**
 * The USWDS form controls of the hiring-action and QRB pages, beside components/text-field.tsx: a select, a
 * textarea, a group of radios and a checkbox, each with its label, hint and inline error (announced with the
 * control).
 */

/** The ids an input is described by: its hint and, when it has one, its error. */
export function describedBy(...ids: readonly (string | false | undefined)[]): string | undefined {
  const present = ids.filter((id): id is string => typeof id === 'string' && id !== '');
  return present.length === 0 ? undefined : present.join(' ');
}

function FieldMessages(props: { readonly id: string; readonly hint?: ReactNode; readonly error?: string | undefined }) {
  return (
    <>
      {props.hint === undefined ? null : (
        <div className="usa-hint" id={`${props.id}-hint`}>
          {props.hint}
        </div>
      )}
      {props.error === undefined ? null : (
        <span className="usa-error-message" id={`${props.id}-error`}>
          {props.error}
        </span>
      )}
    </>
  );
}

const groupClass = (error: string | undefined) => `usa-form-group${error === undefined ? '' : ' usa-form-group--error'}`;

/** A control's label, hint and error around it; the control itself is the child, described by `ariaOf`. */
function LabelledField(props: { readonly id: string; readonly label: ReactNode; readonly hint?: ReactNode; readonly error?: string | undefined; readonly children: ReactNode }) {
  const { id, error } = props;
  return (
    <div className={groupClass(error)}>
      <label className={`usa-label${error === undefined ? '' : ' usa-label--error'}`} htmlFor={id}>
        {props.label}
      </label>
      <FieldMessages id={id} hint={props.hint} error={error} />
      {props.children}
    </div>
  );
}

/** A control's ARIA: described by its hint and error, invalid while it has an error. */
function ariaOf(id: string, hint: ReactNode | undefined, error: string | undefined) {
  return {
    'aria-describedby': describedBy(hint !== undefined && `${id}-hint`, error !== undefined && `${id}-error`),
    'aria-invalid': error === undefined ? undefined : true,
  } as const;
}

/** A USWDS select with its label, hint and inline error; its options are its children. */
export function SelectField(
  props: {
    readonly id: string;
    readonly label: string;
    readonly hint?: ReactNode;
    readonly error?: string | undefined;
    readonly children: ReactNode;
  } & Omit<SelectHTMLAttributes<HTMLSelectElement>, 'id' | 'className' | 'children'>,
) {
  const { id, label, hint, error, children, ...select } = props;
  return (
    <LabelledField id={id} label={label} hint={hint} error={error}>
      <select id={id} className={`usa-select${error === undefined ? '' : ' usa-input--error'}`} {...ariaOf(id, hint, error)} {...select}>
        {children}
      </select>
    </LabelledField>
  );
}

/**
 * A USWDS textarea with its label, hint and inline error: 6rem high for remarks and notes, 10rem (`isTall`) for
 * the statements and reasons a case carries.
 */
export function TextareaField(
  props: {
    readonly id: string;
    readonly label: ReactNode;
    readonly hint?: ReactNode;
    readonly error?: string | undefined;
    readonly isTall?: boolean;
  } & Omit<TextareaHTMLAttributes<HTMLTextAreaElement>, 'id' | 'className'>,
) {
  const { id, label, hint, error, isTall, ...textarea } = props;
  return (
    <LabelledField id={id} label={label} hint={hint} error={error}>
      <textarea
        id={id}
        className={`usa-textarea ${isTall === true ? 'ecq-case-textarea' : 'ecq-qrb-textarea'}${error === undefined ? '' : ' usa-input--error'}`}
        {...ariaOf(id, hint, error)}
        {...textarea}
      />
    </LabelledField>
  );
}

export interface TRadioOption<V extends string> {
  readonly value: V;
  readonly label: string;
  /** A sentence under the label (USWDS label description). */
  readonly description?: string;
}

/** The id of a radio of a group: `<group>-<value>`. */
export const radioId = (group: string, value: string) => `${group}-${value}`;

/**
 * Radio ids whose first is the group's own id (`case-basis`, `case-basis-B`, `case-basis-C`), for a form whose
 * error summary links to the field by its name: the link lands on the group's first radio.
 */
export const radioIdsFrom =
  (group: string) =>
  (value: string, index: number): string =>
    index === 0 ? group : radioId(group, value);

/**
 * Radios in a fieldset whose legend names the question; the hint and error belong to the group. The radios
 * are named `name`; the group's ids (its hint, its error, its radios) start with `id`, which is `name` unless
 * said otherwise.
 */
export function RadioGroup<V extends string>(props: {
  readonly name: string;
  readonly id?: string;
  readonly legend: ReactNode;
  readonly options: readonly TRadioOption<V>[];
  readonly value: V | undefined;
  readonly onChange: (value: V) => void;
  readonly hint?: ReactNode;
  readonly error?: string | undefined;
  readonly isLegendBold?: boolean;
  readonly disabled?: boolean;
  /** Each radio's id; `radioId(id, value)` unless said otherwise. */
  readonly inputIdOf?: (value: V, index: number) => string;
}) {
  const { name, error, hint } = props;
  const id = props.id ?? name;
  const inputIdOf = props.inputIdOf ?? ((value: V) => radioId(id, value));
  return (
    <div className={groupClass(error)}>
      <fieldset className="usa-fieldset" aria-describedby={ariaOf(id, hint, error)['aria-describedby']}>
        <legend className={`usa-legend${props.isLegendBold === true ? ' usa-legend--bold' : ''}`}>{props.legend}</legend>
        <FieldMessages id={id} hint={hint} error={error} />
        {props.options.map((option, index) => {
          const inputId = inputIdOf(option.value, index);
          return (
            <div className="usa-radio" key={option.value}>
              <input
                className="usa-radio__input"
                id={inputId}
                type="radio"
                name={name}
                value={option.value}
                checked={props.value === option.value}
                disabled={props.disabled}
                onChange={() => props.onChange(option.value)}
              />
              <label className="usa-radio__label" htmlFor={inputId}>
                {option.label}
                {option.description === undefined ? null : <span className="usa-radio__label-description">{option.description}</span>}
              </label>
            </div>
          );
        })}
      </fieldset>
    </div>
  );
}

/** A USWDS checkbox with its label and, when it has one, a description under the label. */
export function CheckboxField(props: {
  readonly id: string;
  readonly label: ReactNode;
  readonly description?: ReactNode;
  readonly checked: boolean;
  readonly onChange: (checked: boolean) => void;
  readonly name?: string;
  readonly value?: string;
  readonly className?: string;
}) {
  return (
    <div className={`usa-checkbox${props.className === undefined ? '' : ` ${props.className}`}`}>
      <input
        className="usa-checkbox__input"
        id={props.id}
        type="checkbox"
        name={props.name}
        value={props.value}
        checked={props.checked}
        onChange={(event) => props.onChange(event.currentTarget.checked)}
      />
      <label className="usa-checkbox__label" htmlFor={props.id}>
        {props.label}
        {props.description === undefined ? null : <span className="usa-checkbox__label-description">{props.description}</span>}
      </label>
    </div>
  );
}
