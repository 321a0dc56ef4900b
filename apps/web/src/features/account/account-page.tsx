import { Link } from '../../app/router';
import { kindKey } from '../../ui/labels';
import { Empty } from '../../ui/states';
import { useAccountI18n } from './account-i18n';
import { AccountShell } from './account-shell';
import { isAdmin, myOrganizations } from './session/use-viewer';

export default function AccountPage() {
  const { t, at } = useAccountI18n();
  return (
    <AccountShell title={at('account.title')}>
      {(viewer) => {
        if (!viewer) return null;
        const organizations = myOrganizations(viewer);
        const managed = new Set(viewer.managedClusters.map((c) => c.id));
        const edited = new Set(viewer.editableOrganizations.map((o) => o.id));
        return (
          <>
            <p className="lead">
              {at('account.signedInAs', { name: viewer.user.displayName, email: viewer.user.email })}
              {isAdmin(viewer) && <span className="badge badge-admin">{at('account.admin')}</span>}
            </p>
            <section aria-labelledby="my-organizations-title">
              <h2 id="my-organizations-title">{at('account.myOrganizations')}</h2>
              {organizations.length === 0 ? (
                <Empty>{at('account.noOrganizations')}</Empty>
              ) : (
                <ul className="card-grid plain-list my-organizations">
                  {organizations.map((organization) => (
                    <li key={organization.id} className="card">
                      <h3>{organization.name}</h3>
                      <p className="meta">
                        <span className="badge">{t(kindKey(organization.kind))}</span>
                        {managed.has(organization.id) && <span className="badge">{at('account.manager')}</span>}
                      </p>
                      <ul className="action-links">
                        <li>
                          <Link to={`/account/organizations/${encodeURIComponent(organization.slug)}`}>
                            {at('account.editNamed', { name: organization.name })}
                          </Link>
                        </li>
                        {managed.has(organization.id) && (
                          <li>
                            <Link to={`/account/import?cluster=${encodeURIComponent(organization.slug)}`}>
                              {at('account.importMembers')}
                            </Link>
                          </li>
                        )}
                        {edited.has(organization.id) && (
                          <li>
                            <Link to={`/account/api-keys?organization=${encodeURIComponent(organization.slug)}`}>
                              {at('account.apiKeys')}
                            </Link>
                          </li>
                        )}
                        <li>
                          <Link to={`/organizations/${encodeURIComponent(organization.slug)}`}>{at('account.viewProfile')}</Link>
                        </li>
                      </ul>
                    </li>
                  ))}
                </ul>
              )}
            </section>
          </>
        );
      }}
    </AccountShell>
  );
}
