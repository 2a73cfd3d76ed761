import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import type { ArticleEntity } from './article.entity';
import type { UserEntity } from './user.entity';

/**
 * Where an article's text was seen: the original submission's URL and publisher, then
 * each other outlet (or URL) that carried the same text. A URL seen here belongs to this
 * article: new text at that URL is a revision of it.
 */
@Entity({ name: 'article_appearances' })
@Index('idx_article_appearances_url', ['url'], { where: 'url IS NOT NULL' })
export class ArticleAppearanceEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Index('idx_article_appearances_article')
  @Column({ name: 'article_id', type: 'uuid' })
  articleId!: string;

  @ManyToOne('ArticleEntity', { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'article_id' })
  article?: ArticleEntity;

  /** Normalised URL, when the submission had one. */
  @Column({ type: 'text', nullable: true })
  url!: string | null;

  @Column({ type: 'text', nullable: true })
  publisher!: string | null;

  /** The title this outlet gave it. */
  @Column({ type: 'text' })
  title!: string;

  /** The article's revision when this appearance was first seen. */
  @Column({ type: 'int' })
  revision!: number;

  @Column({ name: 'first_seen_at', type: 'timestamptz', default: () => 'now()' })
  firstSeenAt!: Date;

  @Column({ name: 'submitted_by', type: 'uuid', nullable: true })
  submittedById!: string | null;

  @ManyToOne('UserEntity', { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'submitted_by' })
  submittedBy?: UserEntity | null;
}
