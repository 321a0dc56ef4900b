import { lazy, type ComponentType, type LazyExoticComponent } from 'react';

export interface RouteDefinition {
  pattern: string;
  page: LazyExoticComponent<ComponentType<{ params: Record<string, string> }>>;
}

// Every page is its own chunk: the initial bundle holds only the shell.
export const ROUTES: RouteDefinition[] = [
  { pattern: '/', page: lazy(() => import('../features/home/home-page')) },
  { pattern: '/directory', page: lazy(() => import('../features/directory/directory-page')) },
  { pattern: '/organizations/:slug', page: lazy(() => import('../features/organization/organization-page')) },
  { pattern: '/classification', page: lazy(() => import('../features/classification/classification-page')) },
  { pattern: '/classification/term', page: lazy(() => import('../features/classification/term-page')) },
  { pattern: '/classification/propose', page: lazy(() => import('../features/classification/propose-term-page')) },
  { pattern: '/classification/review', page: lazy(() => import('../features/classification/review-queue-page')) },
  { pattern: '/map', page: lazy(() => import('../features/map/map-page')) },
  { pattern: '/communities', page: lazy(() => import('../features/communities/communities-page')) },
  { pattern: '/communities/:slug', page: lazy(() => import('../features/communities/community-page')) },
  { pattern: '/value-chains', page: lazy(() => import('../features/value-chains/value-chain-page')) },
  { pattern: '/clusters/:slug', page: lazy(() => import('../features/clusters/cluster-page')) },
  { pattern: '/clusters/:slug/kpis', page: lazy(() => import('../features/kpis/kpi-dashboard-page')) },
  { pattern: '/knowledge', page: lazy(() => import('../features/knowledge/knowledge-list-page')) },
  { pattern: '/knowledge/:slug', page: lazy(() => import('../features/knowledge/knowledge-article-page')) },
  { pattern: '/knowledge/:slug/history', page: lazy(() => import('../features/knowledge/knowledge-history-page')) },
  { pattern: '/assessment', page: lazy(() => import('../features/assessment/assessment-page')) },
  { pattern: '/assessment/:id', page: lazy(() => import('../features/assessment/assessment-result-page')) },
  { pattern: '/markets', page: lazy(() => import('../features/markets/markets-page')) },
  { pattern: '/markets/:country/:application', page: lazy(() => import('../features/markets/market-profile-page')) },
  { pattern: '/roadmap', page: lazy(() => import('../features/roadmap/roadmap-page')) },
  { pattern: '/funding', page: lazy(() => import('../features/funding/funding-calls-page')) },
  { pattern: '/funding/new', page: lazy(() => import('../features/funding/editor/funding-call-editor-page')) },
  { pattern: '/funding/:slug/edit', page: lazy(() => import('../features/funding/editor/funding-call-editor-page')) },
  { pattern: '/api-explorer', page: lazy(() => import('../features/api-explorer/api-explorer-page')) },
  { pattern: '/account', page: lazy(() => import('../features/account/account-page')) },
  { pattern: '/account/sign-in', page: lazy(() => import('../features/account/session/sign-in-page')) },
  { pattern: '/account/sign-up', page: lazy(() => import('../features/account/session/sign-up-page')) },
  { pattern: '/account/organizations/:slug', page: lazy(() => import('../features/account/organizations/edit-organization-page')) },
  { pattern: '/account/knowledge/new', page: lazy(() => import('../features/knowledge/editor/knowledge-editor-page')) },
  { pattern: '/account/knowledge/:slug/edit', page: lazy(() => import('../features/knowledge/editor/knowledge-editor-page')) },
  { pattern: '/account/import', page: lazy(() => import('../features/account/import/import-page')) },
  { pattern: '/account/api-keys', page: lazy(() => import('../features/account/api-keys/api-keys-page')) },
  { pattern: '/account/widgets', page: lazy(() => import('../features/account/widgets/widget-builder-page')) },
];
