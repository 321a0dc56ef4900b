import type { DataSource } from 'typeorm';

export interface FixtureOrganization {
  slug: string;
  kind?: string;
  country: string;
  region?: string | null;
  verified?: boolean;
}

/** Hand-built network data inserted with plain SQL, for tests whose right answer is known. */
export class NetworkFixture {
  private constructor(
    readonly dataSource: DataSource,
    private readonly terms: Map<string, number>,
  ) {}

  static async open(dataSource: DataSource): Promise<NetworkFixture> {
    const rows = (await dataSource.query('SELECT id, code FROM term')) as { id: number; code: string }[];
    return new NetworkFixture(dataSource, new Map(rows.map((r) => [r.code, r.id])));
  }

  term(code: string): number {
    const id = this.terms.get(code);
    if (id === undefined) throw new Error(`No term ${code} in the fixture taxonomy.`);
    return id;
  }

  private async insert(sql: string, params: unknown[]): Promise<number> {
    const rows = (await this.dataSource.query(sql, params)) as { id: number }[];
    return rows[0]!.id;
  }

  organization(o: FixtureOrganization): Promise<number> {
    return this.insert(
      `INSERT INTO organization (slug, name, kind, country, region, verified) VALUES ($1, $2, $3, $4, $5, $6) RETURNING id`,
      [o.slug, o.slug.replace(/-/g, ' '), o.kind ?? 'SME', o.country, o.region ?? null, o.verified ?? false],
    );
  }

  async capability(
    organizationId: number,
    technology: string,
    stage: string,
    trl: number,
    applications: string[],
    createdAt?: string,
  ): Promise<number> {
    const id = await this.insert(
      `INSERT INTO capability (organization_id, technology_id, stage_id, trl, created_at) VALUES ($1, $2, $3, $4, COALESCE($5::timestamptz, now())) RETURNING id`,
      [organizationId, this.term(technology), this.term(stage), trl, createdAt ?? null],
    );
    for (const application of applications) {
      await this.dataSource.query('INSERT INTO capability_application (capability_id, application_id) VALUES ($1, $2)', [
        id,
        this.term(application),
      ]);
    }
    return id;
  }

  async member(organizationId: number, clusterId: number, status: 'ACTIVE' | 'INVITED' = 'ACTIVE'): Promise<void> {
    await this.dataSource.query('INSERT INTO membership (organization_id, cluster_id, status) VALUES ($1, $2, $3)', [
      organizationId,
      clusterId,
      status,
    ]);
  }

  need(
    organizationId: number,
    need: { kind: string; technology?: string; stage?: string; country?: string; status?: string; createdAt?: string },
  ): Promise<number> {
    return this.insert(
      `INSERT INTO need (organization_id, kind, technology_id, stage_id, country, status, created_at)
       VALUES ($1, $2, $3, $4, $5, $6, COALESCE($7::timestamptz, now())) RETURNING id`,
      [
        organizationId,
        need.kind,
        need.technology ? this.term(need.technology) : null,
        need.stage ? this.term(need.stage) : null,
        need.country ?? null,
        need.status ?? 'OPEN',
        need.createdAt ?? null,
      ],
    );
  }

  exportInterest(organizationId: number, country: string, application?: string): Promise<number> {
    return this.insert('INSERT INTO export_interest (organization_id, country, application_id) VALUES ($1, $2, $3) RETURNING id', [
      organizationId,
      country,
      application ? this.term(application) : null,
    ]);
  }
}
