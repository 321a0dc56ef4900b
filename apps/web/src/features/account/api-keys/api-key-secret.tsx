import { Link } from '../../../app/router';
import { useAccountI18n } from '../account-i18n';
import { CopyButton } from '../copy-button';
import { offerKeyToBuilder } from '../widgets/offered-key';

/** The secret of a key just created: shown this once, with a copy button. */
export function ApiKeySecret({ secret, name, onDone }: { secret: string; name: string; onDone(): void }) {
  const { at } = useAccountI18n();
  return (
    <section className="secret-panel" aria-labelledby="secret-title">
      <h2 id="secret-title">{at('keys.secretTitle', { name })}</h2>
      <p>{at('keys.secretOnce')}</p>
      <div className="secret-row">
        <label htmlFor="key-secret" className="visually-hidden">
          {at('keys.secretLabel')}
        </label>
        <input id="key-secret" type="text" readOnly value={secret} onFocus={(e) => e.target.select()} />
        <CopyButton text={secret} label={at('keys.copy')} targetId="key-secret" />
      </div>
      <p className="button-row">
        <Link className="button-link" to="/account/widgets" onClick={() => offerKeyToBuilder(secret)}>
          {at('keys.useInSnippet')}
        </Link>
        <button type="button" className="secondary" onClick={onDone}>
          {at('keys.secretDone')}
        </button>
      </p>
    </section>
  );
}
