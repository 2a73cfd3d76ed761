import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

export enum SourceKind {
  Government = 'government',
  Military = 'military',
  Media = 'media',
  Ngo = 'ngo',
  Intergovernmental = 'intergovernmental',
  Person = 'person',
}

/**
 * A normalised actor or publisher ("Russian Ministry of Defence", aliases "Russia's
 * Defense Ministry", "the Russian military"). The engine ships a curated list; a row is
 * created here the first time a claim refers to one, and newsrooms may add their own.
 */
@Entity({ name: 'sources' })
export class SourceEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  /** Stable key shared with the engine's curated list (e.g. "ru-ministry-of-defence"). */
  @Index('uq_sources_slug', { unique: true })
  @Column({ type: 'text' })
  slug!: string;

  @Column({ type: 'text' })
  name!: string;

  @Column({ type: 'enum', enum: SourceKind, enumName: 'source_kind' })
  kind!: SourceKind;

  /** ISO 3166-1 alpha-2, or null for international bodies. */
  @Column({ type: 'char', length: 2, nullable: true })
  country!: string | null;

  @Column({ type: 'text', array: true, default: () => "'{}'" })
  aliases!: string[];

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}
