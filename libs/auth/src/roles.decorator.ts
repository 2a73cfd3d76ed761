import { SetMetadata } from '@nestjs/common';
import { Role } from '@factdesk/database';

export const MIN_ROLE = 'factdesk:min-role';
export const PUBLIC_ROUTE = 'factdesk:public';

/** The least role that may call a route; higher roles may too (admin > lead > reviewer). */
export const Roles = (minimum: Role) => SetMetadata(MIN_ROLE, minimum);

/** Health and docs only: every other route needs a key and a role. */
export const Public = () => SetMetadata(PUBLIC_ROUTE, true);
