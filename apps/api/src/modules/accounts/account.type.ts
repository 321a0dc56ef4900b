import { Field, ID, ObjectType, registerEnumType } from 'type-graphql';
import { toGlobalId } from '../../graphql/node-id';
import { Organization } from '../organizations/organization.type';
import { ROLES, type Role as RoleName } from './role-grant.entity';

export const Role = Object.fromEntries(ROLES.map((r) => [r, r])) as { [K in RoleName]: K };
registerEnumType(Role, {
  name: 'Role',
  description: 'What a user may do.',
  valuesConfig: {
    MEMBER: { description: 'Everyone signed up: propose terms, create and join communities.' },
    ORGANIZATION_EDITOR: { description: 'Edits one organization: profile, capabilities, needs.' },
    CLUSTER_MANAGER: { description: 'Manages one cluster: members, agreements, events, KPIs, links.' },
    CURATOR: { description: 'Curates the classification scheme and publishes releases.' },
    ADMIN: { description: 'Grants roles, restores deleted organizations; may do everything.' },
  },
});

@ObjectType({ description: 'A person with an account.' })
export class User {
  dbId!: number;

  @Field(() => ID, { description: 'Opaque global ID.' })
  id!: string;

  @Field(() => String, { description: 'E-mail address (lower case); shown only to the user and admins.' })
  email!: string;

  @Field(() => String, { description: 'Name shown to others.' })
  displayName!: string;
}

export function toUser(row: { id: number; email: string; display_name: string }): User {
  return Object.assign(new User(), { dbId: row.id, id: toGlobalId('User', row.id), email: row.email, displayName: row.display_name });
}

@ObjectType({ description: 'A role held by a user, with its scope.' })
export class RoleGrant {
  organizationDbId!: number | null;

  @Field(() => Role, { description: 'The role.' })
  role!: RoleName;

  @Field(() => Organization, {
    nullable: true,
    description: 'The organization edited or the cluster managed; null for roles without a scope.',
  })
  organization!: Organization | null;
}

@ObjectType({ description: 'The signed-in user and what they may do.' })
export class ViewerInfo {
  @Field(() => User, { description: 'The user.' })
  user!: User;

  @Field(() => [RoleGrant], { description: 'Roles held (a short list).' })
  roles!: RoleGrant[];

  @Field(() => [Organization], { description: 'Organizations the user may edit (a bounded list).' })
  editableOrganizations!: Organization[];

  @Field(() => [Organization], { description: 'Clusters the user manages (a bounded list).' })
  managedClusters!: Organization[];

  @Field(() => String, {
    nullable: true,
    description: 'Send this in the x-csrf-token header with every mutation made with the session cookie; null for API-key callers.',
  })
  csrfToken!: string | null;
}
