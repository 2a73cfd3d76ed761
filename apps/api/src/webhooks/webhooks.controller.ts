import { Body, Controller, Delete, Get, HttpCode, HttpStatus, Patch, Post } from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiBearerAuth,
  ApiConflictResponse,
  ApiCreatedResponse,
  ApiExtraModels,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
} from '@nestjs/swagger';
import { AuthenticatedUser, CurrentUser, Roles } from '@factdesk/auth';
import { Role } from '@factdesk/database';
import {
  CreateWebhookDto,
  DeleteWebhookDto,
  UpdateWebhookDto,
  WEBHOOK_PAYLOAD_MODELS,
  WebhookSubscriptionsService,
  WebhookSubscriptionView,
  WebhookWithSecretView,
} from '@factdesk/webhooks';
import { UuidParam } from '../http/uuid-param';

const REFUSED_URL =
  'Invalid fields, or a url that is refused (not https, or a host at a loopback, private or reserved address): the reason is in message';

@ApiTags('webhooks')
@ApiBearerAuth()
@ApiExtraModels(...WEBHOOK_PAYLOAD_MODELS)
@Controller('api/webhooks')
export class WebhooksController {
  constructor(private readonly webhooks: WebhookSubscriptionsService) {}

  @Post()
  @Roles(Role.Admin)
  @ApiOperation({
    summary: 'Subscribe an endpoint to events',
    description:
      'Each event is POSTed as JSON {version, type, timestamp, data} (schemas WebhookPayload and *Data), signed by the Standard Webhooks specification: webhook-id (the same on every retry), webhook-timestamp, webhook-signature (v1,<base64 HMAC-SHA256 of "id.timestamp.body">).',
  })
  @ApiCreatedResponse({ type: WebhookWithSecretView, description: 'The subscription and its signing secret, shown this once' })
  @ApiBadRequestResponse({ description: REFUSED_URL })
  async create(@Body() dto: CreateWebhookDto, @CurrentUser() admin: AuthenticatedUser): Promise<WebhookWithSecretView> {
    const { subscription, secret } = await this.webhooks.create(dto, admin);
    return { ...WebhookSubscriptionView.of(subscription), secret };
  }

  @Get()
  @Roles(Role.Lead)
  @ApiOkResponse({ type: [WebhookSubscriptionView], description: 'Every subscription, deleted ones too, newest first; never a secret' })
  async list(): Promise<WebhookSubscriptionView[]> {
    return (await this.webhooks.list()).map(WebhookSubscriptionView.of);
  }

  @Get(':id')
  @Roles(Role.Lead)
  @ApiOkResponse({ type: WebhookSubscriptionView })
  @ApiNotFoundResponse({ description: 'No such webhook' })
  async get(@UuidParam() id: string): Promise<WebhookSubscriptionView> {
    return WebhookSubscriptionView.of(await this.webhooks.get(id));
  }

  @Patch(':id')
  @Roles(Role.Admin)
  @ApiOkResponse({ type: WebhookSubscriptionView, description: 'url, events, description and ordered, as given' })
  @ApiBadRequestResponse({ description: REFUSED_URL })
  @ApiNotFoundResponse({ description: 'No such webhook' })
  @ApiConflictResponse({ description: 'The webhook was deleted' })
  async update(
    @UuidParam() id: string,
    @Body() dto: UpdateWebhookDto,
    @CurrentUser() admin: AuthenticatedUser,
  ): Promise<WebhookSubscriptionView> {
    return WebhookSubscriptionView.of(await this.webhooks.update(id, dto, admin));
  }

  @Delete(':id')
  @Roles(Role.Admin)
  @ApiOkResponse({
    type: WebhookSubscriptionView,
    description: 'Status deleted with the reason; deliveries not yet sent are cancelled; its delivery history is kept',
  })
  @ApiNotFoundResponse({ description: 'No such webhook' })
  @ApiConflictResponse({ description: 'Already deleted' })
  async remove(
    @UuidParam() id: string,
    @Body() dto: DeleteWebhookDto,
    @CurrentUser() admin: AuthenticatedUser,
  ): Promise<WebhookSubscriptionView> {
    return WebhookSubscriptionView.of(await this.webhooks.remove(id, dto.reason, admin));
  }

  @Post(':id/pause')
  @Roles(Role.Admin)
  @HttpCode(HttpStatus.OK)
  @ApiOkResponse({ type: WebhookSubscriptionView, description: 'Nothing is sent until it is resumed; events meanwhile wait, in order' })
  @ApiNotFoundResponse({ description: 'No such webhook' })
  @ApiConflictResponse({ description: 'Not active' })
  async pause(@UuidParam() id: string, @CurrentUser() admin: AuthenticatedUser): Promise<WebhookSubscriptionView> {
    return WebhookSubscriptionView.of(await this.webhooks.pause(id, admin));
  }

  @Post(':id/resume')
  @Roles(Role.Admin)
  @HttpCode(HttpStatus.OK)
  @ApiOkResponse({ type: WebhookSubscriptionView, description: 'A paused or disabled webhook active again (its url checked again)' })
  @ApiBadRequestResponse({ description: REFUSED_URL })
  @ApiNotFoundResponse({ description: 'No such webhook' })
  @ApiConflictResponse({ description: 'Already active, or deleted' })
  async resume(@UuidParam() id: string, @CurrentUser() admin: AuthenticatedUser): Promise<WebhookSubscriptionView> {
    return WebhookSubscriptionView.of(await this.webhooks.resume(id, admin));
  }

  @Post(':id/rotate-secret')
  @Roles(Role.Admin)
  @HttpCode(HttpStatus.OK)
  @ApiOkResponse({
    type: WebhookWithSecretView,
    description:
      'A new signing secret, shown this once. Until previousSecretExpiresAt (WEBHOOK_ROTATION_WINDOW_MS, default 24 h) every delivery is signed with both the new and the old secret',
  })
  @ApiNotFoundResponse({ description: 'No such webhook' })
  @ApiConflictResponse({ description: 'The webhook was deleted' })
  async rotateSecret(@UuidParam() id: string, @CurrentUser() admin: AuthenticatedUser): Promise<WebhookWithSecretView> {
    const { subscription, secret } = await this.webhooks.rotateSecret(id, admin);
    return { ...WebhookSubscriptionView.of(subscription), secret };
  }
}
