import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { ApiKeyEntity } from '@factdesk/database';

/** An API key as an admin sees it: never the secret, nor its hash. */
export class ApiKeyView {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ format: 'uuid' }) userId!: string;
  @ApiProperty({ example: 'a1B2c3D4e5F6', description: 'The part after `fdk_`: names the key without revealing it' }) prefix!: string;
  @ApiPropertyOptional({ type: String, nullable: true }) label!: string | null;
  @ApiProperty() createdAt!: Date;
  @ApiPropertyOptional({
    type: Date,
    nullable: true,
    description: 'When the key last authenticated, to within a minute (or AUTH_CACHE_TTL_MS, whichever is longer)',
  })
  lastUsedAt!: Date | null;
  @ApiPropertyOptional({ type: Date, nullable: true }) revokedAt!: Date | null;
  @ApiPropertyOptional({
    type: String,
    format: 'uuid',
    nullable: true,
    description: 'The admin who revoked it; null from the command line',
  })
  revokedBy!: string | null;

  static of(key: ApiKeyEntity): ApiKeyView {
    return {
      id: key.id,
      userId: key.userId,
      prefix: key.prefix,
      label: key.label,
      createdAt: key.createdAt,
      lastUsedAt: key.lastUsedAt,
      revokedAt: key.revokedAt,
      revokedBy: key.revokedBy,
    };
  }
}

export class IssuedApiKeyView extends ApiKeyView {
  @ApiProperty({ description: 'The API key, shown this once: only its hash is stored' })
  apiKey!: string;
}
