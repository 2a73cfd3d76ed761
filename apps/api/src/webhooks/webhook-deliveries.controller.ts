import { Body, Controller, Get, HttpCode, HttpStatus, Post, Query } from '@nestjs/common';
import { ApiAcceptedResponse, ApiBearerAuth, ApiOkResponse, ApiResponse, ApiTags } from '@nestjs/swagger';
import { AuthenticatedUser, CurrentUser, Roles } from '@factdesk/auth';
import { Role } from '@factdesk/database';
import {
  ListDeliveriesQuery,
  ReplaySinceDto,
  ReplaySinceView,
  WebhookDeliveryLogService,
  WebhookDeliveryPageView,
  WebhookDeliveryView,
} from '@factdesk/webhooks';
import { UuidParam } from '../http/uuid-param';

/** The delivery log of a webhook subscription, replays and test pings (leads watch deliveries; admins manage subscriptions). */
@ApiTags('webhooks')
@ApiBearerAuth()
@Controller('api/webhooks')
export class WebhookDeliveriesController {
  constructor(private readonly log: WebhookDeliveryLogService) {}

  @Get(':id/deliveries')
  @Roles(Role.Lead)
  @ApiOkResponse({
    type: WebhookDeliveryPageView,
    description: 'Newest first, `?limit=` and `?cursor=` like every list, `?status=` and `?eventType=`; each delivery with every attempt',
  })
  async deliveries(@UuidParam() id: string, @Query() query: ListDeliveriesQuery): Promise<WebhookDeliveryPageView> {
    const page = await this.log.list(id, query);
    return { items: page.items.map(WebhookDeliveryView.of), nextCursor: page.nextCursor };
  }

  @Post(':id/deliveries/:deliveryId/replay')
  @Roles(Role.Lead)
  @HttpCode(HttpStatus.ACCEPTED)
  @ApiAcceptedResponse({
    type: WebhookDeliveryView,
    description: 'Queued again with the same webhook-id and body (a delivery still pending is left as it is)',
  })
  @ApiResponse({ status: 409, description: 'The webhook is disabled: resume it first' })
  async replay(
    @UuidParam() id: string,
    @UuidParam('deliveryId') deliveryId: string,
    @CurrentUser() user: AuthenticatedUser,
  ): Promise<WebhookDeliveryView> {
    return WebhookDeliveryView.of(await this.log.replay(id, deliveryId, user.id));
  }

  @Post(':id/replay')
  @Roles(Role.Lead)
  @HttpCode(HttpStatus.ACCEPTED)
  @ApiAcceptedResponse({ type: ReplaySinceView, description: 'Every delivery that failed since `since`, queued again in event order' })
  @ApiResponse({ status: 409, description: 'The webhook is disabled: resume it first' })
  async replaySince(
    @UuidParam() id: string,
    @Body() dto: ReplaySinceDto,
    @CurrentUser() user: AuthenticatedUser,
  ): Promise<ReplaySinceView> {
    return { queued: await this.log.replayFailedSince(id, new Date(dto.since), user.id) };
  }

  @Post(':id/test')
  @Roles(Role.Lead)
  @HttpCode(HttpStatus.ACCEPTED)
  @ApiAcceptedResponse({
    type: WebhookDeliveryView,
    description: 'A `ping` event queued to the endpoint, delivered and logged like any other',
  })
  @ApiResponse({ status: 409, description: 'The webhook is disabled: resume it first' })
  async test(@UuidParam() id: string, @CurrentUser() user: AuthenticatedUser): Promise<WebhookDeliveryView> {
    return WebhookDeliveryView.of(await this.log.test(id, user.id));
  }
}
