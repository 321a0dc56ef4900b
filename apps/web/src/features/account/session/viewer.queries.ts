import { gql, type TypedDocumentNode } from '@apollo/client';
import type { ViewerRef } from '../../session/viewer.queries';

// One Viewer query for the whole portal (features/session); the account pages read it too.
export type Viewer = ViewerRef;
export type ViewerOrganization = ViewerRef['editableOrganizations'][number];

export interface Credentials {
  email: string;
  password: string;
}

/** What signing in or up answers: the session's CSRF token; the Viewer query is then read again. */
export interface SignedIn {
  csrfToken: string | null;
}

export const SIGN_IN: TypedDocumentNode<{ signIn: SignedIn }, { input: Credentials }> = gql`
  mutation SignIn($input: SignInInput!) {
    signIn(input: $input) {
      csrfToken
    }
  }
`;

export const SIGN_UP: TypedDocumentNode<{ signUp: SignedIn }, { input: Credentials & { displayName: string } }> = gql`
  mutation SignUp($input: SignUpInput!) {
    signUp(input: $input) {
      csrfToken
    }
  }
`;

export const SIGN_OUT: TypedDocumentNode<{ signOut: boolean }, Record<string, never>> = gql`
  mutation SignOut {
    signOut
  }
`;
