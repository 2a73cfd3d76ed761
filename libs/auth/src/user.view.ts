import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Role, UserEntity } from '@factdesk/database';

export class UserView {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty() name!: string;
  @ApiProperty({ enum: Role }) role!: Role;
  @ApiProperty() createdAt!: Date;
  @ApiPropertyOptional({ type: Date, nullable: true, description: "Set while the user is disabled: none of the user's keys work" })
  disabledAt!: Date | null;
  @ApiPropertyOptional({ type: String, format: 'uuid', nullable: true, description: 'The admin who disabled the user' })
  disabledBy!: string | null;

  static of({ id, name, role, createdAt, disabledAt, disabledBy }: UserEntity): UserView {
    return { id, name, role, createdAt, disabledAt, disabledBy };
  }
}

export class CreatedUserView extends UserView {
  @ApiProperty({ description: 'The API key, shown this once: only its hash is stored' })
  apiKey!: string;
}
