import { getNamedType, isObjectType, type GraphQLObjectType } from 'graphql';
import { getSchema } from '../../src/graphql/schema';
import { FIELD_COLUMNS } from '../../src/modules/organizations/organization-columns';
import { resetDatabase } from '../support/database';
import { startTestApi, type TestApi } from '../support/api';

/**
 * Organization lists read only the columns of the fields a request selects. Whatever is selected,
 * a listed organization must show what the full record (node lookup) shows.
 */
let api: TestApi;

beforeAll(async () => {
  await resetDatabase({ demo: 40 });
  api = await startTestApi();
});

afterAll(async () => {
  await api.stop();
});

/** Every Organization field without arguments, with a sub-selection for object types that are not lists of nodes. */
function plainFields(): string[] {
  const organization = getSchema().getType('Organization') as GraphQLObjectType;
  return Object.values(organization.getFields())
    .filter((field) => field.args.length === 0)
    .flatMap((field) => {
      const type = getNamedType(field.type);
      if (!isObjectType(type)) return [field.name];
      const leaves = Object.values(type.getFields()).filter((f) => !isObjectType(getNamedType(f.type)) && f.args.length === 0);
      return leaves.length === Object.keys(type.getFields()).length ? [`${field.name} { ${leaves.map((f) => f.name).join(' ')} }`] : [];
    });
}

type Organization = Record<string, unknown> & { id: string };

/** The same organizations listed (selection through a fragment) and looked up one by one. */
async function listAndLookUp(selection: string) {
  const listed = await api.graphql<{ organizations: { nodes: Organization[] } }>(
    `{ organizations(first: 12) { nodes { id ...Fields } } } fragment Fields on Organization { ${selection} }`,
  );
  expect(listed.body.errors).toBeUndefined();
  const nodes = listed.body.data!.organizations.nodes;
  expect(nodes.length).toBeGreaterThan(0);
  const full = await api.graphql<Record<string, Organization>>(
    `{ ${nodes.map((node, i) => `n${i}: node(id: "${node.id}") { id ... on Organization { ${selection} } }`).join(' ')} }`,
  );
  expect(full.body.errors).toBeUndefined();
  return { listed: nodes, full: nodes.map((_, i) => full.body.data![`n${i}`]!) };
}

it('lists every plain field as the full record shows it', async () => {
  const fields = plainFields();
  expect(fields.length).toBeGreaterThan(15);
  const { listed, full } = await listAndLookUp(fields.join(' '));
  expect(listed).toEqual(full);
});

it('reads a field the selection leaves out of the other columns only when it is asked', async () => {
  for (const field of Object.keys(FIELD_COLUMNS)) {
    const selection = plainFields().find((f) => f.split(' ')[0] === field)!;
    const { listed, full } = await listAndLookUp(selection);
    expect(listed).toEqual(full);
  }
});

it('lists members with the fields they select, like the full record', async () => {
  const members = await api.graphql<{ organizations: { nodes: { members: { nodes: Organization[] } }[] } }>(
    `{ organizations(first: 3, filter: { kinds: [CLUSTER] }) { nodes { members(first: 5) { nodes { id ... on Organization { city foundedYear updatedAt } } } } } }`,
  );
  expect(members.body.errors).toBeUndefined();
  const listedMembers = members.body.data!.organizations.nodes.flatMap((c) => c.members.nodes);
  expect(listedMembers.length).toBeGreaterThan(0);
  for (const member of listedMembers) {
    const full = await api.graphql<{ node: Organization }>(
      `{ node(id: "${member.id}") { id ... on Organization { city foundedYear updatedAt } } }`,
    );
    expect(member).toEqual(full.body.data!.node);
  }
});
