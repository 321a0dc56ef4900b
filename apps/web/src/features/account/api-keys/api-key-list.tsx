import { useMutation } from '@apollo/client/react';
import { useState } from 'react';
import { Empty } from '../../../ui/states';
import { useAccountI18n } from '../account-i18n';
import { MutationError } from '../mutation-error';
import { REVOKE_API_KEY, type ApiKeyRow } from './api-keys.queries';

export function ApiKeyList({ keys }: { keys: ApiKeyRow[] }) {
  const { at, formatDate, formatNumber } = useAccountI18n();
  const [confirming, setConfirming] = useState<string | null>(null);
  const [revoke, { loading, error }] = useMutation(REVOKE_API_KEY);
  if (keys.length === 0) return <Empty>{at('keys.empty')}</Empty>;
  const status = (key: ApiKeyRow) =>
    key.revokedAt
      ? at('keys.revokedOn', { date: formatDate(key.revokedAt) })
      : key.expiresAt && new Date(key.expiresAt) <= new Date()
        ? at('keys.expired')
        : at('keys.active');
  return (
    <>
      <MutationError error={error} />
      <div className="table-scroll">
        <table className="key-table">
          <caption className="visually-hidden">{at('keys.listTitle')}</caption>
          <thead>
            <tr>
              <th scope="col">{at('keys.name')}</th>
              <th scope="col">{at('keys.prefix')}</th>
              <th scope="col">{at('keys.scope')}</th>
              <th scope="col">{at('keys.origins')}</th>
              <th scope="col">{at('keys.expires')}</th>
              <th scope="col">{at('keys.lastUsed')}</th>
              <th scope="col">{at('keys.status')}</th>
              <th scope="col">
                <span className="visually-hidden">{at('form.actions')}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {keys.map((key) => (
              <tr key={key.id} className={key.revokedAt ? 'key-revoked' : undefined}>
                <td>{key.name}</td>
                <td>
                  <code>{key.prefix}…</code>
                </td>
                <td>{at(key.scope === 'READ' ? 'keys.scopeRead' : 'keys.scopeReadWrite')}</td>
                <td>{key.allowedOrigins.length === 0 ? at('keys.serverOnly') : key.allowedOrigins.join(', ')}</td>
                <td>{key.expiresAt ? formatDate(key.expiresAt) : at('keys.never')}</td>
                <td>{key.lastUsedAt ? formatDate(key.lastUsedAt) : at('keys.neverUsed')}</td>
                <td>
                  {status(key)}
                  <span className="muted"> · {at('keys.budgetShort', { points: formatNumber(key.hourlyBudget) })}</span>
                </td>
                <td>
                  {!key.revokedAt &&
                    (confirming === key.id ? (
                      <span className="button-row">
                        <button
                          type="button"
                          disabled={loading}
                          onClick={() =>
                            void revoke({ variables: { id: key.id } }).then(
                              () => setConfirming(null),
                              () => undefined,
                            )
                          }
                        >
                          {at('keys.revokeConfirm', { name: key.name })}
                        </button>
                        <button type="button" className="secondary" onClick={() => setConfirming(null)}>
                          {at('keys.cancel')}
                        </button>
                      </span>
                    ) : (
                      <button type="button" className="secondary" onClick={() => setConfirming(key.id)}>
                        {at('keys.revoke')}
                        <span className="visually-hidden"> {key.name}</span>
                      </button>
                    ))}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}
