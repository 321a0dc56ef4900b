import type { RoadmapActionItem } from './roadmap.queries';
import type { RoadmapText } from './roadmap-i18n';

const DAY_MS = 86_400_000;
const time = (iso: string) => Date.parse(`${iso}T00:00:00Z`);

/** Whole years from the first start to the last end, so the axis ticks fall on 1 January. */
function span(actions: RoadmapActionItem[]): { from: number; to: number; years: number[] } {
  const first = new Date(Math.min(...actions.map((a) => time(a.startsOn)))).getUTCFullYear();
  const last = new Date(Math.max(...actions.map((a) => time(a.endsOn)))).getUTCFullYear();
  const years = Array.from({ length: last - first + 1 }, (_, i) => first + i);
  return { from: Date.UTC(first, 0, 1), to: Date.UTC(last + 1, 0, 1), years };
}

/**
 * The actions as bars over the years. Each row's title links to the action in the list below,
 * which carries the same facts as text; the bars themselves are hidden from screen readers.
 */
export function RoadmapTimeline({ actions, rt }: { actions: RoadmapActionItem[]; rt: RoadmapText }) {
  const { from, to, years } = span(actions);
  const percent = (t: number) => `${((100 * (t - from)) / (to - from)).toFixed(3)}%`;
  return (
    <section className="roadmap-timeline" aria-labelledby="roadmap-timeline-title">
      <h2 id="roadmap-timeline-title">{rt('roadmap.timeline')}</h2>
      <p className="muted">{rt('roadmap.timelineNote')}</p>
      <div className="roadmap-axis" aria-hidden="true">
        <span />
        <span className="roadmap-track">
          {years.map((year) => (
            <span key={year} className="roadmap-year" style={{ left: percent(Date.UTC(year, 0, 1)) }}>
              {year}
            </span>
          ))}
        </span>
      </div>
      <ol className="plain-list roadmap-rows">
        {actions.map((action) => (
          <li key={action.id} className="roadmap-row">
            <a href={`#roadmap-${action.slug}`} className="roadmap-row-title">
              {action.title}
            </a>
            <span className="roadmap-track" aria-hidden="true">
              <span
                className={`roadmap-bar roadmap-${action.status.toLowerCase()}`}
                style={{
                  left: percent(time(action.startsOn)),
                  width: percent(from + time(action.endsOn) + DAY_MS - time(action.startsOn)),
                }}
                title={rt(`roadmap.status.${action.status}`)}
              >
                <span className="roadmap-bar-done" style={{ width: `${action.progress}%` }} />
              </span>
            </span>
          </li>
        ))}
      </ol>
    </section>
  );
}
