import { useState } from 'react';
import { Link } from '../../app/router';
import { useI18n } from '../../i18n/i18n';
import { countryName } from '../../ui/labels';
import type { ChainProvider, StageCoverage } from './value-chain.queries';

function ProviderList({ providers }: { providers: ChainProvider[] }) {
  const { lang } = useI18n();
  return (
    <ul className="plain-list">
      {providers.map((provider) => (
        <li key={provider.organization.id}>
          <Link to={`/organizations/${encodeURIComponent(provider.organization.slug)}`}>{provider.organization.name}</Link>{' '}
          <span className="muted">
            {countryName(provider.country, lang)} · TRL {provider.bestTrl}
          </span>
        </li>
      ))}
    </ul>
  );
}

/** One stage of the chain: its providers in scope, or, for a gap, who fills it elsewhere. */
export function StageRow({ stage }: { stage: StageCoverage }) {
  const { t, formatNumber } = useI18n();
  const [open, setOpen] = useState(false);
  const panelId = `gap-${stage.stage.code}`;
  return (
    <li className={stage.isGap ? 'card stage stage-gap' : 'card stage'}>
      <h3>
        <span className="stage-position">{stage.position}</span> {stage.label}
        {stage.isGap && <span className="badge badge-gap">{t('chain.gap')}</span>}
      </h3>
      <p className="muted">
        {t('chain.inScope', { count: formatNumber(stage.providerCount) })} ·{' '}
        {t('chain.elsewhere', { count: formatNumber(stage.providerCountElsewhere) })}
      </p>
      {!stage.isGap && <ProviderList providers={stage.providers.nodes} />}
      {stage.isGap && (
        <>
          <button type="button" aria-expanded={open} aria-controls={panelId} onClick={() => setOpen(!open)}>
            {t('chain.whoFills')}
          </button>
          <div id={panelId} hidden={!open}>
            {stage.providersElsewhere && stage.providersElsewhere.nodes.length > 0 ? (
              <ProviderList providers={stage.providersElsewhere.nodes} />
            ) : (
              <p className="muted">{t('chain.nobody')}</p>
            )}
          </div>
        </>
      )}
    </li>
  );
}
