import { Arg, Authorized, Ctx, Mutation, Resolver } from 'type-graphql';
import type { RequestContext } from '../../graphql/context';
import { validateInput } from '../audit/validate-input';
import { WriteResult } from '../audit/write-result.type';
import { KpiValueKeyInput, SetKpiValueInput } from './kpi-value.inputs';
import { deleteKpiValue, setKpiValue } from './kpi-value.service';

@Resolver()
export class KpiValueMutationResolver {
  @Authorized()
  @Mutation(() => WriteResult, { description: 'Sets a KPI target or measurement of a cluster (its managers); computed KPIs are refused.' })
  async setKpiValue(
    @Arg('input', () => SetKpiValueInput, { validate: false, description: 'The value.' }) input: SetKpiValueInput,
    @Ctx() context: RequestContext,
  ): Promise<WriteResult> {
    return setKpiValue(context, await validateInput(input));
  }

  @Authorized()
  @Mutation(() => Boolean, { description: 'Deletes a KPI target or measurement of a cluster (its managers).' })
  async deleteKpiValue(
    @Arg('input', () => KpiValueKeyInput, { validate: false, description: 'Which value.' }) input: KpiValueKeyInput,
    @Ctx() context: RequestContext,
  ): Promise<boolean> {
    return deleteKpiValue(context, await validateInput(input));
  }
}
