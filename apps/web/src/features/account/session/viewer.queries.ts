import { gql, type TypedDocumentNode } from '@apollo/client';

export interface ViewerOrganization {
  id: string;
  slug: string;
  name: string;
  kind: string;
}

export interface Viewer {
  user: { id: string; email: string; displayName: string };
  roles: { role: string }[];
  editableOrganizations: ViewerOrganization[];
  managedClusters: ViewerOrganization[];
  csrfToken: string | null;
}

const VIEWER_FIELDS = `
  user { id email displayName }
  roles { role }
  editableOrganizations { id slug name kind }
  managedClusters { id slug name kind }
  csrfToken
`;

export const VIEWER: TypedDocumentNode<{ viewer: Viewer | null }, Record<string, never>> = gql`
  query Viewer {
    viewer { ${VIEWER_FIELDS} }
  }
`;

export interface Credentials {
  email: string;
  password: string;
}

export const SIGN_IN: TypedDocumentNode<{ signIn: Viewer }, { input: Credentials }> = gql`
  mutation SignIn($input: SignInInput!) {
    signIn(input: $input) { ${VIEWER_FIELDS} }
  }
`;

export const SIGN_UP: TypedDocumentNode<{ signUp: Viewer }, { input: Credentials & { displayName: string } }> = gql`
  mutation SignUp($input: SignUpInput!) {
    signUp(input: $input) { ${VIEWER_FIELDS} }
  }
`;

export const SIGN_OUT: TypedDocumentNode<{ signOut: boolean }, Record<string, never>> = gql`
  mutation SignOut {
    signOut
  }
`;
