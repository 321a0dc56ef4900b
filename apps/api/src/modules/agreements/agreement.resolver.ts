import { Arg, Args, Ctx, FieldResolver, Query, Resolver, Root } from 'type-graphql';
import { childPagesLoader } from '../../graphql/child-pages';
import { Connection, type ConnectionResult } from '../../graphql/connection';
import type { RequestContext } from '../../graphql/context';
import { NotFoundError } from '../../graphql/errors';
import { registerNodeType } from '../../graphql/node';
import { ForwardPageArgs } from '../../graphql/pagination';
import { OrganizationConnection } from '../organizations/organization.resolver';
import { ORGANIZATION_COLUMNS, Organization, toOrganization, type OrganizationRow } from '../organizations/organization.type';
import { AgreementsArgs } from './agreement.args';
import { agreementByIdLoader, agreementBySlugLoader, agreementsByOrganizationLoader, listAgreements } from './agreement.service';
import { Agreement } from './agreement.type';

export const AgreementConnection = Connection(Agreement, 'Agreement', 'A page of agreements.');

registerNodeType('Agreement', (context, id) => agreementByIdLoader(context).load(id));

@Resolver(() => Agreement)
export class AgreementResolver {
  @Query(() => Agreement, { description: 'An agreement by its slug. NOT_FOUND when no agreement has that slug.' })
  async agreement(
    @Arg('slug', () => String, { description: 'The agreement slug.' }) slug: string,
    @Ctx() context: RequestContext,
  ): Promise<Agreement> {
    const agreement = await agreementBySlugLoader(context).load(slug);
    if (!agreement) throw new NotFoundError('agreement', slug);
    return agreement;
  }

  @Query(() => AgreementConnection, { description: 'Agreements, newest first, filtered by kind, signatory and date of signature.' })
  agreements(@Args(() => AgreementsArgs) args: AgreementsArgs, @Ctx() context: RequestContext): Promise<ConnectionResult<Agreement>> {
    return listAgreements(context, args);
  }

  @FieldResolver(() => OrganizationConnection, { description: 'The organizations that signed this agreement, by name.' })
  signatories(
    @Root() agreement: Agreement,
    @Args(() => ForwardPageArgs) args: ForwardPageArgs,
    @Ctx() context: RequestContext,
  ): Promise<ConnectionResult<Organization>> {
    return childPagesLoader(
      context,
      {
        name: 'agreement.signatories',
        from: 'agreement_signatory s JOIN organization o ON o.id = s.organization_id AND o.deleted_at IS NULL',
        parent: 's.agreement_id',
        select: ORGANIZATION_COLUMNS,
        sort: { expression: 'o.name', type: 'text', direction: 'ASC', id: 'o.id' },
        toNode: (row: OrganizationRow) => toOrganization(row),
      },
      args,
    ).load(agreement.dbId);
  }
}

@Resolver(() => Organization)
export class OrganizationAgreementsResolver {
  @FieldResolver(() => AgreementConnection, { description: 'The agreements this organization signed, newest first.' })
  agreements(
    @Root() organization: Organization,
    @Args(() => ForwardPageArgs) args: ForwardPageArgs,
    @Ctx() context: RequestContext,
  ): Promise<ConnectionResult<Agreement>> {
    return agreementsByOrganizationLoader(context, args).load(organization.dbId);
  }
}
