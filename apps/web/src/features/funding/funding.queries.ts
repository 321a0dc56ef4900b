import { gql, type TypedDocumentNode } from '@apollo/client';

export interface FundingCallItem {
  id: string;
  slug: string;
  programme: string;
  identifier: string;
  title: string;
  summary: string;
  deadline: string;
  url: string;
  minCountries: number;
  topics: { code: string; label: string }[];
}

export const FUNDING_CALLS: TypedDocumentNode<
  { fundingCalls: { totalCount: number; nodes: FundingCallItem[] } },
  { from: string; lang: string }
> = gql`
  query FundingCallsPage($from: String!, $lang: Language!) {
    fundingCalls(deadlineFrom: $from, first: 50) {
      totalCount
      nodes {
        id
        slug
        programme
        identifier
        title
        summary
        deadline
        url
        minCountries
        topics {
          code
          label(lang: $lang)
        }
      }
    }
  }
`;

export const FUNDING_INTERESTS: TypedDocumentNode<
  { organization: { id: string; fundingInterests: { call: { id: string } }[] } },
  { slug: string }
> = gql`
  query FundingInterestsOfOrganization($slug: String!) {
    organization(slug: $slug) {
      id
      fundingInterests {
        call {
          id
        }
      }
    }
  }
`;

export const EXPRESS_INTEREST: TypedDocumentNode<{ expressFundingInterest: { id: string } }, { callId: string; organizationId: string }> =
  gql`
    mutation ExpressFundingInterest($callId: ID!, $organizationId: ID!) {
      expressFundingInterest(input: { callId: $callId, organizationId: $organizationId }) {
        id
      }
    }
  `;

export const WITHDRAW_INTEREST: TypedDocumentNode<{ withdrawFundingInterest: boolean }, { callId: string; organizationId: string }> = gql`
  mutation WithdrawFundingInterest($callId: ID!, $organizationId: ID!) {
    withdrawFundingInterest(callId: $callId, organizationId: $organizationId)
  }
`;
