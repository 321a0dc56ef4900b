import { isEnumType, isInputObjectType, isListType, isNonNullType, isScalarType, type GraphQLInputType, type GraphQLSchema } from 'graphql';
import { getMetadataStorage } from 'type-graphql';
import type { DataSource } from 'typeorm';
import { getSchema } from '../../src/graphql/schema';
import { signUpUser } from '../support/accounts';
import { startTestApi, type TestApi } from '../support/api';
import { createAuthorizationFixture, globalId as gid, ROLES, type Fixture, type MatrixRole } from '../support/authorization-fixture';
import { ANSWER_SETS, answers } from '../support/assessment-answers';
import { openTestDataSource, resetDatabase } from '../support/database';

interface Call {
  query: string;
  variables?: Record<string, unknown>;
  /** Replaces the role's headers (signOut uses a fresh session so that the role stays signed in). */
  headers?: Record<string, string>;
}
type Rule = { allowed: readonly MatrixRole[]; call: (role: MatrixRole) => Promise<Call> };

const ALL: readonly MatrixRole[] = ROLES;
const SIGNED_IN: readonly MatrixRole[] = ROLES.filter((r) => r !== 'anonymous');
const EDITOR: readonly MatrixRole[] = ['editor', 'admin'];
const MANAGER: readonly MatrixRole[] = ['manager', 'admin'];
const CURATOR: readonly MatrixRole[] = ['curator', 'admin'];
const ADMIN: readonly MatrixRole[] = ['admin'];

let api: TestApi;
let db: DataSource;
let f: Fixture;
let serial = 0;
/** The user whose roles grantRole/revokeRole change: not one of the matrix roles. */
let bystander: string;

const O = (id: number) => gid('Organization', id);
async function version(table: string, id: number): Promise<number> {
  const [row] = (await db.query(`SELECT version FROM "${table}" WHERE id = $1`, [id])) as { version: number }[];
  return row!.version;
}
async function insertId(sql: string, params: unknown[] = []): Promise<number> {
  const [row] = (await db.query(sql, params)) as { id: number }[];
  return row!.id;
}
const termId = (code: string) => insertId(`SELECT id FROM term WHERE code = $1`, [code]);
const freshCapability = async () =>
  insertId(`INSERT INTO capability (organization_id, technology_id, stage_id, trl) VALUES ($1, $2, $3, 5) RETURNING id`, [
    f.org,
    await termId('tech.lasers'),
    await termId('stage.components'),
  ]);
const freshNeed = () =>
  insertId(`INSERT INTO need (organization_id, kind, description) VALUES ($1, 'FUNDING', 'Seed money') RETURNING id`, [f.org]);
const freshTerm = (status: string) =>
  insertId(`INSERT INTO term (code, facet, labels, status) VALUES ($1, 'TECHNOLOGY', '{"en": "Matrix term"}', $2) RETURNING id`, [
    `tech.matrix-${(serial += 1)}`,
    status,
  ]);

/** An article written by the fixture's organization (its editor may change it). */
const freshArticle = async () => {
  const id = await insertId(
    `INSERT INTO knowledge_article (slug, kind, language, title, body, body_html) VALUES ($1, 'GUIDE', 'en', 'Guide', 'Text', '<p>Text</p>') RETURNING id`,
    [`matrix-fresh-${(serial += 1)}`],
  );
  await db.query(`INSERT INTO knowledge_article_author (article_id, organization_id) VALUES ($1, $2)`, [id, f.org]);
  return id;
};

const freshFundingCall = () =>
  insertId(
    `INSERT INTO funding_call (slug, programme, identifier, title, deadline, url) VALUES ($1, 'Matrix', 'M-1', 'Matrix call', '2099-01-01', 'https://example.org') RETURNING id`,
    [`matrix-call-${(serial += 1)}`],
  );

/** A roadmap action owned by the fixture's cluster, with the fixture's organization as a partner. */
const freshRoadmapAction = async () => {
  const id = await insertId(
    `INSERT INTO roadmap_action (slug, title, owner_cluster_id, starts_on, ends_on) VALUES ($1, 'Matrix action', $2, '2026-01-01', '2026-12-31') RETURNING id`,
    [`matrix-action-${(serial += 1)}`, f.cluster],
  );
  await db.query(`INSERT INTO roadmap_action_partner (action_id, organization_id) VALUES ($1, $2)`, [id, f.org]);
  return id;
};

/** One rule per mutation: who may call it, and a valid call for the fixture. */
const RULES: Record<string, Rule> = {
  signUp: {
    allowed: ALL,
    call: async () => ({
      query: `mutation($e: String!) { signUp(input: { email: $e, password: "long enough pw", displayName: "New" }) { csrfToken } }`,
      variables: { e: `new${(serial += 1)}@matrix.test` },
    }),
  },
  signIn: {
    allowed: ALL,
    call: async () => ({
      query: `mutation { signIn(input: { email: "curator@matrix.test", password: "correct horse battery" }) { csrfToken } }`,
    }),
  },
  signOut: {
    allowed: SIGNED_IN,
    call: async (role) => {
      if (role === 'anonymous') return { query: `mutation { signOut }` };
      const email = f.users[role].email;
      const res = await api.graphql<{ signIn: { csrfToken: string } }>(
        `mutation($e: String!) { signIn(input: { email: $e, password: "correct horse battery" }) { csrfToken } }`,
        { e: email },
      );
      const cookie = res.headers.getSetCookie()[0]!.split(';')[0]!;
      return { query: `mutation { signOut }`, headers: { cookie, 'x-csrf-token': res.body.data!.signIn.csrfToken } };
    },
  },
  requestPasswordReset: { allowed: ALL, call: async () => ({ query: `mutation { requestPasswordReset(email: "nobody@matrix.test") }` }) },
  resetPassword: {
    allowed: ALL,
    call: async () => ({ query: `mutation { resetPassword(input: { token: "unknown", password: "long enough pw" }) }` }),
  },
  grantRole: {
    allowed: ADMIN,
    call: async () => ({ query: `mutation($u: ID!) { grantRole(userId: $u, role: CURATOR) }`, variables: { u: bystander } }),
  },
  revokeRole: {
    allowed: ADMIN,
    call: async () => ({ query: `mutation($u: ID!) { revokeRole(userId: $u, role: CURATOR) }`, variables: { u: bystander } }),
  },
  updateOrganization: {
    allowed: EDITOR,
    call: async () => ({
      query: `mutation($i: UpdateOrganizationInput!) { updateOrganization(input: $i) { version } }`,
      variables: { i: { id: O(f.org), version: await version('organization', f.org), city: 'Lannion' } },
    }),
  },
  deleteOrganization: {
    allowed: EDITOR,
    call: async () => {
      await db.query(`UPDATE organization SET deleted_at = NULL WHERE id = $1`, [f.org]);
      return {
        query: `mutation($id: ID!, $v: Int!) { deleteOrganization(id: $id, version: $v) }`,
        variables: { id: O(f.org), v: await version('organization', f.org) },
      };
    },
  },
  restoreOrganization: {
    allowed: ADMIN,
    call: async () => {
      await db.query(`UPDATE organization SET deleted_at = now() WHERE id = $1`, [f.org]);
      return { query: `mutation($id: ID!) { restoreOrganization(id: $id) { id } }`, variables: { id: O(f.org) } };
    },
  },
  addCapability: {
    allowed: EDITOR,
    call: async () => ({
      query: `mutation($o: ID!) { addCapability(input: { organizationId: $o, technology: "tech.lasers", stage: "stage.components", applications: [], trl: 6 }) { id } }`,
      variables: { o: O(f.org) },
    }),
  },
  updateCapability: {
    allowed: EDITOR,
    call: async () => ({
      query: `mutation($id: ID!) { updateCapability(input: { id: $id, version: 1, trl: 7 }) { trl } }`,
      variables: { id: gid('Capability', await freshCapability()) },
    }),
  },
  removeCapability: {
    allowed: EDITOR,
    call: async () => ({
      query: `mutation($id: ID!) { removeCapability(id: $id, version: 1) }`,
      variables: { id: gid('Capability', await freshCapability()) },
    }),
  },
  openNeed: {
    allowed: EDITOR,
    call: async () => ({
      query: `mutation($o: ID!) { openNeed(input: { organizationId: $o, kind: FUNDING, description: "Series A" }) { id } }`,
      variables: { o: O(f.org) },
    }),
  },
  updateNeed: {
    allowed: EDITOR,
    call: async () => ({
      query: `mutation($id: ID!) { updateNeed(input: { id: $id, version: 1, description: "More" }) { id } }`,
      variables: { id: gid('Need', await freshNeed()) },
    }),
  },
  closeNeed: {
    allowed: EDITOR,
    call: async () => ({
      query: `mutation($id: ID!) { closeNeed(id: $id, version: 1) { status } }`,
      variables: { id: gid('Need', await freshNeed()) },
    }),
  },
  reopenNeed: {
    allowed: EDITOR,
    call: async () => ({
      query: `mutation($id: ID!) { reopenNeed(id: $id, version: 1) { status } }`,
      variables: { id: gid('Need', await freshNeed()) },
    }),
  },
  inviteMember: {
    allowed: MANAGER,
    call: async () => {
      await db.query(`DELETE FROM membership WHERE organization_id = $1 AND cluster_id = $2`, [f.spareOrg, f.cluster]);
      return {
        query: `mutation($c: ID!, $o: ID!) { inviteMember(clusterId: $c, organizationId: $o) }`,
        variables: { c: O(f.cluster), o: O(f.spareOrg) },
      };
    },
  },
  acceptMembership: {
    allowed: EDITOR,
    call: async () => {
      await db.query(`DELETE FROM membership WHERE organization_id = $1 AND cluster_id = $2`, [f.org, f.otherCluster]);
      await db.query(`INSERT INTO membership (organization_id, cluster_id, status) VALUES ($1, $2, 'INVITED')`, [f.org, f.otherCluster]);
      return {
        query: `mutation($c: ID!, $o: ID!) { acceptMembership(clusterId: $c, organizationId: $o) }`,
        variables: { c: O(f.otherCluster), o: O(f.org) },
      };
    },
  },
  removeMember: {
    allowed: MANAGER,
    call: async () => {
      await db.query(`INSERT INTO membership (organization_id, cluster_id) VALUES ($1, $2) ON CONFLICT DO NOTHING`, [
        f.spareOrg,
        f.cluster,
      ]);
      return {
        query: `mutation($c: ID!, $o: ID!) { removeMember(clusterId: $c, organizationId: $o) }`,
        variables: { c: O(f.cluster), o: O(f.spareOrg) },
      };
    },
  },
  createCommunity: {
    allowed: SIGNED_IN,
    call: async () => ({
      query: `mutation($s: String!) { createCommunity(input: { name: "New", slug: $s }) { id } }`,
      variables: { s: `matrix-${(serial += 1)}` },
    }),
  },
  updateCommunity: {
    allowed: ['member', 'editor', 'admin'],
    call: async () => ({
      query: `mutation($id: ID!, $v: Int!) { updateCommunity(input: { id: $id, version: $v, description: "About" }) { id } }`,
      variables: { id: gid('Community', f.community), v: await version('community', f.community) },
    }),
  },
  joinCommunity: {
    allowed: EDITOR,
    call: async () => {
      await db.query(`DELETE FROM community_member WHERE community_id = $1 AND organization_id = $2`, [f.otherCommunity, f.org]);
      return {
        query: `mutation($c: ID!, $o: ID!) { joinCommunity(communityId: $c, organizationId: $o) { id } }`,
        variables: { c: gid('Community', f.otherCommunity), o: O(f.org) },
      };
    },
  },
  leaveCommunity: {
    allowed: EDITOR,
    call: async () => {
      await db.query(`INSERT INTO community_member (community_id, organization_id) VALUES ($1, $2) ON CONFLICT DO NOTHING`, [
        f.otherCommunity,
        f.org,
      ]);
      return {
        query: `mutation($c: ID!, $o: ID!) { leaveCommunity(communityId: $c, organizationId: $o) { id } }`,
        variables: { c: gid('Community', f.otherCommunity), o: O(f.org) },
      };
    },
  },
  requestCommunityLink: {
    allowed: ['member', 'editor', 'admin'],
    call: async () => {
      await db.query(`DELETE FROM link WHERE kind = 'COMMUNITY'`);
      return {
        query: `mutation($a: ID!, $b: ID!) { requestCommunityLink(fromId: $a, toId: $b) { id } }`,
        variables: { a: gid('Community', f.community), b: gid('Community', f.otherCommunity) },
      };
    },
  },
  requestClusterLink: {
    allowed: MANAGER,
    call: async () => {
      await db.query(`DELETE FROM link WHERE kind = 'CLUSTER' AND (from_cluster_id IN ($1, $2) OR to_cluster_id IN ($1, $2))`, [
        f.cluster,
        f.otherCluster,
      ]);
      return {
        query: `mutation($a: ID!, $b: ID!) { requestClusterLink(fromId: $a, toId: $b, message: "Bridge?") { id } }`,
        variables: { a: O(f.cluster), b: O(f.otherCluster) },
      };
    },
  },
  respondToLink: {
    allowed: MANAGER,
    call: async () => {
      await db.query(`DELETE FROM link WHERE kind = 'CLUSTER' AND (from_cluster_id IN ($1, $2) OR to_cluster_id IN ($1, $2))`, [
        f.cluster,
        f.otherCluster,
      ]);
      const id = await insertId(`INSERT INTO link (kind, from_cluster_id, to_cluster_id) VALUES ('CLUSTER', $1, $2) RETURNING id`, [
        f.otherCluster,
        f.cluster,
      ]);
      return {
        query: `mutation($id: ID!) { respondToLink(id: $id, version: 1, accept: true) { version } }`,
        variables: { id: gid('Link', id) },
      };
    },
  },
  createAgreement: {
    allowed: MANAGER,
    call: async () => ({
      query: `mutation($i: CreateAgreementInput!) { createAgreement(input: $i) { id } }`,
      variables: {
        i: {
          clusterId: O(f.cluster),
          kind: 'MOU',
          title: 'New MoU',
          slug: `mou-${(serial += 1)}`,
          signedOn: '2025-05-01',
          signatories: [{ organizationId: O(f.otherCluster) }],
        },
      },
    }),
  },
  updateAgreement: {
    allowed: MANAGER,
    call: async () => ({
      query: `mutation($i: UpdateAgreementInput!) { updateAgreement(input: $i) { version } }`,
      variables: { i: { id: gid('Agreement', f.agreement), version: await version('agreement', f.agreement), scope: 'Photonics' } },
    }),
  },
  addSignatory: {
    allowed: MANAGER,
    call: async () => ({
      query: `mutation($a: ID!, $o: ID!) { addSignatory(agreementId: $a, organizationId: $o, signedBy: "CEO") { id } }`,
      variables: { a: gid('Agreement', f.agreement), o: O(f.spareOrg) },
    }),
  },
  removeSignatory: {
    allowed: MANAGER,
    call: async () => {
      await db.query(`INSERT INTO agreement_signatory (agreement_id, organization_id) VALUES ($1, $2) ON CONFLICT DO NOTHING`, [
        f.agreement,
        f.spareOrg,
      ]);
      return {
        query: `mutation($a: ID!, $o: ID!) { removeSignatory(agreementId: $a, organizationId: $o) { id } }`,
        variables: { a: gid('Agreement', f.agreement), o: O(f.spareOrg) },
      };
    },
  },
  createEvent: {
    allowed: MANAGER,
    call: async () => ({
      query: `mutation($i: CreateEventInput!) { createEvent(input: $i) { id } }`,
      variables: {
        i: {
          organizerId: O(f.cluster),
          kind: 'TRADE_MISSION',
          title: 'Mission',
          slug: `mission-${(serial += 1)}`,
          startsOn: '2025-06-01',
          endsOn: '2025-06-03',
          targetCountries: ['JP'],
        },
      },
    }),
  },
  updateEvent: {
    allowed: MANAGER,
    call: async () => ({
      query: `mutation($i: UpdateEventInput!) { updateEvent(input: $i) { version } }`,
      variables: { i: { id: gid('Event', f.event), version: await version('event', f.event), outcomes: '12 meetings' } },
    }),
  },
  setEventParticipant: {
    allowed: MANAGER,
    call: async () => ({
      query: `mutation($i: EventParticipantInput!) { setEventParticipant(input: $i) { id } }`,
      variables: { i: { eventId: gid('Event', f.event), organizationId: O(f.org), outcome: 'Two leads' } },
    }),
  },
  removeEventParticipant: {
    allowed: MANAGER,
    call: async () => {
      await db.query(`INSERT INTO event_participant (event_id, organization_id) VALUES ($1, $2) ON CONFLICT DO NOTHING`, [
        f.event,
        f.spareOrg,
      ]);
      return {
        query: `mutation($i: EventParticipantInput!) { removeEventParticipant(input: $i) { id } }`,
        variables: { i: { eventId: gid('Event', f.event), organizationId: O(f.spareOrg) } },
      };
    },
  },
  setKpiValue: {
    allowed: MANAGER,
    call: async () => ({
      query: `mutation($c: ID!, $k: String!) { setKpiValue(input: { clusterId: $c, kpi: $k, kind: "TARGET", period: "2026", value: 40 }) { id } }`,
      variables: { c: O(f.cluster), k: f.kpi },
    }),
  },
  expressFundingInterest: {
    allowed: EDITOR,
    call: async () => ({
      query: `mutation($c: ID!, $o: ID!) { expressFundingInterest(input: { callId: $c, organizationId: $o }) { id } }`,
      variables: { c: gid('FundingCall', await freshFundingCall()), o: O(f.org) },
    }),
  },
  withdrawFundingInterest: {
    allowed: EDITOR,
    call: async () => {
      const id = await freshFundingCall();
      await db.query(`INSERT INTO funding_interest (call_id, organization_id) VALUES ($1, $2)`, [id, f.org]);
      return {
        query: `mutation($c: ID!, $o: ID!) { withdrawFundingInterest(callId: $c, organizationId: $o) }`,
        variables: { c: gid('FundingCall', id), o: O(f.org) },
      };
    },
  },
  createRoadmapAction: {
    allowed: MANAGER,
    call: async () => ({
      query: `mutation($c: ID!, $s: String!) { createRoadmapAction(input: { ownerClusterId: $c, slug: $s, title: "Action", startsOn: "2026-01-01", endsOn: "2026-02-01" }) { id } }`,
      variables: { c: O(f.cluster), s: `matrix-new-action-${(serial += 1)}` },
    }),
  },
  updateRoadmapAction: {
    allowed: MANAGER,
    call: async () => {
      const id = await freshRoadmapAction();
      return {
        query: `mutation($i: ID!) { updateRoadmapAction(input: { id: $i, version: 1, title: "Renamed" }) { id } }`,
        variables: { i: gid('RoadmapAction', id) },
      };
    },
  },
  deleteRoadmapAction: {
    allowed: MANAGER,
    call: async () => ({
      query: `mutation($i: ID!) { deleteRoadmapAction(id: $i) }`,
      variables: { i: gid('RoadmapAction', await freshRoadmapAction()) },
    }),
  },
  reportRoadmapProgress: {
    allowed: ['editor', 'manager', 'admin'],
    call: async () => ({
      query: `mutation($i: ID!) { reportRoadmapProgress(input: { actionId: $i, progress: 40, reportedOn: "2026-03-01" }) { id } }`,
      variables: { i: gid('RoadmapAction', await freshRoadmapAction()) },
    }),
  },
  deleteKpiValue: {
    allowed: MANAGER,
    call: async () => {
      await db.query(
        `INSERT INTO kpi_value (cluster_id, kpi_id, kind, period, value) SELECT $1, id, 'MEASUREMENT', '2024', 3 FROM kpi_definition WHERE code = $2 ON CONFLICT DO NOTHING`,
        [f.cluster, f.kpi],
      );
      return {
        query: `mutation($c: ID!, $k: String!) { deleteKpiValue(input: { clusterId: $c, kpi: $k, kind: "MEASUREMENT", period: "2024" }) }`,
        variables: { c: O(f.cluster), k: f.kpi },
      };
    },
  },
  proposeTerm: {
    allowed: SIGNED_IN,
    call: async () => ({
      query: `mutation($c: String!) { proposeTerm(input: { code: $c, parent: "tech.lasers", labels: { en: "Proposed" }, reason: "Needed" }) { id } }`,
      variables: { c: `tech.proposed-${(serial += 1)}` },
    }),
  },
  approveTerm: {
    allowed: CURATOR,
    call: async () => ({
      query: `mutation($id: ID!) { approveTerm(id: $id, version: 1) { status } }`,
      variables: { id: gid('Term', await freshTerm('PROPOSED')) },
    }),
  },
  rejectTerm: {
    allowed: CURATOR,
    call: async () => ({
      query: `mutation($id: ID!) { rejectTerm(id: $id, version: 1) { status } }`,
      variables: { id: gid('Term', await freshTerm('PROPOSED')) },
    }),
  },
  deprecateTerm: {
    allowed: CURATOR,
    call: async () => ({
      query: `mutation($id: ID!) { deprecateTerm(id: $id, version: 1, replacement: "tech.lasers") { status } }`,
      variables: { id: gid('Term', await freshTerm('APPROVED')) },
    }),
  },
  mergeTerm: {
    allowed: CURATOR,
    call: async () => ({
      query: `mutation($id: ID!) { mergeTerm(id: $id, version: 1, into: "tech.lasers") { status } }`,
      variables: { id: gid('Term', await freshTerm('APPROVED')) },
    }),
  },
  publishSchemeRelease: {
    allowed: CURATOR,
    call: async () => ({
      query: `mutation($v: String!) { publishSchemeRelease(version: $v) { version } }`,
      variables: { v: `1.0.${(serial += 1)}` },
    }),
  },
  createKnowledgeArticle: {
    allowed: ['editor', 'curator', 'admin'],
    call: async () => ({
      query: `mutation($i: CreateKnowledgeArticleInput!) { createKnowledgeArticle(input: $i) { id } }`,
      variables: {
        i: { slug: `matrix-article-${(serial += 1)}`, kind: 'GUIDE', language: 'EN', title: 'Guide', body: 'Text', authorIds: [O(f.org)] },
      },
    }),
  },
  updateKnowledgeArticle: {
    allowed: ['editor', 'curator', 'admin'],
    call: async () => ({
      query: `mutation($i: UpdateKnowledgeArticleInput!) { updateKnowledgeArticle(input: $i) { version } }`,
      variables: { i: { id: gid('KnowledgeArticle', await freshArticle()), version: 1, title: 'Changed' } },
    }),
  },
  submitAssessment: {
    allowed: EDITOR,
    call: async () => ({
      query: `mutation($i: SubmitAssessmentInput!) { submitAssessment(input: $i) { id } }`,
      variables: { i: { organizationId: O(f.org), answers: answers(ANSWER_SETS.mixed) } },
    }),
  },
  setAssessmentSharing: {
    allowed: EDITOR,
    call: async () => {
      const id = await insertId(
        `INSERT INTO assessment (organization_id, questionnaire_version, answers, dimension_scores, overall_score, level) VALUES ($1, 1, '[]', '[]', 50, 'DEVELOPING') RETURNING id`,
        [f.org],
      );
      return {
        query: `mutation($i: AssessmentSharingInput!) { setAssessmentSharing(input: $i) { version } }`,
        variables: { i: { id: gid('Assessment', id), version: 1, shared: true } },
      };
    },
  },
  createFundingCall: {
    allowed: CURATOR,
    call: async () => ({
      query: `mutation($i: CreateFundingCallInput!) { createFundingCall(input: $i) { id } }`,
      variables: {
        i: {
          slug: `matrix-new-call-${(serial += 1)}`,
          programme: 'Matrix',
          identifier: 'M-2',
          title: 'Call',
          deadline: '2099-01-01',
          url: 'https://example.org',
        },
      },
    }),
  },
  updateFundingCall: {
    allowed: CURATOR,
    call: async () => ({
      query: `mutation($i: UpdateFundingCallInput!) { updateFundingCall(input: $i) { version } }`,
      variables: { i: { id: gid('FundingCall', await freshFundingCall()), version: 1, title: 'Changed' } },
    }),
  },
  deleteFundingCall: {
    allowed: CURATOR,
    call: async () => ({
      query: `mutation($i: DeleteFundingCallInput!) { deleteFundingCall(input: $i) { id } }`,
      variables: { i: { id: gid('FundingCall', await freshFundingCall()), version: 1 } },
    }),
  },
  deleteKnowledgeArticle: {
    allowed: ['editor', 'curator', 'admin'],
    call: async () => ({
      query: `mutation($i: DeleteKnowledgeArticleInput!) { deleteKnowledgeArticle(input: $i) { id } }`,
      variables: { i: { id: gid('KnowledgeArticle', await freshArticle()), version: 1 } },
    }),
  },
};

/** Mutations owned by other modules: their own tests cover them; here the deny-by-default floor. */
const FLOOR_ONLY = new Set(['createApiKey', 'revokeApiKey', 'importMembers']);

/** A well-typed value for an argument, so that a call reaches the guard rather than failing validation. */
function sampleValue(type: GraphQLInputType): unknown {
  if (isNonNullType(type)) return sampleValue(type.ofType);
  if (isListType(type)) return [];
  if (isEnumType(type)) return type.getValues()[0]!.value;
  if (isInputObjectType(type)) {
    const fields = Object.values(type.getFields()).filter((field) => isNonNullType(field.type));
    return Object.fromEntries(fields.map((field) => [field.name, sampleValue(field.type)]));
  }
  if (isScalarType(type)) {
    if (type.name === 'Int' || type.name === 'Float') return 1;
    if (type.name === 'Boolean') return true;
    if (type.name === 'ID') return gid('Organization', 1);
  }
  return 'x';
}

function mutationNames(schema: GraphQLSchema): string[] {
  return Object.keys(schema.getMutationType()?.getFields() ?? {}).sort();
}

describe('authorization', () => {
  beforeAll(async () => {
    await resetDatabase({ demo: 30 });
    api = await startTestApi();
    db = await openTestDataSource();
    f = await createAuthorizationFixture(api, db);
    bystander = (await signUpUser(api, 'bystander@matrix.test')).globalId;
  });
  afterAll(async () => {
    await db.destroy();
    await api.stop();
  });

  it('guards every mutation with @Authorized (type-graphql metadata)', () => {
    getSchema();
    const storage = getMetadataStorage();
    const unguarded = storage.mutations
      .filter((m) => !storage.authorizedFields.some((a) => a.target === m.target && a.fieldName === m.methodName))
      .map((m) => m.schemaName);
    expect(unguarded).toEqual([]);
  });

  it('has a rule in the matrix for every mutation of the schema', () => {
    const missing = mutationNames(getSchema()).filter((name) => !RULES[name] && !FLOOR_ONLY.has(name));
    expect(missing).toEqual([]);
  });

  it('answers every mutation × role cell as the rule says', async () => {
    const failures: string[] = [];
    const names = mutationNames(getSchema()).filter((n) => RULES[n]);
    for (const name of names) {
      const rule = RULES[name]!;
      for (const role of ROLES) {
        const call = await rule.call(role);
        const res = await api.graphql(call.query, call.variables, call.headers ?? f.headers[role]);
        const code = res.body.errors?.[0]?.extensions?.code as string | undefined;
        const denied = code === 'FORBIDDEN' || code === 'UNAUTHENTICATED';
        const expected = rule.allowed.includes(role) ? 'allowed' : role === 'anonymous' ? 'UNAUTHENTICATED' : 'FORBIDDEN';
        const actual = denied
          ? code
          : code === undefined
            ? 'allowed'
            : code === 'INTERNAL_SERVER_ERROR'
              ? 'INTERNAL_SERVER_ERROR'
              : 'allowed';
        if (expected !== actual)
          failures.push(`${name} × ${role}: expected ${expected}, got ${actual} ${JSON.stringify(res.body.errors?.[0]?.message ?? '')}`);
      }
    }
    expect(failures).toEqual([]);
  });

  it('denies other modules’ mutations to anonymous callers and does not let plain members through', async () => {
    const schema = getSchema();
    const failures: string[] = [];
    for (const name of mutationNames(schema).filter((n) => FLOOR_ONLY.has(n))) {
      const field = schema.getMutationType()!.getFields()[name]!;
      const required = field.args.filter((a) => isNonNullType(a.type));
      const decl = required.map((a) => `$${a.name}: ${String(a.type)}`).join(', ');
      const use = required.map((a) => `${a.name}: $${a.name}`).join(', ');
      const query = `mutation${decl ? `(${decl})` : ''} { ${name}${use ? `(${use})` : ''} { __typename } }`;
      const variables = Object.fromEntries(required.map((a) => [a.name, sampleValue(a.type)]));
      const anonymous = await api.graphql(query, variables);
      const code = anonymous.body.errors?.[0]?.extensions?.code;
      if (code !== 'UNAUTHENTICATED') failures.push(`${name} × anonymous: expected UNAUTHENTICATED, got ${String(code)}`);
      // A plain member is refused, by the guard or by the owning module's scope check on the sample IDs.
      const member = await api.graphql(query, variables, f.headers.member);
      if (!member.body.errors?.length) failures.push(`${name} × member: expected a refusal, got success`);
    }
    expect(failures).toEqual([]);
  });
});
