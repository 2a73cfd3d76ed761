import { Module } from '@nestjs/common';
import { DiscoveryModule } from '@nestjs/core';
import { QueueWorkersService } from './queue-workers.service';

/** Imported by the worker app only: consumes every queue. */
@Module({ imports: [DiscoveryModule], providers: [QueueWorkersService] })
export class JobWorkersModule {}
