import { useAccountI18n, type AccountKey } from '../account-i18n';
import type { ImportReport } from './import-request';

const COUNTS: { key: keyof ImportReport; label: AccountKey }[] = [
  { key: 'rows', label: 'import.rows' },
  { key: 'validRows', label: 'import.validRows' },
  { key: 'created', label: 'import.created' },
  { key: 'updated', label: 'import.updated' },
  { key: 'unchanged', label: 'import.unchanged' },
  { key: 'membershipsAdded', label: 'import.membershipsAdded' },
  { key: 'capabilitiesAdded', label: 'import.capabilitiesAdded' },
  { key: 'capabilitiesUpdated', label: 'import.capabilitiesUpdated' },
];
const SHOWN_PROBLEMS = 200;

/** What a dry run found (or an import did): the counts, then every problem by row and column. */
export function ImportReportView({ report }: { report: ImportReport }) {
  const { at, formatNumber } = useAccountI18n();
  const problems = report.problems.slice(0, SHOWN_PROBLEMS);
  return (
    <section aria-labelledby="import-report-title" className="import-report">
      <h2 id="import-report-title">{at(report.applied ? 'import.appliedTitle' : 'import.reportTitle')}</h2>
      <dl className="count-list">
        {COUNTS.map(({ key, label }) => (
          <div key={key}>
            <dt>{at(label)}</dt>
            <dd>{formatNumber(report[key] as number)}</dd>
          </div>
        ))}
      </dl>
      {report.problems.length > 0 && (
        <div className="table-scroll">
          <table className="problems">
            <caption>{at('import.problems', { count: report.problems.length })}</caption>
            <thead>
              <tr>
                <th scope="col">{at('import.row')}</th>
                <th scope="col">{at('import.column')}</th>
                <th scope="col">{at('import.reason')}</th>
              </tr>
            </thead>
            <tbody>
              {problems.map((problem, index) => (
                <tr key={index}>
                  <td>{problem.row === 0 ? at('import.wholeFile') : problem.row}</td>
                  <td>{problem.column ? <code>{problem.column}</code> : '—'}</td>
                  <td lang="en">{problem.reason}</td>
                </tr>
              ))}
            </tbody>
          </table>
          {report.problems.length > SHOWN_PROBLEMS && (
            <p>{at('import.moreProblems', { count: report.problems.length - SHOWN_PROBLEMS })}</p>
          )}
        </div>
      )}
    </section>
  );
}
