import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { VerdictState } from './verdict.entity';
import type { VerdictEntity } from './verdict.entity';

/** Every state change of a verdict, who made it and why: the readable history. */
@Entity({ name: 'verdict_transitions' })
@Index('idx_verdict_transitions_verdict', ['verdictId'])
export class VerdictTransitionEntity {
  @PrimaryGeneratedColumn({ type: 'bigint' })
  id!: string;

  @Column({ name: 'verdict_id', type: 'uuid' })
  verdictId!: string;

  @ManyToOne('VerdictEntity', { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'verdict_id' })
  verdict?: VerdictEntity;

  @Column({ name: 'from_state', type: 'enum', enum: VerdictState, enumName: 'verdict_state', nullable: true })
  fromState!: VerdictState | null;

  @Column({ name: 'to_state', type: 'enum', enum: VerdictState, enumName: 'verdict_state' })
  toState!: VerdictState;

  @Column({ name: 'actor_id', type: 'uuid' })
  actorId!: string;

  @Column({ type: 'text', nullable: true })
  reason!: string | null;

  @CreateDateColumn({ name: 'at', type: 'timestamptz' })
  at!: Date;
}
