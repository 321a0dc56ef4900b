import { gql, type TypedDocumentNode } from '@apollo/client';

export interface KpiDefinitionRef {
  code: string;
  name: string;
  unit: string;
  computed: boolean;
  description: string;
}

export interface ClusterKpi {
  kpi: KpiDefinitionRef;
  periods: { period: string; value: number | null; target: number | null; computed: boolean }[];
}

export const CLUSTER_KPI_FIELDS = `
  kpi { code name unit computed description }
  periods { period value target computed }
`;

export interface KpiDashboardData {
  organization: { id: string; slug: string; name: string; kind: string; kpis: ClusterKpi[] };
}

export const KPI_DASHBOARD: TypedDocumentNode<KpiDashboardData, { slug: string; periods: string[] }> = gql`
  query KpiDashboard($slug: String!, $periods: [String!]) {
    organization(slug: $slug) {
      id
      slug
      name
      kind
      kpis(periods: $periods) { ${CLUSTER_KPI_FIELDS} }
    }
  }
`;

export interface BenchmarkData {
  kpiBenchmark: {
    totalCount: number;
    nodes: { value: number; rank: number; percentile: number; cluster: { id: string; slug: string; name: string } }[];
  };
}

export const KPI_BENCHMARK: TypedDocumentNode<BenchmarkData, { kpi: string; period: string }> = gql`
  query KpiBenchmark($kpi: String!, $period: String!) {
    kpiBenchmark(kpi: $kpi, period: $period, first: 100) {
      totalCount
      nodes {
        value
        rank
        percentile
        cluster {
          id
          slug
          name
        }
      }
    }
  }
`;
