export * from './verdicts.service';
export * from './verdicts.module';
export * from './verdict.view';
export * from './dto/create-verdict.dto';
export * from './claim-review';
