import { gql, type TypedDocumentNode } from '@apollo/client';

interface TermRef {
  code: string;
  label: string;
}

export interface EditableProfile {
  id: string;
  version: number;
  name: string;
  description: string;
  website: string | null;
  country: string;
  region: string | null;
  city: string | null;
  sizeBand: string | null;
  foundedYear: number | null;
}

export interface EditableCapability {
  id: string;
  version: number;
  trl: number;
  evidence: string | null;
  technology: TermRef;
  stage: TermRef;
  applications: TermRef[];
}

export interface EditableNeed {
  id: string;
  version: number;
  kind: string;
  status: 'OPEN' | 'CLOSED';
  description: string;
  country: string | null;
  technology: TermRef | null;
  stage: TermRef | null;
}

export interface EditableOrganization extends EditableProfile {
  slug: string;
  kind: string;
  capabilities: { totalCount: number; nodes: EditableCapability[] };
  needs: { totalCount: number; nodes: EditableNeed[] };
}

const PROFILE_FIELDS = 'id version name description website country region city sizeBand foundedYear';
const CAPABILITY_FIELDS =
  'id version trl evidence technology { code label(lang: $lang) } stage { code label(lang: $lang) } applications { code label(lang: $lang) }';
const NEED_FIELDS = 'id version kind status description country technology { code label(lang: $lang) } stage { code label(lang: $lang) }';

export const EDITABLE_ORGANIZATION: TypedDocumentNode<{ organization: EditableOrganization }, { slug: string; lang: string }> = gql`
  query EditableOrganization($slug: String!, $lang: Language!) {
    organization(slug: $slug) {
      ${PROFILE_FIELDS}
      slug
      kind
      capabilities(first: 100) { totalCount nodes { ${CAPABILITY_FIELDS} } }
      needs(first: 100) { totalCount nodes { ${NEED_FIELDS} } }
    }
  }
`;

export type ProfileInput = { id: string; version: number } & Partial<Omit<EditableProfile, 'id' | 'version'>>;

export const UPDATE_ORGANIZATION: TypedDocumentNode<{ updateOrganization: EditableProfile }, { input: ProfileInput }> = gql`
  mutation UpdateOrganization($input: UpdateOrganizationInput!) {
    updateOrganization(input: $input) { ${PROFILE_FIELDS} }
  }
`;

export interface AddCapabilityInput {
  organizationId: string;
  technology: string;
  stage: string;
  applications: string[];
  trl: number;
  evidence: string | null;
}

export const ADD_CAPABILITY: TypedDocumentNode<{ addCapability: EditableCapability }, { input: AddCapabilityInput; lang: string }> = gql`
  mutation AddCapability($input: AddCapabilityInput!, $lang: Language!) {
    addCapability(input: $input) { ${CAPABILITY_FIELDS} }
  }
`;

export const UPDATE_CAPABILITY: TypedDocumentNode<
  { updateCapability: EditableCapability },
  { input: { id: string; version: number; trl?: number; evidence?: string }; lang: string }
> = gql`
  mutation UpdateCapability($input: UpdateCapabilityInput!, $lang: Language!) {
    updateCapability(input: $input) { ${CAPABILITY_FIELDS} }
  }
`;

export const REMOVE_CAPABILITY: TypedDocumentNode<{ removeCapability: boolean }, { id: string; version: number }> = gql`
  mutation RemoveCapability($id: ID!, $version: Int!) {
    removeCapability(id: $id, version: $version)
  }
`;

export interface OpenNeedInput {
  organizationId: string;
  kind: string;
  description: string;
  technology: string | null;
  stage: string | null;
  country: string | null;
}

export const OPEN_NEED: TypedDocumentNode<{ openNeed: EditableNeed }, { input: OpenNeedInput; lang: string }> = gql`
  mutation OpenNeed($input: OpenNeedInput!, $lang: Language!) {
    openNeed(input: $input) { ${NEED_FIELDS} }
  }
`;

export const CLOSE_NEED: TypedDocumentNode<{ closeNeed: EditableNeed }, { id: string; version: number; lang: string }> = gql`
  mutation CloseNeed($id: ID!, $version: Int!, $lang: Language!) {
    closeNeed(id: $id, version: $version) { ${NEED_FIELDS} }
  }
`;

export const REOPEN_NEED: TypedDocumentNode<{ reopenNeed: EditableNeed }, { id: string; version: number; lang: string }> = gql`
  mutation ReopenNeed($id: ID!, $version: Int!, $lang: Language!) {
    reopenNeed(id: $id, version: $version) { ${NEED_FIELDS} }
  }
`;
