import { Arg, Args, Ctx, FieldResolver, Query, Resolver, Root } from 'type-graphql';
import { Connection, type ConnectionResult } from '../../graphql/connection';
import type { RequestContext } from '../../graphql/context';
import { NotFoundError } from '../../graphql/errors';
import { registerNodeType } from '../../graphql/node';
import { ForwardPageArgs, parsePageArgs } from '../../graphql/pagination';
import { loadTaxonomy } from '../taxonomy/taxonomy-snapshot';
import { Facet, Term } from '../taxonomy/term.type';
import { stageProvidersLoader } from './coverage.loaders';
import { parseCoverageScope } from './coverage-scope';
import { CoverageScopeArgs, ValueChainCoverageArgs, ValueChainsArgs } from './value-chain.args';
import {
  buildCoverage,
  facetStages,
  listValueChains,
  valueChainByIdLoader,
  valueChainBySlugLoader,
  valueChainStagesLoader,
} from './value-chain.service';
import { StageCoverage, ValueChain, ValueChainCoverage, ValueChainProvider, ValueChainStage } from './value-chain.type';

export const ValueChainConnection = Connection(ValueChain, 'ValueChain', 'A page of value chains.');
export const ValueChainProviderConnection = Connection(
  ValueChainProvider,
  'ValueChainProvider',
  'A page of providers of a stage, best first.',
);

registerNodeType('ValueChain', (context, id) => valueChainByIdLoader(context).load(id));

@Resolver(() => ValueChain)
export class ValueChainResolver {
  @Query(() => ValueChain, { description: 'A stored value chain by its slug. NOT_FOUND when no chain has that slug.' })
  async valueChain(
    @Arg('slug', () => String, { description: 'The value chain slug.' }) slug: string,
    @Ctx() context: RequestContext,
  ): Promise<ValueChain> {
    const chain = await valueChainBySlugLoader(context).load(slug);
    if (!chain) throw new NotFoundError('value chain', slug);
    return chain;
  }

  @Query(() => ValueChainConnection, { description: 'Stored value chains, by slug.' })
  valueChains(@Args(() => ValueChainsArgs) args: ValueChainsArgs, @Ctx() context: RequestContext): Promise<ConnectionResult<ValueChain>> {
    return listValueChains(context, args.application, args);
  }

  @Query(() => ValueChainCoverage, {
    description:
      'Assembles a value chain from the data: the STAGE facet in order, the providers of each stage for the application (and technology) inside the scope, and the gaps with the best providers elsewhere in Europe. The scope is the union of the given countries, regions and clusters; without any, it is everywhere.',
  })
  async valueChainCoverage(
    @Args(() => ValueChainCoverageArgs) args: ValueChainCoverageArgs,
    @Ctx() context: RequestContext,
  ): Promise<ValueChainCoverage> {
    const taxonomy = await loadTaxonomy(context);
    const applicationIds = taxonomy.expandCodes([args.application], Facet.APPLICATION, 'application');
    const technologyIds = args.technology != null ? taxonomy.expandCodes([args.technology], Facet.TECHNOLOGY, 'technology') : null;
    const scope = await parseCoverageScope(context, args);
    const coverage = await buildCoverage(context, taxonomy, facetStages(taxonomy), applicationIds, technologyIds, scope);
    return Object.assign(new ValueChainCoverage(), {
      ...coverage,
      applicationDbId: applicationIds[0]!,
      technologyDbId: technologyIds?.[0] ?? null,
    });
  }

  @FieldResolver(() => Term, { description: 'The application area the chain serves.' })
  async application(@Root() chain: ValueChain, @Ctx() context: RequestContext): Promise<Term | null> {
    return (await loadTaxonomy(context)).get(chain.applicationDbId);
  }

  @FieldResolver(() => Term, { nullable: true, description: 'The enabling technology of the chain, if it is about one.' })
  async technology(@Root() chain: ValueChain, @Ctx() context: RequestContext): Promise<Term | null> {
    return chain.technologyDbId === null ? null : (await loadTaxonomy(context)).get(chain.technologyDbId);
  }

  @FieldResolver(() => [ValueChainStage], { description: 'The stages in order along the chain (a short list).' })
  stages(@Root() chain: ValueChain, @Ctx() context: RequestContext): Promise<ValueChainStage[]> {
    return valueChainStagesLoader(context).load(chain.dbId);
  }

  @FieldResolver(() => ValueChainCoverage, {
    description: "How the chain's stored stages are covered inside a scope (countries, regions, clusters), with its gaps.",
  })
  async coverage(
    @Root() chain: ValueChain,
    @Args(() => CoverageScopeArgs) args: CoverageScopeArgs,
    @Ctx() context: RequestContext,
  ): Promise<ValueChainCoverage> {
    const [taxonomy, stages, scope] = await Promise.all([
      loadTaxonomy(context),
      valueChainStagesLoader(context).load(chain.dbId),
      parseCoverageScope(context, args),
    ]);
    const applicationIds = [chain.applicationDbId, ...taxonomy.descendantsOf(chain.applicationDbId).map((t) => t.dbId)];
    const technologyIds =
      chain.technologyDbId === null ? null : [chain.technologyDbId, ...taxonomy.descendantsOf(chain.technologyDbId).map((t) => t.dbId)];
    const coverage = await buildCoverage(context, taxonomy, stages, applicationIds, technologyIds, scope);
    return Object.assign(new ValueChainCoverage(), {
      ...coverage,
      applicationDbId: chain.applicationDbId,
      technologyDbId: chain.technologyDbId,
    });
  }
}

@Resolver(() => ValueChainStage)
export class ValueChainStageResolver {
  @FieldResolver(() => Term, { description: 'The value-chain stage term.' })
  async stage(@Root() stage: ValueChainStage, @Ctx() context: RequestContext): Promise<Term | null> {
    return (await loadTaxonomy(context)).get(stage.stageDbId);
  }
}

@Resolver(() => ValueChainCoverage)
export class ValueChainCoverageResolver {
  @FieldResolver(() => Term, { description: 'The application area (the term asked for).' })
  async application(@Root() coverage: ValueChainCoverage, @Ctx() context: RequestContext): Promise<Term | null> {
    return (await loadTaxonomy(context)).get(coverage.applicationDbId);
  }

  @FieldResolver(() => Term, { nullable: true, description: 'The technology, when the chain is limited to one.' })
  async technology(@Root() coverage: ValueChainCoverage, @Ctx() context: RequestContext): Promise<Term | null> {
    return coverage.technologyDbId === null ? null : (await loadTaxonomy(context)).get(coverage.technologyDbId);
  }
}

@Resolver(() => StageCoverage)
export class StageCoverageResolver {
  @FieldResolver(() => Term, { description: 'The value-chain stage term.' })
  async stage(@Root() stage: StageCoverage, @Ctx() context: RequestContext): Promise<Term | null> {
    return (await loadTaxonomy(context)).get(stage.stageDbId);
  }

  @FieldResolver(() => ValueChainProviderConnection, {
    description:
      'Organizations inside the scope with a capability at this stage for the application (and technology); best readiness level first, verified first among equals.',
  })
  providers(
    @Root() stage: StageCoverage,
    @Args(() => ForwardPageArgs) args: ForwardPageArgs,
    @Ctx() context: RequestContext,
  ): Promise<ConnectionResult<ValueChainProvider>> {
    return stageProvidersLoader(context, stage.scope, 'INSIDE', args).load(stage.group);
  }

  @FieldResolver(() => ValueChainProviderConnection, {
    nullable: true,
    description:
      'For a gap: the best providers elsewhere in Europe (outside the scope), highest readiness level first, verified first among equals. Null when the stage is not a gap.',
  })
  async providersElsewhere(
    @Root() stage: StageCoverage,
    @Args(() => ForwardPageArgs) args: ForwardPageArgs,
    @Ctx() context: RequestContext,
  ): Promise<ConnectionResult<ValueChainProvider> | null> {
    parsePageArgs({ first: args.first, after: args.after });
    if (!stage.isGap) return null;
    return stageProvidersLoader(context, stage.scope, 'ELSEWHERE', args).load(stage.group);
  }
}
