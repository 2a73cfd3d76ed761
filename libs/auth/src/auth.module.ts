import { Module } from '@nestjs/common';
import { AuditModule } from '@factdesk/audit';
import { ApiKeyGuard } from './api-key.guard';
import { UsersService } from './users.service';

@Module({
  imports: [AuditModule],
  providers: [UsersService, ApiKeyGuard],
  exports: [UsersService, ApiKeyGuard],
})
export class AuthModule {}
