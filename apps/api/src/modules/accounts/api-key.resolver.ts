import { Arg, Args, Authorized, Ctx, ID, Mutation, Query, Resolver } from 'type-graphql';
import { Connection, type ConnectionResult } from '../../graphql/connection';
import type { RequestContext } from '../../graphql/context';
import { NotFoundError } from '../../graphql/errors';
import { expectGlobalId } from '../../graphql/node-id';
import { PageArgs } from '../../graphql/pagination';
import { apiKeyOf } from './api-key.authenticator';
import { CreateApiKeyInput } from './api-key.inputs';
import { createApiKey, findApiKey, listApiKeys, requireOrganizationEditor, revokeApiKey } from './api-key.service';
import { ApiKey, CreatedApiKey } from './api-key.type';

export const ApiKeyConnection = Connection(ApiKey, 'ApiKey', 'A page of API keys, newest first.');

@Resolver(() => ApiKey)
export class ApiKeyResolver {
  @Authorized()
  @Query(() => ApiKeyConnection, {
    description:
      'The API keys of an organization, newest first, revoked ones included. Editors of the organization only (FORBIDDEN otherwise).',
  })
  async apiKeys(
    @Arg('organizationId', () => ID, { description: 'Global ID of the organization.' }) organizationId: string,
    @Args(() => PageArgs) args: PageArgs,
    @Ctx() context: RequestContext,
  ): Promise<ConnectionResult<ApiKey>> {
    requireOrganizationEditor(context.viewer, null, apiKeyOf(context.viewer) !== null);
    const id = expectGlobalId(organizationId, 'Organization', 'organizationId');
    requireOrganizationEditor(context.viewer, id, apiKeyOf(context.viewer) !== null);
    return listApiKeys(context, id, args);
  }

  @Authorized()
  @Mutation(() => CreatedApiKey, {
    description:
      'Creates an API key for an organization you edit. The secret is in this response only; store it safely. UNAUTHENTICATED when signed out, FORBIDDEN for non-editors and for calls made with an API key.',
  })
  async createApiKey(
    @Arg('input', () => CreateApiKeyInput, { description: 'The key to create.' }) input: CreateApiKeyInput,
    @Ctx() context: RequestContext,
  ): Promise<CreatedApiKey> {
    requireOrganizationEditor(context.viewer, null, apiKeyOf(context.viewer) !== null);
    const organizationId = expectGlobalId(input.organizationId, 'Organization', 'input.organizationId');
    requireOrganizationEditor(context.viewer, organizationId, apiKeyOf(context.viewer) !== null);
    return createApiKey(context, organizationId, input);
  }

  @Authorized()
  @Mutation(() => ApiKey, {
    description: 'Revokes an API key at once; revoking twice is harmless. Editors of the key’s organization only.',
  })
  async revokeApiKey(
    @Arg('id', () => ID, { description: 'Global ID of the key.' }) id: string,
    @Ctx() context: RequestContext,
  ): Promise<ApiKey> {
    requireOrganizationEditor(context.viewer, null, apiKeyOf(context.viewer) !== null);
    const keyId = expectGlobalId(id, 'ApiKey', 'id');
    const row = await findApiKey(context.db, keyId);
    if (!row) throw new NotFoundError('API key', id);
    requireOrganizationEditor(context.viewer, row.organization_id, apiKeyOf(context.viewer) !== null);
    return revokeApiKey(context.db, keyId);
  }
}
