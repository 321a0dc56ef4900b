import { useAccountI18n } from '../account-i18n';
import { progressView, type ImportStage } from './import-progress';

export function ImportProgressBar({ stage }: { stage: ImportStage }) {
  const { at } = useAccountI18n();
  const view = progressView(stage);
  if (!view) return null;
  return (
    <div className="import-progress" role="status">
      <p id="import-progress-label">
        {at('import.step', { step: view.step })} {at(view.label, view.vars)}
      </p>
      {view.value === null ? (
        <progress aria-labelledby="import-progress-label" />
      ) : (
        <progress aria-labelledby="import-progress-label" max={100} value={Math.round(view.value * 100)} />
      )}
    </div>
  );
}
