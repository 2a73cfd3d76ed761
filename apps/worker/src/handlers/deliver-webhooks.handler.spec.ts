import type { DrainResult, WebhookDeliveryService, WebhookRelayService } from '@factdesk/webhooks';
import { DeliverWebhooksHandler } from './deliver-webhooks.handler';

describe('DeliverWebhooksHandler.afterCompleted', () => {
  function handler() {
    const swept: Array<string | undefined> = [];
    const relay = { sweep: async (id?: string) => void swept.push(id) } as unknown as WebhookRelayService;
    return { handler: new DeliverWebhooksHandler({} as WebhookDeliveryService, relay), swept };
  }

  it('looks again at an endpoint whose drain ended with nothing due: a wake-up during the drain was swallowed by the running job', async () => {
    const { handler: deliver, swept } = handler();
    await deliver.afterCompleted({ subscriptionId: 'a' }, { kind: 'drained', delivered: 3, attempted: 3 });
    expect(swept).toEqual(['a']);
  });

  it.each<DrainResult>([{ kind: 'inactive' }, { kind: 'busy' }])(
    'leaves an endpoint alone after a drain that was $kind',
    async (result) => {
      const { handler: deliver, swept } = handler();
      await deliver.afterCompleted({ subscriptionId: 'a' }, result);
      expect(swept).toEqual([]);
    },
  );
});
