import { childPagesLoader } from '../../graphql/child-pages';
import type { ConnectionResult } from '../../graphql/connection';
import type { RequestContext } from '../../graphql/context';
import { BadInputError } from '../../graphql/errors';
import { keyedRowsLoader } from '../../graphql/keyed-rows-loader';
import { keysetList, parseDateArgument } from '../../graphql/keyset-list';
import { parsePageArgs, type ForwardPageArgs } from '../../graphql/pagination';
import { Params, type KeysetSort } from '../../graphql/sql';
import { organizationBySlugLoader } from '../organizations/organization.loaders';
import type { AgreementsArgs } from './agreement.args';
import { AGREEMENT_COLUMNS, toAgreement, type Agreement, type AgreementRow } from './agreement.type';

/** Newest first; the date as text sorts like the date and keeps cursors free of time zones. */
const NEWEST_FIRST: KeysetSort = { expression: 'a.signed_on::text', type: 'text', direction: 'DESC', id: 'a.id' };

export function agreementByIdLoader(context: RequestContext) {
  return keyedRowsLoader(context, {
    name: 'agreement.byId',
    select: `SELECT ${AGREEMENT_COLUMNS} FROM agreement a`,
    key: 'a.id',
    type: 'int',
    toObject: toAgreement,
    keyOf: (a: Agreement) => a.dbId,
  });
}

export function agreementBySlugLoader(context: RequestContext) {
  return keyedRowsLoader(context, {
    name: 'agreement.bySlug',
    select: `SELECT ${AGREEMENT_COLUMNS} FROM agreement a`,
    key: 'a.slug',
    type: 'text',
    toObject: toAgreement,
    keyOf: (a: Agreement) => a.slug,
  });
}

export async function listAgreements(context: RequestContext, args: AgreementsArgs): Promise<ConnectionResult<Agreement>> {
  const page = parsePageArgs(args);
  const params = new Params();
  const where: string[] = [];
  if (args.kind) where.push(`a.kind = ${params.add(args.kind)}`);
  const after = parseDateArgument(args.signedAfter, 'signedAfter');
  const before = parseDateArgument(args.signedBefore, 'signedBefore');
  if (after) where.push(`a.signed_on >= ${params.add(after)}::date`);
  if (before) where.push(`a.signed_on <= ${params.add(before)}::date`);
  if (args.organization != null) {
    const organization = await organizationBySlugLoader(context).load(args.organization);
    if (!organization) throw new BadInputError('organization', `No organization has the slug "${args.organization.slice(0, 100)}".`);
    where.push(
      `EXISTS (SELECT 1 FROM agreement_signatory s WHERE s.agreement_id = a.id AND s.organization_id = ${params.add(organization.dbId)})`,
    );
  }
  return keysetList(context, {
    from: 'agreement a',
    select: AGREEMENT_COLUMNS,
    where,
    params,
    sort: NEWEST_FIRST,
    page,
    toNode: (row: AgreementRow) => toAgreement(row),
  });
}

/** The agreements each of many organizations signed, newest first, in one statement. */
export function agreementsByOrganizationLoader(context: RequestContext, args: ForwardPageArgs) {
  return childPagesLoader(
    context,
    {
      name: 'agreement.byOrganization',
      from: 'agreement_signatory s JOIN agreement a ON a.id = s.agreement_id',
      parent: 's.organization_id',
      select: AGREEMENT_COLUMNS,
      sort: NEWEST_FIRST,
      toNode: (row: AgreementRow) => toAgreement(row),
    },
    args,
  );
}
