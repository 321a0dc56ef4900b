import { Arg, Authorized, Ctx, ID, Mutation, Resolver } from 'type-graphql';
import type { RequestContext } from '../../graphql/context';
import { validateInput } from '../audit/validate-input';
import { WriteResult } from '../audit/write-result.type';
import { CreateRoadmapActionInput, ReportRoadmapProgressInput, UpdateRoadmapActionInput } from './roadmap-action.inputs';
import { createRoadmapAction, deleteRoadmapAction, reportRoadmapProgress, updateRoadmapAction } from './roadmap-action.mutation.service';

@Resolver()
export class RoadmapActionMutationResolver {
  @Authorized()
  @Mutation(() => WriteResult, { description: "Adds a joint action to a cluster's roadmap (managers of the owner cluster)." })
  async createRoadmapAction(
    @Arg('input', () => CreateRoadmapActionInput, { validate: false, description: 'The action.' }) input: CreateRoadmapActionInput,
    @Ctx() context: RequestContext,
  ): Promise<WriteResult> {
    return createRoadmapAction(context, await validateInput(input));
  }

  @Authorized()
  @Mutation(() => WriteResult, { description: 'Changes a roadmap action (managers of the owner cluster). CONFLICT on a stale version.' })
  async updateRoadmapAction(
    @Arg('input', () => UpdateRoadmapActionInput, { validate: false, description: 'The changes.' }) input: UpdateRoadmapActionInput,
    @Ctx() context: RequestContext,
  ): Promise<WriteResult> {
    return updateRoadmapAction(context, await validateInput(input));
  }

  @Authorized()
  @Mutation(() => Boolean, { description: 'Deletes a roadmap action (managers of the owner cluster).' })
  deleteRoadmapAction(@Arg('id', () => ID, { description: 'The action.' }) id: string, @Ctx() context: RequestContext): Promise<boolean> {
    return deleteRoadmapAction(context, id);
  }

  @Authorized()
  @Mutation(() => WriteResult, {
    description: 'Reports progress on a roadmap action (managers of the owner cluster, editors of a partner); 100 marks it DONE.',
  })
  async reportRoadmapProgress(
    @Arg('input', () => ReportRoadmapProgressInput, { validate: false, description: 'The report.' }) input: ReportRoadmapProgressInput,
    @Ctx() context: RequestContext,
  ): Promise<WriteResult> {
    return reportRoadmapProgress(context, await validateInput(input));
  }
}
