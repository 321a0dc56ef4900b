import { Matches, MaxLength } from 'class-validator';
import { Arg, Args, ArgsType, Authorized, Ctx, Field, ID, Int, Mutation, Query, Resolver } from 'type-graphql';
import { Connection, connectionFromSortedArray, type ConnectionResult } from '../../graphql/connection';
import type { RequestContext } from '../../graphql/context';
import { PageArgs, parsePageArgs } from '../../graphql/pagination';
import { CURATOR } from '../accounts/auth-checker';
import { validateInput } from '../audit/validate-input';
import { ProposeTermInput } from './curation.inputs';
import { decideTerm, proposeTerm, publishSchemeRelease, replaceTerm } from './curation.service';
import { SchemeRelease, toSchemeRelease, type SchemeReleaseRow } from './scheme-release.type';
import { Term } from './term.type';

export const SchemeReleaseConnection = Connection(SchemeRelease, 'SchemeRelease', 'A page of scheme releases.');

@ArgsType()
class PublishArgs {
  @Field(() => String, { description: 'Semantic version "MAJOR.MINOR.PATCH", greater than the latest release.' })
  @Matches(/^(0|[1-9][0-9]{0,4})\.(0|[1-9][0-9]{0,4})\.(0|[1-9][0-9]{0,4})$/, { message: 'must be a version like "1.2.0"' })
  version!: string;

  @Field(() => String, { defaultValue: '', description: 'Release notes (at most 5,000 characters).' })
  @MaxLength(5000)
  notes!: string;
}

const ID_ARG = { description: 'The term.' };
const VERSION_ARG = { description: 'The version you read; CONFLICT when it changed since.' };

@Resolver()
export class CurationResolver {
  @Query(() => SchemeReleaseConnection, {
    description: 'Published releases of the classification scheme, newest first; each stays readable.',
  })
  async schemeReleases(@Args(() => PageArgs) args: PageArgs, @Ctx() context: RequestContext): Promise<ConnectionResult<SchemeRelease>> {
    const page = parsePageArgs(args);
    const rows = await context.db.query<SchemeReleaseRow>(
      `SELECT id, version, notes, term_count, published_at, snapshot FROM scheme_release ORDER BY id DESC`,
    );
    // Releases are few (a handful a year): one statement, paged in memory, newest first.
    return connectionFromSortedArray(rows.map(toSchemeRelease), page, (r) => [-r.dbId, r.dbId]);
  }

  @Authorized()
  @Mutation(() => Term, { description: 'Proposes a classification term (any member); it stays PROPOSED until a curator decides.' })
  async proposeTerm(
    @Arg('input', () => ProposeTermInput, { validate: false, description: 'The proposal.' }) input: ProposeTermInput,
    @Ctx() context: RequestContext,
  ): Promise<Term> {
    return proposeTerm(context, await validateInput(input));
  }

  @Authorized(CURATOR)
  @Mutation(() => Term, { description: 'Approves a proposed term (curators).' })
  approveTerm(
    @Arg('id', () => ID, ID_ARG) id: string,
    @Arg('version', () => Int, VERSION_ARG) version: number,
    @Ctx() context: RequestContext,
  ): Promise<Term> {
    return decideTerm(context, id, version, 'APPROVED');
  }

  @Authorized(CURATOR)
  @Mutation(() => Term, { description: 'Rejects a proposed term (curators).' })
  rejectTerm(
    @Arg('id', () => ID, ID_ARG) id: string,
    @Arg('version', () => Int, VERSION_ARG) version: number,
    @Ctx() context: RequestContext,
  ): Promise<Term> {
    return decideTerm(context, id, version, 'REJECTED');
  }

  @Authorized(CURATOR)
  @Mutation(() => Term, {
    description: 'Deprecates a term (curators), naming its replacement: capabilities, needs, community tags and narrower terms move to it.',
  })
  deprecateTerm(
    @Arg('id', () => ID, ID_ARG) id: string,
    @Arg('version', () => Int, VERSION_ARG) version: number,
    @Arg('replacement', () => String, { description: 'Code of the approved term that replaces it.' }) replacement: string,
    @Ctx() context: RequestContext,
  ): Promise<Term> {
    return replaceTerm(context, { id, version, replacement, merge: false });
  }

  @Authorized(CURATOR)
  @Mutation(() => Term, {
    description: 'Merges a term into another (curators): deprecates it, moves its usage and keeps its labels as synonyms.',
  })
  mergeTerm(
    @Arg('id', () => ID, ID_ARG) id: string,
    @Arg('version', () => Int, VERSION_ARG) version: number,
    @Arg('into', () => String, { description: 'Code of the approved term it is merged into.' }) into: string,
    @Ctx() context: RequestContext,
  ): Promise<Term> {
    return replaceTerm(context, { id, version, replacement: into, merge: true });
  }

  @Authorized(CURATOR)
  @Mutation(() => SchemeRelease, { description: 'Publishes a release of the scheme (curators): a frozen snapshot of the approved terms.' })
  async publishSchemeRelease(
    @Args(() => PublishArgs, { validate: false }) args: PublishArgs,
    @Ctx() context: RequestContext,
  ): Promise<SchemeRelease> {
    await validateInput(Object.assign(new PublishArgs(), args), 'args');
    return toSchemeRelease((await publishSchemeRelease(context, args.version, args.notes)) as unknown as SchemeReleaseRow);
  }
}
