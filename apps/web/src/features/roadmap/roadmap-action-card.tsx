import { useMutation } from '@apollo/client/react';
import { useState } from 'react';
import { Link } from '../../app/router';
import { RoadmapActionForm } from './roadmap-action-form';
import { DELETE_ROADMAP_ACTION } from './roadmap-edit.queries';
import type { RoadmapActionItem } from './roadmap.queries';
import { useRoadmapI18n } from './roadmap-i18n';
import { RoadmapProgressForm } from './roadmap-progress-form';
import { RoadmapWriteError } from './roadmap-write-error';
import { useRoadmapWrite } from './use-roadmap-write';

type Mode = 'view' | 'edit' | 'progress' | 'delete';

/** One action of the list, with the controls its viewer may use (as the API reports them). */
export function RoadmapActionCard({ action, onSaved }: { action: RoadmapActionItem; onSaved(message: string): void }) {
  const { rt, lang } = useRoadmapI18n();
  const [mode, setMode] = useState<Mode>('view');
  const [remove] = useMutation(DELETE_ROADMAP_ACTION);
  const write = useRoadmapWrite();
  const date = (iso: string) => new Date(`${iso}T00:00:00Z`).toLocaleDateString(lang, { dateStyle: 'medium', timeZone: 'UTC' });
  const confirmDelete = async () => {
    const result = await write.run((context) => remove({ variables: { id: action.id }, context }));
    if (result.ok) onSaved(rt('form.deleted', { title: action.title }));
  };
  const done = (message: string) => {
    setMode('view');
    onSaved(message);
  };

  return (
    <li id={`roadmap-${action.slug}`} className="card roadmap-action" tabIndex={-1}>
      <h3 className="card-title">{action.title}</h3>
      <p className="meta">
        <span className={`roadmap-status roadmap-${action.status.toLowerCase()}`}>{rt(`roadmap.status.${action.status}`)}</span> ·{' '}
        {rt('roadmap.dates', { from: date(action.startsOn), to: date(action.endsOn) })} ·{' '}
        <span className="roadmap-progress">{rt('roadmap.progress', { percent: action.progress })}</span>
      </p>
      <p>
        {action.ownerCluster ? (
          <Link to={`/clusters/${action.ownerCluster.slug}`}>{rt('roadmap.owner', { name: action.ownerCluster.name })}</Link>
        ) : (
          rt('roadmap.ownerDeleted')
        )}
      </p>
      {action.partners.length > 0 && (
        <p className="meta">
          {rt('roadmap.partners')}: {action.partners.map((p) => p.name).join(', ')}
        </p>
      )}
      <p lang="en">{action.description}</p>
      {mode === 'view' && (action.viewerCanEdit || action.viewerCanReportProgress) && (
        <div className="button-row roadmap-controls">
          {action.viewerCanReportProgress && action.status !== 'CANCELLED' && (
            <button type="button" className="secondary" onClick={() => setMode('progress')}>
              {rt('progress.open')}
            </button>
          )}
          {action.viewerCanEdit && (
            <>
              <button type="button" className="secondary" onClick={() => setMode('edit')}>
                {rt('form.edit')}
              </button>
              <button type="button" className="secondary" onClick={() => setMode('delete')}>
                {rt('form.delete')}
              </button>
            </>
          )}
        </div>
      )}
      {mode === 'edit' && (
        <RoadmapActionForm action={action} owners={[]} onDone={() => done(rt('form.saved'))} onCancel={() => setMode('view')} />
      )}
      {mode === 'progress' && (
        <RoadmapProgressForm action={action} onDone={() => done(rt('progress.saved'))} onCancel={() => setMode('view')} />
      )}
      {mode === 'delete' && (
        <div className="roadmap-confirm" role="group" aria-labelledby={`roadmap-${action.slug}-confirm`}>
          <p id={`roadmap-${action.slug}-confirm`}>{rt('form.confirmDelete', { title: action.title })}</p>
          <RoadmapWriteError failure={write.failure} showDetail />
          <div className="button-row">
            <button type="button" className="danger" disabled={write.busy} onClick={() => void confirmDelete()}>
              {rt('form.deleteConfirmed')}
            </button>
            <button type="button" className="secondary" onClick={() => setMode('view')}>
              {rt('form.keep')}
            </button>
          </div>
        </div>
      )}
    </li>
  );
}
