import { Injectable } from '@nestjs/common';
import { EntityManager, In } from 'typeorm';
import { SourceEntity, SourceKind } from '@factdesk/database';
import { defaultSourceRegistry, type SourceRef } from '@factdesk/extraction';

/**
 * Normalised sources in PostgreSQL. The engine's curated list is the seed: a row is
 * created the first time something refers to a curated source; rows newsrooms add
 * themselves are matched by name and alias.
 */
@Injectable()
export class SourcesService {
  /** Rows for these curated sources, created on first use; returns slug → id. */
  async ensure(manager: EntityManager, refs: Array<SourceRef | null>): Promise<Map<string, string>> {
    const bySlug = new Map<string, SourceRef>();
    for (const ref of refs) if (ref) bySlug.set(ref.id, ref);
    if (bySlug.size === 0) return new Map();
    const rows = [...bySlug.values()].map((ref) => ({
      slug: ref.id,
      name: ref.name,
      kind: ref.kind as SourceKind,
      country: ref.country,
      aliases: [...(defaultSourceRegistry.get(ref.id)?.aliases ?? [])],
    }));
    await manager.createQueryBuilder().insert().into(SourceEntity).values(rows).orIgnore().execute();
    const stored = await manager.find(SourceEntity, { select: { id: true, slug: true }, where: { slug: In([...bySlug.keys()]) } });
    return new Map(stored.map((source) => [source.slug, source.id]));
  }

  /** The source a free-text name stands for ("Reuters", "the Russian military"), or null. */
  async match(manager: EntityManager, name: string): Promise<SourceEntity | null> {
    const curated = defaultSourceRegistry.resolve(name);
    if (curated) {
      const ids = await this.ensure(manager, [curated]);
      return manager.findOneBy(SourceEntity, { id: ids.get(curated.id)! });
    }
    const rows = (await manager.query(
      `SELECT id FROM sources WHERE lower(name) = lower($1) OR lower($1) = ANY (SELECT lower(alias) FROM unnest(aliases) AS alias) LIMIT 1`,
      [name.trim()],
    )) as Array<{ id: string }>;
    return rows[0] ? manager.findOneBy(SourceEntity, { id: rows[0].id }) : null;
  }
}
