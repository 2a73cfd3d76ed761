import { Injectable } from '@nestjs/common';
import { ThrottlerGuard } from '@nestjs/throttler';
import { createHash } from 'node:crypto';

/** Limits per API key when one is sent (newsrooms behind one proxy share an address), else per address. */
@Injectable()
export class ThrottlerByKeyGuard extends ThrottlerGuard {
  protected override async getTracker(request: { headers?: Record<string, unknown>; ip?: string }): Promise<string> {
    const authorization = request.headers?.authorization;
    if (typeof authorization === 'string' && authorization.length > 0) {
      return `key:${createHash('sha256').update(authorization).digest('base64url').slice(0, 22)}`;
    }
    return `ip:${request.ip ?? 'unknown'}`;
  }
}
