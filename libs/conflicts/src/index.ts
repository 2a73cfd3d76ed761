export * from './conflicts.service';
export * from './conflicts.module';
export * from './conflict.view';
export * from './dto/conflict.dto';
