import { Injectable } from '@nestjs/common';
import { resolve } from 'node:path';
import { EnvironmentVariables } from '@factdesk/config';

/** Where export files live: EXPORTS_DIR, `<id>.<ext>` once complete, `<id>.<ext>.part` while written. */
@Injectable()
export class ExportFiles {
  readonly dir: string;

  constructor(env: EnvironmentVariables) {
    this.dir = resolve(env.EXPORTS_DIR);
  }

  path(fileName: string): string {
    return resolve(this.dir, fileName);
  }

  fileName(id: string, extension: string): string {
    return `${id}.${extension}`;
  }
}
