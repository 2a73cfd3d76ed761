import { Module } from '@nestjs/common';
import { ConflictsModule } from '@factdesk/conflicts';
import { EvidenceModule } from '@factdesk/evidence';
import { VerdictsModule } from '@factdesk/verdicts';
import { ClaimsService } from './claims.service';

@Module({ imports: [EvidenceModule, ConflictsModule, VerdictsModule], providers: [ClaimsService], exports: [ClaimsService] })
export class ClaimsModule {}
