import { gql, type TypedDocumentNode } from '@apollo/client';
import { ROADMAP_ACTION_FIELDS, type RoadmapActionItem } from './roadmap.queries';

export interface RoadmapKpiInput {
  kpi: string;
  contribution: number;
}

export interface RoadmapActionFieldsInput {
  title: string;
  description: string;
  startsOn: string;
  endsOn: string;
  budgetEur: number | null;
  partnerIds: string[];
  kpis: RoadmapKpiInput[];
  agreementIds: string[];
}

export interface CreateRoadmapActionInput extends RoadmapActionFieldsInput {
  ownerClusterId: string;
  slug: string;
}

export interface UpdateRoadmapActionInput extends Partial<RoadmapActionFieldsInput> {
  id: string;
  version: number;
  status?: 'PLANNED' | 'IN_PROGRESS' | 'CANCELLED';
}

interface WriteResult {
  id: string;
  version: number;
}

export const CREATE_ROADMAP_ACTION: TypedDocumentNode<{ createRoadmapAction: WriteResult }, { input: CreateRoadmapActionInput }> = gql`
  mutation CreateRoadmapAction($input: CreateRoadmapActionInput!) {
    createRoadmapAction(input: $input) {
      id
      version
    }
  }
`;

export const UPDATE_ROADMAP_ACTION: TypedDocumentNode<{ updateRoadmapAction: WriteResult }, { input: UpdateRoadmapActionInput }> = gql`
  mutation UpdateRoadmapAction($input: UpdateRoadmapActionInput!) {
    updateRoadmapAction(input: $input) {
      id
      version
    }
  }
`;

export const DELETE_ROADMAP_ACTION: TypedDocumentNode<{ deleteRoadmapAction: boolean }, { id: string }> = gql`
  mutation DeleteRoadmapAction($id: ID!) {
    deleteRoadmapAction(id: $id)
  }
`;

export const REPORT_ROADMAP_PROGRESS: TypedDocumentNode<
  { reportRoadmapProgress: WriteResult },
  { input: { actionId: string; progress: number; note: string; reportedOn: string } }
> = gql`
  mutation ReportRoadmapProgress($input: ReportRoadmapProgressInput!) {
    reportRoadmapProgress(input: $input) {
      id
      version
    }
  }
`;

/** The stored action, read past the cache: what a conflicting save is compared with. */
export const ROADMAP_ACTION_CURRENT: TypedDocumentNode<{ roadmapAction: RoadmapActionItem }, { slug: string }> = gql`
  query RoadmapActionCurrent($slug: String!) {
    roadmapAction(slug: $slug) { ${ROADMAP_ACTION_FIELDS} }
  }
`;

export interface FormOptions {
  clusters: { nodes: { id: string; slug: string; name: string }[] };
  kpiDefinitions: { nodes: { code: string; name: string; unit: string }[] };
  agreements: { nodes: { id: string; title: string }[] };
}

/** The choices of the action form: partner clusters, agreements and the KPIs an action can contribute to. */
export const ROADMAP_FORM_OPTIONS: TypedDocumentNode<FormOptions> = gql`
  query RoadmapFormOptions {
    clusters: organizations(first: 100, filter: { kinds: [CLUSTER] }, sort: NAME) {
      nodes {
        id
        slug
        name
      }
    }
    kpiDefinitions(first: 100) {
      nodes {
        code
        name
        unit
      }
    }
    agreements(first: 100) {
      nodes {
        id
        title
      }
    }
  }
`;

/** Every write changes the timeline and possibly the owner filter's choices. */
export const ROADMAP_REFETCH = ['RoadmapPage', 'RoadmapOwners'];
