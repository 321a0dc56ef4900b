import { Arg, Authorized, Ctx, ID, Int, Mutation, Resolver } from 'type-graphql';
import type { RequestContext } from '../../graphql/context';
import { ADMIN } from '../accounts/auth-checker';
import { validateInput } from '../audit/validate-input';
import { UpdateOrganizationInput } from './organization.inputs';
import { deleteOrganization, restoreOrganization, updateOrganization } from './organization.mutation.service';
import { Organization } from './organization.type';

@Resolver()
export class OrganizationMutationResolver {
  @Authorized()
  @Mutation(() => Organization, {
    description: 'Updates an organization profile (its editors, or the manager of a cluster). CONFLICT on a stale version.',
  })
  async updateOrganization(
    @Arg('input', () => UpdateOrganizationInput, { validate: false, description: 'The changes.' }) input: UpdateOrganizationInput,
    @Ctx() context: RequestContext,
  ): Promise<Organization> {
    return updateOrganization(context, await validateInput(input));
  }

  @Authorized()
  @Mutation(() => Boolean, { description: 'Deletes an organization (soft delete by its editors; an admin can restore it).' })
  deleteOrganization(
    @Arg('id', () => ID, { description: 'The organization.' }) id: string,
    @Arg('version', () => Int, { description: 'The version you read.' }) version: number,
    @Ctx() context: RequestContext,
  ): Promise<boolean> {
    return deleteOrganization(context, id, version);
  }

  @Authorized(ADMIN)
  @Mutation(() => Organization, { description: 'Restores a deleted organization (admins only).' })
  restoreOrganization(
    @Arg('id', () => ID, { description: 'The deleted organization.' }) id: string,
    @Ctx() context: RequestContext,
  ): Promise<Organization> {
    return restoreOrganization(context, id);
  }
}
