export * from './api-key';
export * from './api-key.guard';
export * from './auth.module';
export * from './authenticated-user';
export * from './roles.decorator';
export * from './users.service';
export * from './dto/create-user.dto';
