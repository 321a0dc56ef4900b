import { gql, type TypedDocumentNode } from '@apollo/client';

export interface ProposedTerm {
  id: string;
  code: string;
  facet: string;
  status: string;
  version: number;
  label: string;
  labels: { en: string; de: string; fr: string; it: string };
  proposalReason: string | null;
  parent: { code: string; label: string } | null;
}

const PROPOSED_TERM_FIELDS = `
  id
  code
  facet
  status
  version
  label(lang: $lang)
  labels { en de fr it }
  proposalReason
  parent { code label(lang: $lang) }
`;

export const REVIEW_QUEUE: TypedDocumentNode<{ terms: { totalCount: number; nodes: ProposedTerm[] } }, { lang: string }> = gql`
  query ReviewQueue($lang: Language!) {
    terms(statuses: [PROPOSED], first: 100) {
      totalCount
      nodes { ${PROPOSED_TERM_FIELDS} }
    }
  }
`;

export interface ProposeTermVariables {
  input: {
    code: string;
    facet: string | null;
    parent: string | null;
    labels: { en: string; de?: string; fr?: string; it?: string };
    reason: string;
  };
  lang: string;
}

export const PROPOSE_TERM: TypedDocumentNode<{ proposeTerm: ProposedTerm }, ProposeTermVariables> = gql`
  mutation ProposeTerm($input: ProposeTermInput!, $lang: Language!) {
    proposeTerm(input: $input) { ${PROPOSED_TERM_FIELDS} }
  }
`;

type Decision = TypedDocumentNode<Record<string, { id: string; status: string; version: number }>, { id: string; version: number }>;

export const APPROVE_TERM: Decision = gql`
  mutation ApproveTerm($id: ID!, $version: Int!) {
    approveTerm(id: $id, version: $version) {
      id
      status
      version
    }
  }
`;

export const REJECT_TERM: Decision = gql`
  mutation RejectTerm($id: ID!, $version: Int!) {
    rejectTerm(id: $id, version: $version) {
      id
      status
      version
    }
  }
`;
