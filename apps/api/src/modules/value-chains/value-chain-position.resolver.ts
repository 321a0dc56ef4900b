import { Ctx, Field, FieldResolver, ObjectType, Resolver, Root } from 'type-graphql';
import type { RequestContext } from '../../graphql/context';
import { Organization } from '../organizations/organization.type';
import { loadTaxonomy } from '../taxonomy/taxonomy-snapshot';
import { valueChainStagesLoader } from './value-chain.service';
import { toValueChain, ValueChain, ValueChainStage, VALUE_CHAIN_COLUMNS, type ValueChainRow } from './value-chain.type';

@ObjectType({ description: 'Where an organization sits in a stored value chain: the stages its capabilities fill.' })
export class ValueChainPosition {
  @Field(() => ValueChain, { description: 'The value chain.' })
  valueChain!: ValueChain;

  @Field(() => [ValueChainStage], { description: 'The stages of the chain the organization provides, in order (a short list).' })
  stages!: ValueChainStage[];
}

/**
 * The value chains each organization takes part in, for many organizations at once: the stored
 * chains (a small table) are read once, their terms expanded to descendants from the taxonomy, and
 * one statement matches every organization's capabilities against every chain.
 */
function positionsLoader(context: RequestContext) {
  return context.loaders.get<number, { chain: ValueChain; stageIds: number[] }[]>('valueChain.positions', async (organizationIds) => {
    const [taxonomy, chainRows] = await Promise.all([
      loadTaxonomy(context),
      context.db.query<ValueChainRow>(`SELECT ${VALUE_CHAIN_COLUMNS} FROM value_chain v ORDER BY v.name, v.id`),
    ]);
    const chains = chainRows.map(toValueChain);
    const expand = (id: number) => [id, ...taxonomy.descendantsOf(id).map((t) => t.dbId)];
    const spec = chains.map((c) => ({
      id: c.dbId,
      apps: expand(c.applicationDbId),
      techs: c.technologyDbId === null ? null : expand(c.technologyDbId),
    }));
    const rows =
      chains.length === 0
        ? []
        : await context.db.query<{ organization_id: number; chain_id: number; stage_id: number }>(
            `SELECT DISTINCT c.organization_id, ch.id AS chain_id, c.stage_id
             FROM jsonb_to_recordset($2::jsonb) AS ch(id int, apps int[], techs int[])
             JOIN capability c ON c.organization_id = ANY($1::int[]) AND (ch.techs IS NULL OR c.technology_id = ANY(ch.techs))
             WHERE EXISTS (SELECT 1 FROM capability_application ca WHERE ca.capability_id = c.id AND ca.application_id = ANY(ch.apps))`,
            [organizationIds, JSON.stringify(spec)],
          );
    const byId = new Map(chains.map((c) => [c.dbId, c]));
    return organizationIds.map((organizationId) => {
      const stagesByChain = new Map<number, number[]>();
      for (const row of rows) {
        if (row.organization_id !== organizationId) continue;
        stagesByChain.set(row.chain_id, [...(stagesByChain.get(row.chain_id) ?? []), row.stage_id]);
      }
      return [...stagesByChain].map(([chainId, stageIds]) => ({ chain: byId.get(chainId)!, stageIds }));
    });
  });
}

@Resolver(() => Organization)
export class OrganizationValueChainsResolver {
  @FieldResolver(() => [ValueChainPosition], {
    description:
      'The stored value chains whose application (and technology) its capabilities serve, with the stages it fills (a short list).',
  })
  async valueChainPositions(@Root() organization: Organization, @Ctx() context: RequestContext): Promise<ValueChainPosition[]> {
    const positions = await positionsLoader(context).load(organization.dbId);
    const stages = await Promise.all(positions.map((p) => valueChainStagesLoader(context).load(p.chain.dbId)));
    return positions
      .map((p, i) => ({ valueChain: p.chain, stages: (stages[i] ?? []).filter((s) => p.stageIds.includes(s.stageDbId)) }))
      .filter((p) => p.stages.length > 0);
  }
}
