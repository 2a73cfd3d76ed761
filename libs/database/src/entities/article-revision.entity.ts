import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, Unique } from 'typeorm';
import type { ArticleEntity } from './article.entity';
import type { UserEntity } from './user.entity';

/**
 * One version of an article's text as it was submitted. Revision 1 is the original; a
 * submission at the same URL with other text adds the next one. Rows are never changed
 * after they are written (but for `extractedAt`), so every version stays readable.
 */
@Entity({ name: 'article_revisions' })
@Unique('uq_article_revisions_article_revision', ['articleId', 'revision'])
export class ArticleRevisionEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'article_id', type: 'uuid' })
  articleId!: string;

  @ManyToOne('ArticleEntity', { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'article_id' })
  article?: ArticleEntity;

  /** 1, 2, 3… in the order they were received. */
  @Column({ type: 'int' })
  revision!: number;

  @Column({ type: 'text' })
  title!: string;

  @Column({ type: 'text' })
  body!: string;

  /** SHA-256 (hex) of the normalised body (see content-identity.ts): how the same text is recognised at another URL. */
  @Index('idx_article_revisions_content_hash')
  @Column({ name: 'content_hash', type: 'text' })
  contentHash!: string;

  /** The normalised URL it was submitted with, if any. */
  @Column({ type: 'text', nullable: true })
  url!: string | null;

  @Column({ name: 'received_at', type: 'timestamptz', default: () => 'now()' })
  receivedAt!: Date;

  @Column({ name: 'submitted_by', type: 'uuid', nullable: true })
  submittedById!: string | null;

  @ManyToOne('UserEntity', { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'submitted_by' })
  submittedBy?: UserEntity | null;

  /** When this revision's claims were stored; null while it waits for extraction (or was overtaken by a newer one). */
  @Column({ name: 'extracted_at', type: 'timestamptz', nullable: true })
  extractedAt!: Date | null;
}
