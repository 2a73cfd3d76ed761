import { ApiProperty } from '@nestjs/swagger';
import { Role } from '@factdesk/database';

export class SessionUserView {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty() name!: string;
  @ApiProperty({ enum: Role }) role!: Role;
}

export class SessionView {
  @ApiProperty({ type: SessionUserView }) user!: SessionUserView;
  @ApiProperty({ description: 'Send it as the `X-CSRF-Token` header on every POST, PUT, PATCH and DELETE of this session' })
  csrfToken!: string;
  @ApiProperty({
    description: 'When the session ends unless used again before (SESSION_IDLE_TIMEOUT_MS), and at the latest (SESSION_MAX_AGE_MS)',
  })
  expiresAt!: Date;
}
