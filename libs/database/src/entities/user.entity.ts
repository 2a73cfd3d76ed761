import { Column, CreateDateColumn, Entity, JoinColumn, ManyToOne, OneToMany, PrimaryGeneratedColumn } from 'typeorm';
import type { ApiKeyEntity } from './api-key.entity';
import { Role } from './role';

@Entity({ name: 'users' })
export class UserEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'text' })
  name!: string;

  @Column({ type: 'enum', enum: Role, enumName: 'user_role' })
  role!: Role;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  /** A disabled user's keys all stop working (within AUTH_CACHE_TTL_MS); enabling restores them. */
  @Column({ name: 'disabled_at', type: 'timestamptz', nullable: true })
  disabledAt!: Date | null;

  /** The admin who disabled the user; null when disabled from the command line (or never). */
  @Column({ name: 'disabled_by', type: 'uuid', nullable: true })
  disabledBy!: string | null;

  /**
   * argon2id (its encoded string carries the parameters and salt); null until an admin or
   * the command line sets a password: such a user signs in with API keys only.
   */
  @Column({ name: 'password_hash', type: 'text', nullable: true })
  passwordHash!: string | null;

  @Column({ name: 'password_changed_at', type: 'timestamptz', nullable: true })
  passwordChangedAt!: Date | null;

  @ManyToOne('UserEntity', { onDelete: 'NO ACTION' })
  @JoinColumn({ name: 'disabled_by' })
  disabler?: UserEntity;

  @OneToMany('ApiKeyEntity', (key: ApiKeyEntity) => key.user)
  apiKeys?: ApiKeyEntity[];
}
