import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  OneToMany,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
} from 'typeorm';
import type { ClaimEntity } from './claim.entity';
import type { UserEntity } from './user.entity';

export enum ArticleStatus {
  Received = 'received',
  Extracting = 'extracting',
  Extracted = 'extracted',
  Failed = 'failed',
}

@Entity({ name: 'articles' })
@Index('idx_articles_created_at_id', ['createdAt', 'id'])
export class ArticleEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  /** The current revision's title and body (every revision is kept in article_revisions). */
  @Column({ type: 'text' })
  title!: string;

  @Column({ type: 'text' })
  body!: string;

  /** Normalised URL of the original submission (its first appearance); new text at it is a new revision. */
  @Index('uq_articles_url', { unique: true, where: 'url IS NOT NULL' })
  @Column({ type: 'text', nullable: true })
  url!: string | null;

  @Column({ type: 'text', nullable: true })
  publisher!: string | null;

  @Column({ type: 'text', nullable: true })
  language!: string | null;

  /** What the engine detected (ISO 639-1), whatever the submitter declared; null when unsure. */
  @Column({ name: 'detected_language', type: 'text', nullable: true })
  detectedLanguage!: string | null;

  /** The desk its claims are reviewed by. */
  @Column({ type: 'text', default: 'general' })
  desk!: string;

  /** The publisher's reach in [0,1]: claims from wider-read articles are checked first. */
  @Column({ type: 'double precision', default: 0.5 })
  reach!: number;

  @Column({ name: 'published_at', type: 'timestamptz', nullable: true })
  publishedAt!: Date | null;

  /**
   * SHA-256 (hex) of the current revision's normalised body. Every revision's hash is in
   * article_revisions, where submissions look it up (under an advisory lock, see article-submission.ts).
   */
  @Index('idx_articles_content_hash')
  @Column({ name: 'content_hash', type: 'text' })
  contentHash!: string;

  /** The current (newest) revision: title, body and contentHash above are its. */
  @Column({ type: 'int', default: 1 })
  revision!: number;

  @Index('idx_articles_status')
  @Column({ type: 'enum', enum: ArticleStatus, enumName: 'article_status', default: ArticleStatus.Received })
  status!: ArticleStatus;

  /** Last extraction error, kept when extraction failed after its retries. */
  @Column({ name: 'extraction_error', type: 'text', nullable: true })
  extractionError!: string | null;

  @Column({ name: 'extraction_attempts', type: 'int', default: 0 })
  extractionAttempts!: number;

  @Column({ name: 'submitted_by', type: 'uuid', nullable: true })
  submittedById!: string | null;

  @ManyToOne('UserEntity', { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'submitted_by' })
  submittedBy?: UserEntity | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;

  @Column({ name: 'extracted_at', type: 'timestamptz', nullable: true })
  extractedAt!: Date | null;

  @OneToMany('ClaimEntity', (claim: ClaimEntity) => claim.article)
  claims?: ClaimEntity[];
}
