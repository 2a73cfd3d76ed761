import { normalizeIp } from '@nestjs/throttler';

/**
 * The address a request's limits count against: Express's `request.ip` (the proxy's
 * forwarded address only where the proxy is trusted), IPv6 narrowed to its /64 so one
 * host cannot step around a limit by changing addresses within its own network.
 */
export function clientAddress(request: { ip?: string }): string {
  return request.ip ? normalizeIp(request.ip) : 'unknown';
}
