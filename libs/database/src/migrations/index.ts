import { Init1795575670590 } from './1795575670590-Init';
import { AuditLogAppendOnly1795575670591 } from './1795575670591-AuditLogAppendOnly';
import { ClaimAnalysis1795577645394 } from './1795577645394-ClaimAnalysis';
import { ReviewQueue1795588301056 } from './1795588301056-ReviewQueue';
import { EvidenceVerdictsOutbox1795590512220 } from './1795590512220-EvidenceVerdictsOutbox';
import { LeaseNextClaimFunction1795603834675 } from './1795603834675-LeaseNextClaimFunction';
import { IndexesForLongHistory1795609024453 } from './1795609024453-IndexesForLongHistory';
import { KeyRevocation1796278362379 } from './1796278362379-KeyRevocation';
import { ImmutableHistory1796278417929 } from './1796278417929-ImmutableHistory';
import { ArticleRevisions1796278421300 } from './1796278421300-ArticleRevisions';
import { ClaimStateUnsupportedLanguage1796278651872 } from './1796278651872-ClaimStateUnsupportedLanguage';
import { ApiKeysNoCascade1796280381604 } from './1796280381604-ApiKeysNoCascade';
import { Exports1796280489677 } from './1796280489677-Exports';
import { Webhooks1796280432725 } from './1796280432725-Webhooks';
import { WebhookSubscriptionDeleted1796280855423 } from './1796280855423-WebhookSubscriptionDeleted';
import { WebhookDeliveryQueue1796280857582 } from './1796280857582-WebhookDeliveryQueue';
import { Sessions1796288567142 } from './1796288567142-Sessions';
import { OutboxNotify1796289000000 } from './1796289000000-OutboxNotify';
import { ClaimMatchIndex1796290000000 } from './1796290000000-ClaimMatchIndex';
import { ClaimSignaturesV31796291000000 } from './1796291000000-ClaimSignaturesV3';
import { SessionExpiryIndex1796308961461 } from './1796308961461-SessionExpiryIndex';
import { ClaimSignaturesV41796309000000 } from './1796309000000-ClaimSignaturesV4';
import { ClaimSignaturesV51796310000000 } from './1796310000000-ClaimSignaturesV5';
import { ClaimSignaturesV61796311000000 } from './1796311000000-ClaimSignaturesV6';
import { ClaimSignaturesV71796312500000 } from './1796312500000-ClaimSignaturesV7';
import { ClaimSignaturesPacked1796313000000 } from './1796313000000-ClaimSignaturesPacked';
import { ClaimMatchStorage1796313600000 } from './1796313600000-ClaimMatchStorage';
import { ClaimSignaturesV81796313700000 } from './1796313700000-ClaimSignaturesV8';
import { ClaimSignaturesV91796313800000 } from './1796313800000-ClaimSignaturesV9';
import { ClaimSignaturesV101796313900000 } from './1796313900000-ClaimSignaturesV10';
import { ClaimSignaturesV111796314000000 } from './1796314000000-ClaimSignaturesV11';
import { ClaimSignaturesV121796314100000 } from './1796314100000-ClaimSignaturesV12';
import { ClaimSignaturesV131796314200000 } from './1796314200000-ClaimSignaturesV13';
import { ClaimSignaturesV141796314300000 } from './1796314300000-ClaimSignaturesV14';
import { ClaimSignaturesV151796314400000 } from './1796314400000-ClaimSignaturesV15';
import { ClaimSignaturesV161796314500000 } from './1796314500000-ClaimSignaturesV16';
import { ClaimSignatureFigureRanges1796314600000 } from './1796314600000-ClaimSignatureFigureRanges';
import { ClaimSignaturesV171796314715000 } from './1796314715000-ClaimSignaturesV17';
import { ClaimSignaturesV181796314815000 } from './1796314815000-ClaimSignaturesV18';
import { ClaimSignaturesV191796314915000 } from './1796314915000-ClaimSignaturesV19';
import { ClaimSignaturesV201796315015000 } from './1796315015000-ClaimSignaturesV20';
import { ClaimSignaturesV211796315115000 } from './1796315115000-ClaimSignaturesV21';
import { ClaimSignaturesV221796315215000 } from './1796315215000-ClaimSignaturesV22';
import { ClaimSignaturesV231796315315000 } from './1796315315000-ClaimSignaturesV23';
import { ClaimSignaturesV241796315415000 } from './1796315415000-ClaimSignaturesV24';
import { ClaimSignaturesV251796315515000 } from './1796315515000-ClaimSignaturesV25';
import { ClaimSignaturesV261796315615000 } from './1796315615000-ClaimSignaturesV26';
import { ClaimSignaturesV271796315715000 } from './1796315715000-ClaimSignaturesV27';
import { ClaimSignaturesV281796315815000 } from './1796315815000-ClaimSignaturesV28';
import { ClaimSignaturesV291796315915000 } from './1796315915000-ClaimSignaturesV29';
import { ClaimSignaturesV301796316015000 } from './1796316015000-ClaimSignaturesV30';
import { ClaimSignaturesV311796316115000 } from './1796316115000-ClaimSignaturesV31';
import { ClaimSignaturesV321796316215000 } from './1796316215000-ClaimSignaturesV32';
import { ClaimSignaturesV331796316315000 } from './1796316315000-ClaimSignaturesV33';
import { ClaimSignaturesV341796316415000 } from './1796316415000-ClaimSignaturesV34';
import { ClaimSignaturesV351796316515000 } from './1796316515000-ClaimSignaturesV35';
import { ClaimSignaturesV361796316615000 } from './1796316615000-ClaimSignaturesV36';
import { ClaimSignaturesV371796316715000 } from './1796316715000-ClaimSignaturesV37';
import { ClaimSignaturesV381796316815000 } from './1796316815000-ClaimSignaturesV38';
import { ClaimSignaturesV391796316915000 } from './1796316915000-ClaimSignaturesV39';
import { ClaimSignaturesV401796317015000 } from './1796317015000-ClaimSignaturesV40';

// Every migration, in order. `npm run migration:generate --name=Thing` writes a new
// file in this folder; add its class here (an explicit list behaves the same in
// tests, in the CLI and in builds).
export const MIGRATIONS: Function[] = [
  Init1795575670590,
  AuditLogAppendOnly1795575670591,
  ClaimAnalysis1795577645394,
  ReviewQueue1795588301056,
  EvidenceVerdictsOutbox1795590512220,
  LeaseNextClaimFunction1795603834675,
  IndexesForLongHistory1795609024453,
  KeyRevocation1796278362379,
  ImmutableHistory1796278417929,
  ArticleRevisions1796278421300,
  ClaimStateUnsupportedLanguage1796278651872,
  ApiKeysNoCascade1796280381604,
  Webhooks1796280432725,
  Exports1796280489677,
  WebhookSubscriptionDeleted1796280855423,
  WebhookDeliveryQueue1796280857582,
  Sessions1796288567142,
  OutboxNotify1796289000000,
  ClaimMatchIndex1796290000000,
  ClaimSignaturesV31796291000000,
  SessionExpiryIndex1796308961461,
  ClaimSignaturesV41796309000000,
  ClaimSignaturesV51796310000000,
  ClaimSignaturesV61796311000000,
  ClaimSignaturesV71796312500000,
  ClaimSignaturesPacked1796313000000,
  ClaimMatchStorage1796313600000,
  ClaimSignaturesV81796313700000,
  ClaimSignaturesV91796313800000,
  ClaimSignaturesV101796313900000,
  ClaimSignaturesV111796314000000,
  ClaimSignaturesV121796314100000,
  ClaimSignaturesV131796314200000,
  ClaimSignaturesV141796314300000,
  ClaimSignaturesV151796314400000,
  ClaimSignaturesV161796314500000,
  ClaimSignatureFigureRanges1796314600000,
  ClaimSignaturesV171796314715000,
  ClaimSignaturesV181796314815000,
  ClaimSignaturesV191796314915000,
  ClaimSignaturesV201796315015000,
  ClaimSignaturesV211796315115000,
  ClaimSignaturesV221796315215000,
  ClaimSignaturesV231796315315000,
  ClaimSignaturesV241796315415000,
  ClaimSignaturesV251796315515000,
  ClaimSignaturesV261796315615000,
  ClaimSignaturesV271796315715000,
  ClaimSignaturesV281796315815000,
  ClaimSignaturesV291796315915000,
  ClaimSignaturesV301796316015000,
  ClaimSignaturesV311796316115000,
  ClaimSignaturesV321796316215000,
  ClaimSignaturesV331796316315000,
  ClaimSignaturesV341796316415000,
  ClaimSignaturesV351796316515000,
  ClaimSignaturesV361796316615000,
  ClaimSignaturesV371796316715000,
  ClaimSignaturesV381796316815000,
  ClaimSignaturesV391796316915000,
  ClaimSignaturesV401796317015000,
];
