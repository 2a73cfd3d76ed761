import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Role, UserEntity } from '@factdesk/database';
import type { ListedUser } from './users.service';

export class UserView {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty() name!: string;
  @ApiProperty({ enum: Role }) role!: Role;
  @ApiProperty() createdAt!: Date;
  @ApiPropertyOptional({ type: Date, nullable: true, description: "Set while the user is disabled: none of the user's keys work" })
  disabledAt!: Date | null;
  @ApiPropertyOptional({ type: String, format: 'uuid', nullable: true, description: 'The admin who disabled the user' })
  disabledBy!: string | null;
  @ApiProperty({ description: 'Whether the user has a password, to sign in to the web app (the hash is never shown)' })
  hasPassword!: boolean;
  @ApiPropertyOptional({ type: Date, nullable: true, description: 'When the password was last set' })
  passwordChangedAt!: Date | null;

  static of({ id, name, role, createdAt, disabledAt, disabledBy, passwordHash, passwordChangedAt }: UserEntity): UserView {
    return { id, name, role, createdAt, disabledAt, disabledBy, hasPassword: passwordHash !== null, passwordChangedAt };
  }
}

/** A user in an admin's list. */
export class ListedUserView extends UserView {
  @ApiProperty({ description: "How many of the user's API keys work (not revoked)" })
  keyCount!: number;

  static ofListed(user: ListedUser): ListedUserView {
    return { ...UserView.of(user), keyCount: user.keyCount };
  }
}

/** A person a lead can assign a claim to: no state, keys or password facts (those are the admins'). */
export class ReviewerView {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty() name!: string;
  @ApiProperty({ enum: Role }) role!: Role;

  static of({ id, name, role }: Pick<UserEntity, 'id' | 'name' | 'role'>): ReviewerView {
    return { id, name, role };
  }
}

export class CreatedUserView extends UserView {
  @ApiProperty({ description: 'The API key, shown this once: only its hash is stored' })
  apiKey!: string;
}
