import { useMarketsI18n } from './markets-i18n';

interface PotentialMeterProps {
  value: number;
  /** The id of the meter's label: its own label when `withLabel`, else a heading of the page. */
  labelId: string;
  withLabel?: boolean;
}

/** A market's potential (0–100) as a meter with its number, named for assistive technology. */
export function PotentialMeter({ value, labelId, withLabel = false }: PotentialMeterProps) {
  const { mt } = useMarketsI18n();
  return (
    <span className="potential">
      {withLabel && (
        <span id={labelId} className="potential-label">
          {mt('markets.potential')}
        </span>
      )}
      <meter min={0} max={100} low={40} high={70} optimum={100} value={value} aria-labelledby={labelId} />
      <strong className="potential-value">{mt('markets.potentialValue', { value })}</strong>
    </span>
  );
}
