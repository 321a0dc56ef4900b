import { Arg, Authorized, Ctx, ID, Int, Mutation, Resolver } from 'type-graphql';
import type { RequestContext } from '../../graphql/context';
import { validateInput } from '../audit/validate-input';
import { AddCapabilityInput, UpdateCapabilityInput } from './capability.inputs';
import { addCapability, removeCapability, updateCapability } from './capability.service';
import { Capability } from './capability.type';

@Resolver()
export class CapabilityMutationResolver {
  @Authorized()
  @Mutation(() => Capability, {
    description: 'Adds a capability to an organization (its editors): technology × stage × application areas, TRL 1–9.',
  })
  async addCapability(
    @Arg('input', () => AddCapabilityInput, { validate: false, description: 'The capability.' }) input: AddCapabilityInput,
    @Ctx() context: RequestContext,
  ): Promise<Capability> {
    return addCapability(context, await validateInput(input));
  }

  @Authorized()
  @Mutation(() => Capability, { description: 'Changes a capability (editors of its organization). CONFLICT on a stale version.' })
  async updateCapability(
    @Arg('input', () => UpdateCapabilityInput, { validate: false, description: 'The changes.' }) input: UpdateCapabilityInput,
    @Ctx() context: RequestContext,
  ): Promise<Capability> {
    return updateCapability(context, await validateInput(input));
  }

  @Authorized()
  @Mutation(() => Boolean, { description: 'Removes a capability (editors of its organization); it stays in the history.' })
  removeCapability(
    @Arg('id', () => ID, { description: 'The capability.' }) id: string,
    @Arg('version', () => Int, { description: 'The version you read.' }) version: number,
    @Ctx() context: RequestContext,
  ): Promise<boolean> {
    return removeCapability(context, id, version);
  }
}
