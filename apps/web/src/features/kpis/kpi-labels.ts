import type { TranslationKey } from '../../i18n/i18n';
import type { KpiDefinitionRef } from './kpi.queries';

type Translate = (key: TranslationKey) => string;

function translated(t: Translate, key: string, fallback: string): string {
  const text = t(key as TranslationKey);
  return text === key ? fallback : text;
}

/** The KPI's name in the interface language; the API's (English) name for KPIs the catalogs do not know. */
export function kpiName(t: Translate, kpi: Pick<KpiDefinitionRef, 'code' | 'name'>): string {
  return translated(t, `kpiName.${kpi.code}`, kpi.name);
}

/** A KPI's unit in the interface language, when the catalogs know it. */
export function kpiUnit(t: Translate, unit: string): string {
  return translated(t, `kpiUnit.${unit}`, unit);
}
