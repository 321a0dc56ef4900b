import { useState, type ReactNode } from 'react';
import { useKnowledgeI18n } from '../knowledge-i18n';

interface TagPickerProps {
  id: string;
  label: string;
  /** Chosen values, in the order they were added. */
  values: string[];
  labelOf(value: string): string;
  /** The <option>s to choose from (an empty value is added first). */
  options: ReactNode;
  onChange(values: string[]): void;
  error?: string | undefined;
  disabled?: boolean;
}

/** A list of chosen tags, each removable, and a select with an Add button: keyboard- and screen-reader-friendly. */
export function TagPicker({ id, label, values, labelOf, options, onChange, error, disabled = false }: TagPickerProps) {
  const { kt } = useKnowledgeI18n();
  const [choice, setChoice] = useState('');
  const add = () => {
    if (choice && !values.includes(choice)) onChange([...values, choice]);
    setChoice('');
  };
  return (
    <fieldset className="tag-picker" aria-describedby={error ? `${id}-error` : undefined}>
      <legend>{label}</legend>
      {values.length === 0 ? (
        <p className="meta">{kt('editor.none')}</p>
      ) : (
        <ul className="plain-list filter-chips">
          {values.map((value) => (
            <li key={value} className="filter-chip">
              <span>{labelOf(value)}</span>{' '}
              {!disabled && (
                <button
                  type="button"
                  className="chip-remove"
                  aria-label={kt('editor.remove', { label: labelOf(value) })}
                  onClick={() => onChange(values.filter((v) => v !== value))}
                >
                  <span aria-hidden="true">×</span>
                </button>
              )}
            </li>
          ))}
        </ul>
      )}
      {!disabled && (
        <div className="search-row">
          <label htmlFor={id} className="visually-hidden">
            {kt('editor.addTo', { list: label })}
          </label>
          <select id={id} value={choice} onChange={(e) => setChoice(e.target.value)}>
            <option value="">{kt('editor.choose')}</option>
            {options}
          </select>
          <button type="button" className="secondary" onClick={add} disabled={!choice}>
            {kt('editor.add')}
          </button>
        </div>
      )}
      {error && (
        <p id={`${id}-error`} className="field-error">
          {error}
        </p>
      )}
    </fieldset>
  );
}
