export * from './evidence.service';
export * from './evidence.module';
export * from './evidence.view';
export * from './dto/evidence.dto';
