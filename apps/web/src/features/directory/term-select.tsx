import { useI18n } from '../../i18n/i18n';

export interface TermOption {
  code: string;
  label: string;
  children: { code: string; label: string }[];
}

interface TermSelectProps {
  id: string;
  label: string;
  terms: TermOption[] | undefined;
  value: string;
  onChange(code: string): void;
}

/** The options of two levels of a taxonomy tree: roots as groups, each selectable itself. */
export function TermOptions({ terms }: { terms: TermOption[] | undefined }) {
  const { t } = useI18n();
  return (
    <>
      {terms?.map((root) =>
        root.children.length === 0 ? (
          <option key={root.code} value={root.code}>
            {root.label}
          </option>
        ) : (
          <optgroup key={root.code} label={root.label}>
            <option value={root.code}>{t('directory.allOf', { label: root.label })}</option>
            {root.children.map((child) => (
              <option key={child.code} value={child.code}>
                {child.label}
              </option>
            ))}
          </optgroup>
        ),
      )}
    </>
  );
}

/** A select over two levels of a taxonomy tree, "any" first. */
export function TermSelect({ id, label, terms, value, onChange }: TermSelectProps) {
  const { t } = useI18n();
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <select id={id} value={value} onChange={(e) => onChange(e.target.value)}>
        <option value="">{t('directory.any')}</option>
        <TermOptions terms={terms} />
      </select>
    </div>
  );
}
