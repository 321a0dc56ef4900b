import { useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { useI18n } from '../../i18n/i18n';
import { OrganizationCard } from '../../ui/organization-card';
import { Pager } from '../../ui/pager';
import { Empty, ErrorState, Loading } from '../../ui/states';
import { CLUSTER_MEMBERS } from './cluster.queries';

/** The cluster's members, a page at a time (cursors kept in a stack for "previous"). */
export function ClusterMembers({ slug }: { slug: string }) {
  const { t, formatNumber } = useI18n();
  const [cursors, setCursors] = useState<(string | null)[]>([null]);
  const after = cursors[cursors.length - 1] ?? null;
  const { data, previousData, loading, error, refetch } = useQuery(CLUSTER_MEMBERS, { variables: { slug, after } });
  const members = (data ?? previousData)?.organization.members;
  return (
    <section aria-labelledby="cluster-members" aria-busy={loading}>
      <h2 id="cluster-members">
        {t('org.members')} {members && <span className="count">{formatNumber(members.totalCount)}</span>}
      </h2>
      {error && <ErrorState error={error} onRetry={() => void refetch()} />}
      {!members && loading && <Loading />}
      {members && members.nodes.length === 0 && <Empty>{t('org.noMembers')}</Empty>}
      {members && members.nodes.length > 0 && (
        <>
          <div className="card-grid">
            {members.nodes.map((member) => (
              <OrganizationCard key={member.id} organization={member} />
            ))}
          </div>
          <Pager
            hasPrevious={cursors.length > 1}
            hasNext={members.pageInfo.hasNextPage}
            onPrevious={() => setCursors(cursors.slice(0, -1))}
            onNext={() => setCursors([...cursors, members.pageInfo.endCursor])}
          />
        </>
      )}
    </section>
  );
}
