import { useQuery } from '@apollo/client/react';
import { Link } from '../../../app/router';
import { Empty, ErrorState, Loading } from '../../../ui/states';
import { FACET_OPTIONS } from '../../directory/directory.queries';
import { useAccountI18n } from '../account-i18n';
import { AccountShell } from '../account-shell';
import { isAdmin, myOrganizations } from '../session/use-viewer';
import type { Viewer } from '../session/viewer.queries';
import { CapabilityEditor } from './capability-editor';
import { EDITABLE_ORGANIZATION } from './edit-organization.queries';
import { NeedEditor } from './need-editor';
import { ProfileForm } from './profile-form';

const canEdit = (viewer: Viewer, id: string) => isAdmin(viewer) || myOrganizations(viewer).some((o) => o.id === id);

export default function EditOrganizationPage({ params }: { params: Record<string, string> }) {
  const { at, gqlLang } = useAccountI18n();
  const slug = params.slug ?? '';
  const query = useQuery(EDITABLE_ORGANIZATION, { variables: { slug, lang: gqlLang } });
  const options = useQuery(FACET_OPTIONS, { variables: { lang: gqlLang }, fetchPolicy: 'cache-first' });
  const organization = query.data?.organization;
  const reload = async () => (await query.refetch()).data?.organization ?? null;
  const terms = options.data
    ? { technologies: options.data.technologies.nodes, stages: options.data.stages.nodes, applications: options.data.applications.nodes }
    : undefined;

  return (
    <AccountShell title={organization ? at('edit.title', { name: organization.name }) : at('edit.titleLoading')}>
      {(viewer) => {
        if (!viewer) return null;
        if (query.error) return <ErrorState error={query.error} onRetry={() => void query.refetch()} />;
        if (!organization) return <Loading />;
        if (!canEdit(viewer, organization.id)) return <Empty>{at('edit.notAllowed')}</Empty>;
        return (
          <>
            <p>
              <Link to={`/organizations/${encodeURIComponent(organization.slug)}`}>{at('account.viewProfile')}</Link>
            </p>
            <ProfileForm key={organization.id} profile={organization} reload={reload} />
            {options.error && <ErrorState error={options.error} onRetry={() => void options.refetch()} />}
            <CapabilityEditor
              organizationId={organization.id}
              capabilities={organization.capabilities.nodes}
              terms={terms}
              reload={reload}
            />
            <NeedEditor organizationId={organization.id} needs={organization.needs.nodes} terms={terms} reload={reload} />
          </>
        );
      }}
    </AccountShell>
  );
}
