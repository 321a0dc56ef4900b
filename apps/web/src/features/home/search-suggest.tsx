import { useQuery } from '@apollo/client/react';
import { useId, useState, type FormEvent, type KeyboardEvent } from 'react';
import { navigate } from '../../app/router';
import { useI18n } from '../../i18n/i18n';
import { termHref } from '../../ui/term-link';
import { kindKey } from '../../ui/labels';
import { useDebounced } from '../../ui/use-debounced';
import { SUGGESTIONS } from './home.queries';

interface Option {
  key: string;
  href: string;
  label: string;
  detail: string;
}

/** A search box (ARIA combobox) that suggests organizations and terms while typing. */
export function SearchSuggest() {
  const { t, gqlLang } = useI18n();
  const id = useId();
  const [text, setText] = useState('');
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(-1);
  const search = useDebounced(text.trim(), 200);
  const { data, loading } = useQuery(SUGGESTIONS, {
    variables: { search, lang: gqlLang },
    skip: search.length < 2,
    fetchPolicy: 'cache-first',
  });
  const options: Option[] =
    search.length < 2 || !data
      ? []
      : [
          ...data.organizations.nodes.map((o) => ({
            key: o.id,
            href: `/organizations/${encodeURIComponent(o.slug)}`,
            label: o.name,
            detail: t(kindKey(o.kind)),
          })),
          ...data.terms.nodes.map((term) => ({
            key: term.id,
            href: termHref(term.code),
            label: term.label,
            detail: t(`facet.${term.facet}` as 'facet.TECHNOLOGY'),
          })),
        ];
  const expanded = open && search.length >= 2;
  const listId = `${id}-list`;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const chosen = active >= 0 ? options[active] : undefined;
    if (chosen) navigate(chosen.href);
    else navigate(`/directory?q=${encodeURIComponent(text.trim())}`);
  };
  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'ArrowDown') {
      event.preventDefault();
      setOpen(true);
      setActive((i) => Math.min(i + 1, options.length - 1));
    } else if (event.key === 'ArrowUp') {
      event.preventDefault();
      setActive((i) => Math.max(i - 1, -1));
    } else if (event.key === 'Escape') {
      setOpen(false);
      setActive(-1);
    }
  };

  return (
    <form role="search" className="search-suggest" onSubmit={submit}>
      <label htmlFor={`${id}-input`} className="search-label">
        {t('home.searchLabel')}
      </label>
      <div className="search-row">
        <input
          id={`${id}-input`}
          type="search"
          role="combobox"
          autoComplete="off"
          aria-autocomplete="list"
          aria-expanded={expanded}
          aria-controls={listId}
          aria-activedescendant={active >= 0 && options[active] ? `${id}-opt-${active}` : undefined}
          placeholder={t('home.searchPlaceholder')}
          value={text}
          onChange={(e) => {
            setText(e.target.value);
            setOpen(true);
            setActive(-1);
          }}
          onKeyDown={onKeyDown}
          onBlur={() => setTimeout(() => setOpen(false), 150)}
          onFocus={() => setOpen(true)}
        />
        <button type="submit">{t('home.searchButton')}</button>
      </div>
      <ul id={listId} role="listbox" aria-label={t('home.suggestions')} className="suggestions" hidden={!expanded}>
        {expanded && loading && options.length === 0 && (
          <li role="option" aria-selected={false} aria-disabled="true" className="muted">
            {t('state.loading')}
          </li>
        )}
        {expanded && !loading && options.length === 0 && (
          <li role="option" aria-selected={false} aria-disabled="true" className="muted">
            {t('home.noSuggestions')}
          </li>
        )}
        {options.map((option, index) => (
          <li
            key={option.key}
            id={`${id}-opt-${index}`}
            role="option"
            aria-selected={index === active}
            className={index === active ? 'active' : undefined}
            onMouseDown={(e) => {
              e.preventDefault();
              navigate(option.href);
            }}
          >
            <span>{option.label}</span> <span className="muted">{option.detail}</span>
          </li>
        ))}
      </ul>
    </form>
  );
}
