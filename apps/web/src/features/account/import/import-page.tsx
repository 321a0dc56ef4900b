import { useQuery } from '@apollo/client/react';
import { useRef, useState, type ChangeEvent } from 'react';
import { navigate, useLocation } from '../../../app/router';
import { Empty, ErrorState, Loading } from '../../../ui/states';
import { FACET_OPTIONS } from '../../directory/directory.queries';
import { useAccountI18n, type AccountKey } from '../account-i18n';
import { AccountShell } from '../account-shell';
import { Field } from '../field';
import { errorCode, formErrorKey, graphqlErrors } from '../forms';
import { isAdmin } from '../session/use-viewer';
import type { Viewer } from '../session/viewer.queries';
import { NotUtf8Error, readFile, type ImportStage } from './import-progress';
import { ImportProgressBar } from './import-progress-bar';
import { ImportReportView } from './import-report';
import { formatOf, importBody, MAX_BODY_BYTES, sendImport, type ImportReport } from './import-request';

interface LoadedFile {
  name: string;
  content: string;
}

function ImportForm({ clusters }: { clusters: { slug: string; name: string }[] }) {
  const { at } = useAccountI18n();
  const { search } = useLocation();
  const input = useRef<HTMLInputElement>(null);
  const wanted = search.get('cluster');
  const cluster = clusters.some((c) => c.slug === wanted) ? (wanted as string) : (clusters[0]?.slug ?? '');
  const [file, setFile] = useState<LoadedFile | null>(null);
  const [stage, setStage] = useState<ImportStage>({ step: 'idle' });
  const [report, setReport] = useState<ImportReport | null>(null);
  const [problem, setProblem] = useState<{ key: AccountKey; detail?: string } | null>(null);
  const busy = stage.step !== 'idle' && stage.step !== 'done';

  const choose = async (event: ChangeEvent<HTMLInputElement>) => {
    const chosen = event.target.files?.[0];
    setFile(null);
    setReport(null);
    setProblem(null);
    if (!chosen) return;
    setStage({ step: 'reading', loaded: 0, total: chosen.size });
    try {
      const content = await readFile(chosen, (loaded, total) => setStage({ step: 'reading', loaded, total }));
      setFile({ name: chosen.name, content });
    } catch (error) {
      setProblem({ key: error instanceof NotUtf8Error ? 'import.notUtf8' : 'import.unreadable' });
    }
    setStage({ step: 'done' });
  };

  const run = async (dryRun: boolean) => {
    if (!file) return;
    setProblem(null);
    const { body, bytes } = importBody({ cluster, format: formatOf(file.name), content: file.content, dryRun });
    if (bytes > MAX_BODY_BYTES) return setProblem({ key: 'import.tooLarge' });
    const rows = dryRun ? null : (report?.rows ?? null);
    setStage({ step: 'sending', loaded: 0, total: bytes });
    try {
      const result = await sendImport(
        body,
        (loaded, total) => setStage({ step: 'sending', loaded, total }),
        () => setStage({ step: 'processing', rows }),
      );
      setReport(result);
    } catch (error) {
      const code = errorCode(error);
      setProblem({ key: code ? formErrorKey(code) : 'form.failed', detail: graphqlErrors(error)[0]?.message });
    }
    setStage({ step: 'done' });
  };

  const changeCluster = (slug: string) => {
    navigate(`/account/import?cluster=${encodeURIComponent(slug)}`, { replace: true });
    setReport(null);
  };
  const clean = report !== null && !report.applied && report.problems.length === 0 && report.rows > 0;

  return (
    <>
      <p className="lead">{at('import.lead')}</p>
      <details className="import-columns">
        <summary>{at('import.columnsTitle')}</summary>
        <p>{at('import.columnsText')}</p>
        <p>
          <code>
            name, kind, country, region, city, website, external_id, size_band, founded_year, description, latitude, longitude,
            member_since, technology, stage, applications, trl
          </code>
        </p>
      </details>
      <div className="account-form">
        <div className="form-grid">
          <Field id="import-cluster" label={at('import.cluster')}>
            {(c) => (
              <select {...c} value={cluster} disabled={busy} onChange={(e) => changeCluster(e.target.value)}>
                {clusters.map((c) => (
                  <option key={c.slug} value={c.slug}>
                    {c.name}
                  </option>
                ))}
              </select>
            )}
          </Field>
          <Field id="import-file" label={at('import.file')} hint={at('import.fileHint')}>
            {(c) => (
              <input
                {...c}
                ref={input}
                type="file"
                accept=".csv,.json,text/csv,application/json"
                disabled={busy}
                onChange={(e) => void choose(e)}
              />
            )}
          </Field>
        </div>
        <div className="button-row">
          <button type="button" disabled={!file || busy} onClick={() => void run(true)}>
            {at('import.check')}
          </button>
          {clean && (
            <button type="button" disabled={busy} onClick={() => void run(false)}>
              {at('import.apply', { rows: report.rows })}
            </button>
          )}
        </div>
      </div>
      <ImportProgressBar stage={stage} />
      {problem && (
        <div className="form-error" role="alert">
          <p>{at(problem.key)}</p>
          {problem.detail && <p lang="en">{problem.detail}</p>}
        </div>
      )}
      {report && (
        <>
          <p className={report.problems.length > 0 ? 'form-error' : 'form-ok'} role="status">
            {report.applied
              ? at('import.appliedText', { rows: report.rows })
              : report.problems.length > 0
                ? at('import.hasProblems', { count: report.problems.length })
                : report.rows === 0
                  ? at('import.noRows')
                  : at('import.ready', { rows: report.rows })}
          </p>
          <ImportReportView report={report} />
        </>
      )}
    </>
  );
}

function clustersFor(viewer: Viewer, all: { slug: string; name: string }[] | undefined) {
  return isAdmin(viewer) ? (all ?? []) : viewer.managedClusters;
}

export default function ImportPage() {
  const { at, gqlLang } = useAccountI18n();
  const options = useQuery(FACET_OPTIONS, { variables: { lang: gqlLang }, fetchPolicy: 'cache-first' });
  return (
    <AccountShell title={at('import.title')}>
      {(viewer) => {
        if (!viewer) return null;
        if (isAdmin(viewer) && !options.data) return options.error ? <ErrorState error={options.error} /> : <Loading />;
        const clusters = clustersFor(viewer, options.data?.clusters.nodes);
        if (clusters.length === 0) return <Empty>{at('import.noClusters')}</Empty>;
        return <ImportForm clusters={clusters} />;
      }}
    </AccountShell>
  );
}
