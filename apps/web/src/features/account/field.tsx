import type { ReactNode } from 'react';

export interface ControlProps {
  id: string;
  'aria-invalid': boolean;
  'aria-describedby': string | undefined;
}

interface FieldProps {
  id: string;
  label: string;
  error?: string | null | undefined;
  hint?: string;
  children(control: ControlProps): ReactNode;
}

/** A labelled form control with its hint and its error, both tied to it for screen readers. */
export function Field({ id, label, error, hint, children }: FieldProps) {
  const described = [hint ? `${id}-hint` : null, error ? `${id}-error` : null].filter(Boolean).join(' ') || undefined;
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      {hint && (
        <p id={`${id}-hint`} className="field-hint">
          {hint}
        </p>
      )}
      {children({ id, 'aria-invalid': Boolean(error), 'aria-describedby': described })}
      {error && (
        <p id={`${id}-error`} className="field-error">
          {error}
        </p>
      )}
    </div>
  );
}

interface InputFieldProps extends Omit<FieldProps, 'children'> {
  type?: 'text' | 'email' | 'password' | 'url' | 'number';
  autoComplete?: string;
  value: string;
  onChange(value: string): void;
}

/** A Field holding one text input whose value the caller keeps. */
export function InputField({ type = 'text', autoComplete, value, onChange, ...field }: InputFieldProps) {
  return (
    <Field {...field}>
      {(control) => <input {...control} type={type} autoComplete={autoComplete} value={value} onChange={(e) => onChange(e.target.value)} />}
    </Field>
  );
}
