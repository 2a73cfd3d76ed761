import { Module } from '@nestjs/common';
import { AuditModule } from '@factdesk/audit';
import { ConflictsModule } from '@factdesk/conflicts';
import { EvidenceModule } from '@factdesk/evidence';
import { VerdictsModule } from '@factdesk/verdicts';
import { ClaimMatchesService } from './claim-matches.service';
import { ClaimsService } from './claims.service';

@Module({
  imports: [AuditModule, EvidenceModule, ConflictsModule, VerdictsModule],
  providers: [ClaimsService, ClaimMatchesService],
  exports: [ClaimsService, ClaimMatchesService],
})
export class ClaimsModule {}
