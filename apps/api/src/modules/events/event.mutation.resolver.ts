import { Arg, Authorized, Ctx, Mutation, Resolver } from 'type-graphql';
import type { RequestContext } from '../../graphql/context';
import { validateInput } from '../audit/validate-input';
import { WriteResult } from '../audit/write-result.type';
import { CreateEventInput, EventParticipantInput, UpdateEventInput } from './event.inputs';
import { createEvent, setParticipant, updateEvent } from './event.mutation.service';

@Resolver()
export class EventMutationResolver {
  @Authorized()
  @Mutation(() => WriteResult, { description: 'Creates an event or mission (managers of the organizing cluster).' })
  async createEvent(
    @Arg('input', () => CreateEventInput, { validate: false, description: 'The event.' }) input: CreateEventInput,
    @Ctx() context: RequestContext,
  ): Promise<WriteResult> {
    return createEvent(context, await validateInput(input));
  }

  @Authorized()
  @Mutation(() => WriteResult, {
    description: 'Changes an event, e.g. records its outcomes (managers of the organizing cluster). CONFLICT on a stale version.',
  })
  async updateEvent(
    @Arg('input', () => UpdateEventInput, { validate: false, description: 'The changes.' }) input: UpdateEventInput,
    @Ctx() context: RequestContext,
  ): Promise<WriteResult> {
    return updateEvent(context, await validateInput(input));
  }

  @Authorized()
  @Mutation(() => WriteResult, {
    description: 'Adds a participant to an event or changes its role and outcome (managers of the organizing cluster).',
  })
  async setEventParticipant(
    @Arg('input', () => EventParticipantInput, { validate: false, description: 'The participant.' }) input: EventParticipantInput,
    @Ctx() context: RequestContext,
  ): Promise<WriteResult> {
    return setParticipant(context, await validateInput(input), false);
  }

  @Authorized()
  @Mutation(() => WriteResult, { description: 'Removes a participant from an event (managers of the organizing cluster).' })
  async removeEventParticipant(
    @Arg('input', () => EventParticipantInput, { validate: false, description: 'The participant (role and outcome are ignored).' })
    input: EventParticipantInput,
    @Ctx() context: RequestContext,
  ): Promise<WriteResult> {
    return setParticipant(context, await validateInput(input), true);
  }
}
