import { useI18n } from '../../i18n/i18n';
import { Empty } from '../../ui/states';
import { TermLink } from '../../ui/term-link';
import type { OrganizationData } from './organization.queries';

type Capabilities = OrganizationData['organization']['capabilities']['nodes'];

export function CapabilityTable({ capabilities }: { capabilities: Capabilities }) {
  const { t } = useI18n();
  if (capabilities.length === 0) return <Empty>{t('org.noCapabilities')}</Empty>;
  return (
    <div className="table-scroll">
      <table>
        <caption className="visually-hidden">{t('org.capabilities')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('directory.technology')}</th>
            <th scope="col">{t('directory.stage')}</th>
            <th scope="col">{t('org.applications')}</th>
            <th scope="col">TRL</th>
            <th scope="col">{t('org.evidence')}</th>
          </tr>
        </thead>
        <tbody>
          {capabilities.map((capability) => (
            <tr key={capability.id}>
              <td>
                <TermLink term={capability.technology} />
              </td>
              <td>
                <TermLink term={capability.stage} />
              </td>
              <td>
                {capability.applications.map((application) => (
                  <TermLink key={application.code} term={application} />
                ))}
              </td>
              <td>
                <span className="trl" title={t('org.trlHint')}>
                  {capability.trl}
                </span>
              </td>
              <td>{capability.evidence ?? '—'}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
