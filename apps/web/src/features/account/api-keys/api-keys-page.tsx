import { useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { navigate, useLocation } from '../../../app/router';
import { Empty, ErrorState, Loading } from '../../../ui/states';
import { useAccountI18n } from '../account-i18n';
import { AccountShell } from '../account-shell';
import { Field } from '../field';
import type { ViewerOrganization } from '../session/viewer.queries';
import { ApiKeyCreateForm } from './api-key-create-form';
import { ApiKeyList } from './api-key-list';
import { ApiKeySecret } from './api-key-secret';
import { API_KEYS } from './api-keys.queries';

function OrganizationKeys({ organizations }: { organizations: ViewerOrganization[] }) {
  const { at } = useAccountI18n();
  const { search } = useLocation();
  const organization = organizations.find((o) => o.slug === search.get('organization')) ?? organizations[0];
  const [created, setCreated] = useState<{ secret: string; name: string } | null>(null);
  const keys = useQuery(API_KEYS, { variables: { organizationId: organization?.id ?? '' }, skip: !organization });
  if (!organization) return null;
  return (
    <>
      <p className="lead">{at('keys.lead')}</p>
      {organizations.length > 1 && (
        <Field id="keys-organization" label={at('keys.organization')}>
          {(c) => (
            <select
              {...c}
              value={organization.slug}
              onChange={(e) => navigate(`/account/api-keys?organization=${encodeURIComponent(e.target.value)}`, { replace: true })}
            >
              {organizations.map((o) => (
                <option key={o.id} value={o.slug}>
                  {o.name}
                </option>
              ))}
            </select>
          )}
        </Field>
      )}
      {created && <ApiKeySecret secret={created.secret} name={created.name} onDone={() => setCreated(null)} />}
      <section aria-labelledby="keys-title">
        <h2 id="keys-title">{at('keys.listFor', { name: organization.name })}</h2>
        {keys.error ? (
          <ErrorState error={keys.error} onRetry={() => void keys.refetch()} />
        ) : keys.data ? (
          <ApiKeyList keys={keys.data.apiKeys.nodes} />
        ) : (
          <Loading />
        )}
      </section>
      <ApiKeyCreateForm organizationId={organization.id} onCreated={(secret, name) => setCreated({ secret, name })} />
    </>
  );
}

export default function ApiKeysPage() {
  const { at } = useAccountI18n();
  return (
    <AccountShell title={at('keys.title')}>
      {(viewer) => {
        if (!viewer) return null;
        if (viewer.editableOrganizations.length === 0) return <Empty>{at('keys.noOrganizations')}</Empty>;
        return <OrganizationKeys organizations={viewer.editableOrganizations} />;
      }}
    </AccountShell>
  );
}
