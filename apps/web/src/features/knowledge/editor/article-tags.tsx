import { countryName } from '../../../ui/labels';
import { COUNTRY_CODES } from '../../directory/countries';
import { TermOptions, type TermOption } from '../../directory/term-select';
import { useKnowledgeI18n } from '../knowledge-i18n';
import type { ArticleDraft, DraftField } from './article-draft';
import { TagPicker } from './tag-picker';

export interface TagOptions {
  /** Organizations the viewer may name as authors. */
  authors: { id: string; name: string }[];
  technologies: TermOption[] | undefined;
  applications: TermOption[] | undefined;
  valueChains: { id: string; name: string }[] | undefined;
  /** Labels of terms the article already has (they may lie deeper than the options). */
  termLabels: Map<string, string>;
}

interface ArticleTagsProps {
  draft: ArticleDraft;
  tags: TagOptions;
  isNew: boolean;
  errors: Partial<Record<DraftField, string>>;
  onChange<F extends 'authorIds' | 'termCodes' | 'valueChainIds' | 'targetCountries'>(field: F, values: string[]): void;
}

function termLabel(tags: TagOptions, code: string): string {
  for (const root of [...(tags.technologies ?? []), ...(tags.applications ?? [])]) {
    if (root.code === code) return root.label;
    const child = root.children.find((c) => c.code === code);
    if (child) return child.label;
  }
  return tags.termLabels.get(code) ?? code;
}

/** Authors (fixed once published), topics, target countries and value chains. */
export function ArticleTags({ draft, tags, isNew, errors, onChange }: ArticleTagsProps) {
  const { kt, lang } = useKnowledgeI18n();
  const authorName = new Map(tags.authors.map((a) => [a.id, a.name]));
  const chainName = new Map((tags.valueChains ?? []).map((v) => [v.id, v.name]));
  return (
    <div className="article-tags">
      <TagPicker
        id="article-authors"
        label={kt('editor.authors')}
        values={draft.authorIds}
        labelOf={(id) => authorName.get(id) ?? id}
        options={tags.authors.map((a) => (
          <option key={a.id} value={a.id}>
            {a.name}
          </option>
        ))}
        onChange={(values) => onChange('authorIds', values)}
        error={errors.authorIds}
        disabled={!isNew}
      />
      <TagPicker
        id="article-terms"
        label={kt('editor.terms')}
        values={draft.termCodes}
        labelOf={(code) => termLabel(tags, code)}
        options={
          // Each root is an optgroup already: technologies, then application areas (optgroups cannot nest).
          <>
            <TermOptions terms={tags.technologies} />
            <TermOptions terms={tags.applications} />
          </>
        }
        onChange={(values) => onChange('termCodes', values)}
        error={errors.termCodes}
      />
      <TagPicker
        id="article-countries"
        label={kt('editor.countries')}
        values={draft.targetCountries}
        labelOf={(code) => countryName(code, lang)}
        options={COUNTRY_CODES.map((code) => ({ code, name: countryName(code, lang) }))
          .sort((a, b) => a.name.localeCompare(b.name, lang))
          .map(({ code, name }) => (
            <option key={code} value={code}>
              {name}
            </option>
          ))}
        onChange={(values) => onChange('targetCountries', values)}
        error={errors.targetCountries}
      />
      <TagPicker
        id="article-value-chains"
        label={kt('editor.valueChains')}
        values={draft.valueChainIds}
        labelOf={(id) => chainName.get(id) ?? id}
        options={(tags.valueChains ?? []).map((v) => (
          <option key={v.id} value={v.id}>
            {v.name}
          </option>
        ))}
        onChange={(values) => onChange('valueChainIds', values)}
        error={errors.valueChainIds}
      />
    </div>
  );
}
