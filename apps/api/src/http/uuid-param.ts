import { HttpStatus, Param, ParseUUIDPipe } from '@nestjs/common';

/** A path id that must be a UUID: anything else names no record, so 404 rather than 400. */
export const UuidParam = (name = 'id') => Param(name, new ParseUUIDPipe({ errorHttpStatusCode: HttpStatus.NOT_FOUND }));
