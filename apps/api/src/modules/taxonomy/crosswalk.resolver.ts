import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { RequestContext } from '../../graphql/context';
import { groupBy, indexBy } from '../../graphql/loaders';
import { Crosswalk } from './crosswalk.type';
import { Term } from './term.type';

interface CrosswalkRow extends Crosswalk {
  term_id: number;
}

/** Term fields read from other tables than the scheme snapshot, each batched for all terms of a request. */
@Resolver(() => Term)
export class CrosswalkResolver {
  @FieldResolver(() => [Crosswalk], { description: 'Mappings of this term to external schemes, by scheme and code (a short list).' })
  crosswalks(@Root() term: Term, @Ctx() context: RequestContext): Promise<Crosswalk[]> {
    const loader = context.loaders.get<number, CrosswalkRow[]>('term.crosswalks', async (ids) => {
      const rows = await context.db.query<CrosswalkRow>(
        `SELECT term_id, scheme, external_code AS code, external_label AS label, match
           FROM crosswalk WHERE term_id = ANY($1::int[]) ORDER BY scheme, external_code`,
        [ids],
      );
      return groupBy(ids, rows, (row) => row.term_id);
    });
    return loader.load(term.dbId);
  }

  @FieldResolver(() => String, {
    nullable: true,
    description: 'Why the member who proposed this term thinks the scheme needs it; null for terms that were not proposed.',
  })
  async proposalReason(@Root() term: Term, @Ctx() context: RequestContext): Promise<string | null> {
    const loader = context.loaders.get<number, { id: number; proposal_reason: string | null } | null>(
      'term.proposalReason',
      async (ids) => {
        const rows = await context.db.query<{ id: number; proposal_reason: string | null }>(
          `SELECT id, proposal_reason FROM term WHERE id = ANY($1::int[])`,
          [ids],
        );
        return indexBy(ids, rows, (row) => row.id);
      },
    );
    return (await loader.load(term.dbId))?.proposal_reason ?? null;
  }
}
