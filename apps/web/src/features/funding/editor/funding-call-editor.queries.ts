import { gql, type TypedDocumentNode } from '@apollo/client';
import type { EditableFundingCall } from './funding-call-draft';

const FIELDS = `id version slug programme identifier title summary opensOn deadline url budgetEur minCountries
  eligibleCountries { code } topics { code }`;

export const EDITABLE_FUNDING_CALL: TypedDocumentNode<{ fundingCall: EditableFundingCall }, { slug: string }> = gql`
  query EditableFundingCall($slug: String!) {
    fundingCall(slug: $slug) { ${FIELDS} }
  }
`;

interface WriteResult {
  id: string;
  version: number | null;
}

export const CREATE_FUNDING_CALL: TypedDocumentNode<{ createFundingCall: WriteResult }, { input: Record<string, unknown> }> = gql`
  mutation CreateFundingCall($input: CreateFundingCallInput!) {
    createFundingCall(input: $input) {
      id
      version
    }
  }
`;

export const UPDATE_FUNDING_CALL: TypedDocumentNode<{ updateFundingCall: WriteResult }, { input: Record<string, unknown> }> = gql`
  mutation UpdateFundingCall($input: UpdateFundingCallInput!) {
    updateFundingCall(input: $input) {
      id
      version
    }
  }
`;

export const DELETE_FUNDING_CALL: TypedDocumentNode<{ deleteFundingCall: WriteResult }, { input: { id: string; version: number } }> = gql`
  mutation DeleteFundingCall($input: DeleteFundingCallInput!) {
    deleteFundingCall(input: $input) {
      id
    }
  }
`;
