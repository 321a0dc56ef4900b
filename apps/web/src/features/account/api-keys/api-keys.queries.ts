import { gql, type TypedDocumentNode } from '@apollo/client';
import type { createKeyInput } from './api-key-form-values';

export interface ApiKeyRow {
  id: string;
  name: string;
  prefix: string;
  scope: 'READ' | 'READ_WRITE';
  allowedOrigins: string[];
  hourlyBudget: number;
  expiresAt: string | null;
  lastUsedAt: string | null;
  revokedAt: string | null;
  createdAt: string;
}

const KEY_FIELDS = 'id name prefix scope allowedOrigins hourlyBudget expiresAt lastUsedAt revokedAt createdAt';

export const API_KEYS: TypedDocumentNode<{ apiKeys: { totalCount: number; nodes: ApiKeyRow[] } }, { organizationId: string }> = gql`
  query ApiKeys($organizationId: ID!) {
    apiKeys(organizationId: $organizationId, first: 100) { totalCount nodes { ${KEY_FIELDS} } }
  }
`;

export const CREATE_API_KEY: TypedDocumentNode<
  { createApiKey: { secret: string; apiKey: ApiKeyRow } },
  { input: ReturnType<typeof createKeyInput> }
> = gql`
  mutation CreateApiKey($input: CreateApiKeyInput!) {
    createApiKey(input: $input) { secret apiKey { ${KEY_FIELDS} } }
  }
`;

export const REVOKE_API_KEY: TypedDocumentNode<{ revokeApiKey: ApiKeyRow }, { id: string }> = gql`
  mutation RevokeApiKey($id: ID!) {
    revokeApiKey(id: $id) { ${KEY_FIELDS} }
  }
`;
