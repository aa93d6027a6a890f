import type { InputHTMLAttributes } from 'react';

/** A USWDS text input with its label and, when there is one, its inline error (announced with the field). */
export function TextField(
  props: {
    readonly id: string;
    readonly label: string;
    readonly error?: string | undefined;
    readonly hint?: string;
  } & Omit<InputHTMLAttributes<HTMLInputElement>, 'id' | 'className' | 'aria-describedby' | 'aria-invalid'>,
) {
  const { id, label, error, hint, ...input } = props;
  const errorId = `${id}-error`;
  const hintId = `${id}-hint`;
  const describedBy = [hint === undefined ? '' : hintId, error === undefined ? '' : errorId].filter(Boolean).join(' ');
  return (
    <div className={`usa-form-group${error === undefined ? '' : ' usa-form-group--error'}`}>
      <label className={`usa-label${error === undefined ? '' : ' usa-label--error'}`} htmlFor={id}>
        {label}
      </label>
      {hint === undefined ? null : (
        <div className="usa-hint" id={hintId}>
          {hint}
        </div>
      )}
      {error === undefined ? null : (
        <span className="usa-error-message" id={errorId}>
          {error}
        </span>
      )}
      <input
        id={id}
        className={`usa-input${error === undefined ? '' : ' usa-input--error'}`}
        {...(describedBy === '' ? {} : { 'aria-describedby': describedBy })}
        {...(error === undefined ? {} : { 'aria-invalid': true })}
        {...input}
      />
    </div>
  );
}
