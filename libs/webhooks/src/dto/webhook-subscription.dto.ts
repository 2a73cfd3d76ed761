import { ApiProperty, ApiPropertyOptional, PartialType } from '@nestjs/swagger';
import { ArrayMaxSize, ArrayMinSize, IsArray, IsBoolean, IsIn, IsOptional, IsString, Length, Matches, MaxLength } from 'class-validator';
import { SUBSCRIBABLE_EVENTS } from '../event-types';

const URL_DESCRIPTION =
  'Where events are POSTed: https only (http only where WEBHOOK_ALLOW_HTTP=true); refused (400, with the reason) if its host is or resolves to a loopback, private, link-local, unique-local, multicast, carrier-grade NAT or otherwise reserved address, unless the host is in WEBHOOK_ALLOWED_HOSTS';
const EVENTS_DESCRIPTION = `Event types to receive, or "*" for all: ${SUBSCRIBABLE_EVENTS.join(', ')}`;

export class CreateWebhookDto {
  @ApiProperty({ example: 'https://newsroom.example.com/factdesk/webhooks', description: URL_DESCRIPTION })
  @IsString()
  @Length(1, 2000)
  url!: string;

  @ApiProperty({
    type: [String],
    enum: SUBSCRIBABLE_EVENTS,
    example: ['verdict.published', 'verdict.corrected'],
    description: EVENTS_DESCRIPTION,
  })
  @IsArray()
  @ArrayMinSize(1, { message: 'events must list at least one event type (or "*")' })
  @ArrayMaxSize(SUBSCRIBABLE_EVENTS.length)
  @IsIn(SUBSCRIBABLE_EVENTS, { each: true, message: `each events entry must be one of: ${SUBSCRIBABLE_EVENTS.join(', ')}` })
  events!: string[];

  @ApiPropertyOptional({ example: 'Verdicts for the CMS fact-check box', default: '' })
  @IsOptional()
  @IsString()
  @MaxLength(500)
  description?: string;

  @ApiPropertyOptional({
    default: true,
    description: 'Deliver in the order events happened (the next waits while one is retried); false delivers each as soon as it can',
  })
  @IsOptional()
  @IsBoolean()
  ordered?: boolean;
}

/** Any of url, events, description and ordered; the same rules as on create. */
export class UpdateWebhookDto extends PartialType(CreateWebhookDto) {}

export class DeleteWebhookDto {
  @ApiPropertyOptional({ example: 'Newsroom moved to a new CMS', description: 'Shown to admins as disabledReason' })
  @IsOptional()
  @IsString()
  @Length(1, 500)
  @Matches(/\S/, { message: 'reason must not be blank' })
  reason?: string;
}
