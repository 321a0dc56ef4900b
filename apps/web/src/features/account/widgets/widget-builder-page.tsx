import { useQuery } from '@apollo/client/react';
import { widgetCatalog, type WidgetAttribute } from '@lightbridge/widgets/catalog';
import { useState } from 'react';
import { useDebounced } from '../../../ui/use-debounced';
import { FACET_OPTIONS } from '../../directory/directory.queries';
import { TermOptions } from '../../directory/term-select';
import { useAccountI18n, type AccountKey } from '../account-i18n';
import { AccountShell } from '../account-shell';
import { CopyButton } from '../copy-button';
import { Field } from '../field';
import { takeOfferedKey } from './offered-key';
import { attributesOf, buildSnippet, initialValues, missingRequired, previewDocument, type AttributeValues } from './snippet';

const firstWidget = widgetCatalog[0];
const LABELS: Record<string, AccountKey> = {
  cluster: 'snippet.attr.cluster',
  'page-size': 'snippet.attr.pageSize',
  'portal-url': 'snippet.attr.portalUrl',
  organization: 'snippet.attr.organization',
  placeholder: 'snippet.attr.placeholder',
  application: 'snippet.attr.application',
  technology: 'snippet.attr.technology',
  region: 'snippet.attr.region',
  api: 'snippet.attr.api',
  'api-key': 'snippet.attr.apiKey',
  theme: 'snippet.attr.theme',
  lang: 'snippet.attr.lang',
};

function Builder() {
  const { at, lang, gqlLang } = useAccountI18n();
  const options = useQuery(FACET_OPTIONS, { variables: { lang: gqlLang }, fetchPolicy: 'cache-first' });
  const [tag, setTag] = useState(firstWidget?.tag ?? '');
  const widget = widgetCatalog.find((w) => w.tag === tag) ?? firstWidget;
  const [values, setValues] = useState<AttributeValues>(() => {
    const key = takeOfferedKey();
    return { ...(widget ? initialValues(widget) : {}), ...(key ? { 'api-key': key } : {}) };
  });
  const scriptUrl = `${window.location.origin}/widgets.js`;
  const snippet = widget ? buildSnippet(widget, values, scriptUrl) : '';
  const missing = widget ? missingRequired(widget, values) : [];
  // The preview reloads the widget: wait for the typing to pause.
  const previewed = useDebounced(missing.length === 0 ? snippet : '', 400);
  if (!widget) return null;

  const choose = (next: string) => {
    const definition = widgetCatalog.find((w) => w.tag === next);
    if (!definition) return;
    setTag(next);
    setValues(initialValues(definition, values));
  };
  const set = (name: string, value: string) => setValues({ ...values, [name]: value });
  const label = (a: WidgetAttribute) =>
    `${LABELS[a.name] ? at(LABELS[a.name] as AccountKey) : a.name}${a.required ? ` (${at('snippet.required')})` : ''}`;

  const control = (attribute: WidgetAttribute) => {
    const id = `snippet-${attribute.name}`;
    const value = values[attribute.name] ?? '';
    const onChange = (e: { target: { value: string } }) => set(attribute.name, e.target.value);
    const hint = attribute.description;
    const select = (children: React.ReactNode) => (
      <Field key={attribute.name} id={id} label={label(attribute)} hint={hint}>
        {(c) => (
          <select {...c} value={value} onChange={onChange}>
            <option value="">{at(attribute.required ? 'form.choose' : 'snippet.default')}</option>
            {children}
          </select>
        )}
      </Field>
    );
    if (attribute.values) return select(attribute.values.map((v) => <option key={v}>{v}</option>));
    if (attribute.name === 'cluster' && options.data)
      return select(
        options.data.clusters.nodes.map((c) => (
          <option key={c.slug} value={c.slug}>
            {c.name}
          </option>
        )),
      );
    if (attribute.name === 'application' && options.data) return select(<TermOptions terms={options.data.applications.nodes} />);
    if (attribute.name === 'technology' && options.data) return select(<TermOptions terms={options.data.technologies.nodes} />);
    return (
      <Field key={attribute.name} id={id} label={label(attribute)} hint={hint}>
        {(c) => <input {...c} type="text" value={value} onChange={onChange} spellCheck={false} />}
      </Field>
    );
  };

  return (
    <div className="snippet-builder">
      <p className="lead">{at('snippet.lead')}</p>
      <fieldset className="widget-choice">
        <legend>{at('snippet.widget')}</legend>
        {widgetCatalog.map((w) => (
          <label key={w.tag} className="widget-option">
            <input type="radio" name="widget" value={w.tag} checked={w.tag === widget.tag} onChange={() => choose(w.tag)} />
            <span>
              <strong>{at(`snippet.widget.${w.tag}` as AccountKey)}</strong> <code>&lt;{w.tag}&gt;</code>
              <br />
              <span className="muted" lang="en">
                {w.description}
              </span>
            </span>
          </label>
        ))}
      </fieldset>
      <div className="snippet-columns">
        <section aria-labelledby="snippet-options-title" className="account-form">
          <h2 id="snippet-options-title">{at('snippet.options')}</h2>
          {attributesOf(widget).map(control)}
        </section>
        <div>
          <section aria-labelledby="snippet-code-title">
            <h2 id="snippet-code-title">{at('snippet.code')}</h2>
            <pre className="snippet-code" id="snippet-code" tabIndex={0} aria-labelledby="snippet-code-title">
              <code>{snippet}</code>
            </pre>
            <CopyButton text={snippet} label={at('snippet.copy')} targetId="snippet-code" />
            <p className="field-hint">{at('snippet.originNote', { origin: window.location.origin })}</p>
          </section>
          <section aria-labelledby="snippet-preview-title">
            <h2 id="snippet-preview-title">{at('snippet.preview')}</h2>
            {missing.length > 0 ? (
              <p className="state state-empty">{at('snippet.missing', { names: missing.join(', ') })}</p>
            ) : previewed ? (
              <iframe
                className="snippet-preview"
                title={at('snippet.previewFrame')}
                srcDoc={previewDocument(previewed, lang, at('snippet.previewFrame'))}
              />
            ) : null}
          </section>
        </div>
      </div>
    </div>
  );
}

export default function WidgetBuilderPage() {
  const { at } = useAccountI18n();
  return (
    <AccountShell title={at('snippet.title')} anonymous>
      {() => <Builder />}
    </AccountShell>
  );
}
