import { gql, type TypedDocumentNode } from '@apollo/client';
import { RELATED_KNOWLEDGE_LIMIT, type RelatedKnowledgeData } from '../knowledge/knowledge.queries';

export interface PageInfo {
  hasNextPage: boolean;
  endCursor: string | null;
}

export interface MarketSummary {
  id: string;
  country: { code: string };
  application: { code: string; label: string };
  potential: number;
  rationale: string;
}

export interface MarketListData {
  targetMarkets: { totalCount: number; pageInfo: PageInfo; nodes: MarketSummary[] };
}

export interface MarketListVariables {
  country: string | null;
  application: string | null;
  after: string | null;
  lang: string;
}

export const MARKETS_PAGE_SIZE = 10;

export const TARGET_MARKETS: TypedDocumentNode<MarketListData, MarketListVariables> = gql`
  query TargetMarketsPage($country: String, $application: String, $after: String, $lang: Language!) {
    targetMarkets(country: $country, application: $application, after: $after, first: ${MARKETS_PAGE_SIZE}) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      nodes {
        id
        country {
          code
        }
        application {
          code
          label(lang: $lang)
        }
        potential
        rationale
      }
    }
  }
`;

interface ApplicationTerm {
  code: string;
  label: string;
  children: { code: string; label: string }[];
}

/** The choices of the two filters: the application tree, and the countries that have a profiled market. */
export const MARKET_FILTER_OPTIONS: TypedDocumentNode<
  { applications: { nodes: ApplicationTerm[] }; markets: { nodes: { id: string; country: { code: string } }[] } },
  { lang: string }
> = gql`
  query TargetMarketFilterOptions($lang: Language!) {
    applications: terms(facet: APPLICATION, rootsOnly: true, first: 100) {
      nodes {
        code
        label(lang: $lang)
        children {
          code
          label(lang: $lang)
        }
      }
    }
    markets: targetMarkets(first: 100) {
      nodes {
        id
        country {
          code
        }
      }
    }
  }
`;

export interface OrganizationLink {
  id: string;
  slug: string;
  name: string;
  kind: string;
}

export interface MemberItem extends OrganizationLink {
  city: string | null;
  country: string;
  verified: boolean;
}

export interface MissionItem {
  id: string;
  title: string;
  kind: string;
  startsOn: string;
  endsOn: string;
  city: string | null;
  country: { code: string } | null;
  outcomes: string;
  organizer: OrganizationLink | null;
}

export interface MarketContactItem {
  kind: string;
  name: string;
  url: string | null;
  note: string;
  organization: OrganizationLink | null;
}

export interface Connection<T> {
  totalCount: number;
  pageInfo: PageInfo;
  nodes: T[];
}

export interface MarketProfile extends MarketSummary {
  sources: string[];
  contacts: MarketContactItem[];
  partnerClusters: { totalCount: number; nodes: OrganizationLink[] };
  regulations: { title: string; authority: string; summary: string; url: string | null }[];
  tradeFairs: { name: string; city: string; startsOn: string; endsOn: string; url: string | null }[];
  missions: Connection<MissionItem>;
  interestedOrganizations: Connection<MemberItem>;
}

export interface MarketProfileData {
  targetMarket: MarketProfile;
  knowledge: RelatedKnowledgeData;
}

export interface MarketKey {
  country: string;
  application: string;
}

const ORGANIZATION_LINK = 'id slug name kind';
const MEMBER = `${ORGANIZATION_LINK} city country verified`;
const MISSION = `id title kind startsOn endsOn city country { code } outcomes organizer { ${ORGANIZATION_LINK} }`;
export const MISSIONS_PAGE_SIZE = 10;
export const MEMBERS_PAGE_SIZE = 20;

export const TARGET_MARKET: TypedDocumentNode<MarketProfileData, MarketKey & { lang: string }> = gql`
  query TargetMarketProfile($country: String!, $application: String!, $lang: Language!) {
    targetMarket(country: $country, application: $application) {
      id
      country {
        code
      }
      application {
        code
        label(lang: $lang)
      }
      potential
      rationale
      sources
      contacts {
        kind
        name
        url
        note
        organization { ${ORGANIZATION_LINK} }
      }
      partnerClusters(first: 50) {
        totalCount
        nodes { ${ORGANIZATION_LINK} }
      }
      regulations {
        title
        authority
        summary
        url
      }
      tradeFairs {
        name
        city
        startsOn
        endsOn
        url
      }
      missions(first: ${MISSIONS_PAGE_SIZE}) {
        totalCount
        pageInfo { hasNextPage endCursor }
        nodes { ${MISSION} }
      }
      interestedOrganizations(first: ${MEMBERS_PAGE_SIZE}) {
        totalCount
        pageInfo { hasNextPage endCursor }
        nodes { ${MEMBER} }
      }
    }
    knowledge: knowledgeArticles(targetCountry: $country, first: ${RELATED_KNOWLEDGE_LIMIT}) {
      totalCount
      nodes {
        id
        slug
        kind
        language
        title
      }
    }
  }
`;

/** The next page of a market's missions, appended to the profile by fetchMore. */
export const MORE_MISSIONS: TypedDocumentNode<
  { targetMarket: { id: string; missions: Connection<MissionItem> } },
  MarketKey & { after: string | null }
> = gql`
  query TargetMarketMoreMissions($country: String!, $application: String!, $after: String) {
    targetMarket(country: $country, application: $application) {
      id
      missions(first: ${MISSIONS_PAGE_SIZE}, after: $after) {
        totalCount
        pageInfo { hasNextPage endCursor }
        nodes { ${MISSION} }
      }
    }
  }
`;

/** The next page of the members interested in a market, appended to the profile by fetchMore. */
export const MORE_MEMBERS: TypedDocumentNode<
  { targetMarket: { id: string; interestedOrganizations: Connection<MemberItem> } },
  MarketKey & { after: string | null }
> = gql`
  query TargetMarketMoreMembers($country: String!, $application: String!, $after: String) {
    targetMarket(country: $country, application: $application) {
      id
      interestedOrganizations(first: ${MEMBERS_PAGE_SIZE}, after: $after) {
        totalCount
        pageInfo { hasNextPage endCursor }
        nodes { ${MEMBER} }
      }
    }
  }
`;
