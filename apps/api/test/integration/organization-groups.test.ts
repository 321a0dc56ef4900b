import type { DataSource } from 'typeorm';
import { createContext } from '../../src/graphql/context';
import { Database } from '../../src/graphql/database';
import { organizationGroupsLoader, type OrganizationGroupKind } from '../../src/modules/organizations/organization-groups';
import { OrganizationSort, type OrganizationsArgs } from '../../src/modules/organizations/organization.args';
import { loadTaxonomy } from '../../src/modules/taxonomy/taxonomy-snapshot';
import { Facet } from '../../src/modules/taxonomy/term.type';
import { startTestApi, type TestApi } from '../support/api';
import { openTestDataSource, resetDatabase } from '../support/database';

/**
 * A group's page (a term's providers, a cluster's or community's members) is read from its
 * candidates (the organizations of its matching capabilities, its members) when there are few, and
 * by walking the sort order when there are many. Both ways must give the same pages.
 */
let api: TestApi;
let dataSource: DataSource;

beforeAll(async () => {
  await resetDatabase({ demo: 300 });
  api = await startTestApi();
  dataSource = await openTestDataSource();
});

afterAll(async () => {
  await api.stop();
  await dataSource.destroy();
});

interface Page {
  nodes: { slug: string }[];
  pageInfo: { endCursor: string | null; hasNextPage: boolean };
}

const PAGE = 'nodes { slug } pageInfo { endCursor hasNextPage }';

describe("a term's providers", () => {
  it('are the organizations that filtering by the term finds, page by page, with the same cursors', async () => {
    const providers = await api.graphql<{ terms: { nodes: { code: string; providers: Page }[] } }>(
      `query { terms(facet: TECHNOLOGY, first: 30) { nodes { code providers(first: 4, filter: { minTrl: 3 }) { ${PAGE} } } } }`,
    );
    expect(providers.body.errors).toBeUndefined();
    const terms = providers.body.data!.terms.nodes;
    expect(terms.filter((t) => t.providers.nodes.length > 0).length).toBeGreaterThan(5);
    for (const term of terms) {
      const direct = await api.graphql<{ organizations: Page }>(
        `query ($code: String!) { organizations(first: 4, filter: { technologies: [$code], minTrl: 3 }) { ${PAGE} } }`,
        { code: term.code },
      );
      expect(direct.body.errors).toBeUndefined();
      expect(term.providers).toEqual(direct.body.data!.organizations);
    }
  });

  it('are the same read from the capabilities (sparse) and by walking the sort order (dense)', async () => {
    const context = createContext(new Database(dataSource), 'organization-groups-test');
    const taxonomy = await loadTaxonomy(context);
    const cases: { kind: OrganizationGroupKind; facet: Facet; args: OrganizationsArgs }[] = [
      { kind: 'TECHNOLOGY', facet: Facet.TECHNOLOGY, args: { first: 5 } },
      { kind: 'APPLICATION', facet: Facet.APPLICATION, args: { first: 3, filter: { minTrl: 4 } } },
      { kind: 'APPLICATION', facet: Facet.APPLICATION, args: { last: 2 } },
      { kind: 'STAGE', facet: Facet.STAGE, args: { first: 7, filter: { countries: ['FR', 'DE'] } } },
      { kind: 'TECHNOLOGY', facet: Facet.TECHNOLOGY, args: { first: 5, filter: { search: 'photonics' } } },
    ];
    let compared = 0;
    for (const { kind, facet, args } of cases) {
      const groups = taxonomy
        .all()
        .filter((term) => term.facet === facet)
        .map((term) => ({ key: term.dbId, ids: [term.dbId, ...taxonomy.descendantsOf(term.dbId).map((d) => d.dbId)] }));
      const pages = async (sparseCandidates: number) => {
        const loader = organizationGroupsLoader(context, kind, args, { sparseCandidates });
        const connections = await Promise.all(groups.map((group) => loader.load(group)));
        return connections.map((c) => ({ slugs: c.nodes.map((o) => o.slug), cursors: c.edges.map((e) => e.cursor), pageInfo: c.pageInfo }));
      };
      const sparse = await pages(1_000_000);
      const dense = await pages(0);
      expect(sparse).toEqual(dense);
      compared += sparse.filter((page) => page.slugs.length > 0).length;
    }
    expect(compared).toBeGreaterThan(20);
  });
});

describe("a cluster's and a community's members", () => {
  it('are the same read from the members in name order, from the memberships (sparse) and by walking the sort order (dense)', async () => {
    // Invitations are not members: some of them, so that reading from memberships must leave them out.
    await dataSource.query("UPDATE membership SET status = 'INVITED' WHERE organization_id % 4 = 0");
    // A rename moves a member within its groups' name order (the member rows follow it by trigger).
    await dataSource.query(
      "UPDATE organization SET name = 'AAA ' || name WHERE id IN (SELECT organization_id FROM membership WHERE organization_id % 4 <> 0 ORDER BY organization_id LIMIT 3)",
    );
    await dataSource.query(
      "UPDATE organization SET name = 'AAB ' || name WHERE id IN (SELECT organization_id FROM community_member ORDER BY organization_id LIMIT 3)",
    );
    const context = createContext(new Database(dataSource), 'organization-group-members-test');
    const clusters = (await dataSource.query("SELECT id FROM organization WHERE kind = 'CLUSTER'")) as { id: number }[];
    const communities = (await dataSource.query('SELECT id FROM community')) as { id: number }[];
    const cases: { kind: OrganizationGroupKind; ids: number[]; args: OrganizationsArgs }[] = [
      { kind: 'CLUSTER', ids: clusters.map((c) => c.id), args: { first: 6 } },
      { kind: 'CLUSTER', ids: clusters.map((c) => c.id), args: { last: 3, filter: { countries: ['FR', 'DE', 'IT'] } } },
      { kind: 'CLUSTER', ids: clusters.map((c) => c.id), args: { first: 4, filter: { technologies: ['tech.light-sources-lasers'] } } },
      { kind: 'CLUSTER', ids: clusters.map((c) => c.id), args: { first: 4, sort: OrganizationSort.NEWEST } },
      { kind: 'COMMUNITY', ids: communities.map((c) => c.id), args: { first: 5 } },
    ];
    let compared = 0;
    for (const { kind, ids, args } of cases) {
      const pages = async (options: { sparseCandidates: number; byMemberNames: boolean }) => {
        const loader = organizationGroupsLoader(context, kind, args, options);
        const connections = await Promise.all(ids.map((id) => loader.load({ key: id, ids: [id] })));
        const counts = await Promise.all(connections.map((c) => c.countTotal()));
        return connections.map((c, i) => ({
          slugs: c.nodes.map((o) => o.slug),
          cursors: c.edges.map((e) => e.cursor),
          pageInfo: c.pageInfo,
          total: counts[i],
        }));
      };
      const byName = await pages({ sparseCandidates: 1_000_000, byMemberNames: true });
      expect(await pages({ sparseCandidates: 1_000_000, byMemberNames: false })).toEqual(byName);
      expect(await pages({ sparseCandidates: 0, byMemberNames: false })).toEqual(byName);
      compared += byName.filter((page) => page.slugs.length > 0).length;
    }
    expect(compared).toBeGreaterThan(8);
  });
});
