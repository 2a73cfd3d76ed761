import {
  BadRequestException,
  Body,
  Controller,
  Delete,
  ForbiddenException,
  Get,
  HttpCode,
  HttpStatus,
  Post,
  Put,
  Req,
  Res,
  UnauthorizedException,
} from '@nestjs/common';
import {
  ApiCookieAuth,
  ApiCreatedResponse,
  ApiForbiddenResponse,
  ApiNoContentResponse,
  ApiOkResponse,
  ApiTags,
  ApiTooManyRequestsResponse,
  ApiUnauthorizedResponse,
} from '@nestjs/swagger';
import type { Request, Response } from 'express';
import {
  AuthenticatedUser,
  ChangeOwnPasswordDto,
  clearSessionCookie,
  clientAddress,
  CurrentUser,
  isCrossSite,
  Public,
  Roles,
  sessionCredentials,
  SessionsService,
  SessionView,
  setSessionCookie,
  SignInDto,
  tooManyFailures,
  UsersService,
} from '@factdesk/auth';
import { EnvironmentVariables } from '@factdesk/config';
import { Role } from '@factdesk/database';

type SessionUser = AuthenticatedUser & { sessionId: string };

/** The caller's session, or 400 for a caller with an API key (machines have no session to show or end). */
function sessionOf(user: AuthenticatedUser, what: string): SessionUser {
  if (!user.sessionId) throw new BadRequestException(`${what} is for a signed-in browser session; this request used an API key`);
  return user as SessionUser;
}

/**
 * Signing in to the web app with a name and password: a session cookie (HttpOnly,
 * SameSite=Lax, Secure outside development) and a CSRF token for state-changing requests.
 */
@ApiTags('session')
@ApiCookieAuth()
@Controller('api/session')
export class SessionsController {
  constructor(
    private readonly sessions: SessionsService,
    private readonly users: UsersService,
    private readonly env: EnvironmentVariables,
  ) {}

  @Post()
  @Public()
  @HttpCode(HttpStatus.CREATED)
  @ApiCreatedResponse({ type: SessionView, description: 'Signed in: sets the `factdesk_session` cookie' })
  @ApiUnauthorizedResponse({ description: 'Wrong name or password (the same answer for both)' })
  @ApiForbiddenResponse({ description: 'The user is disabled, or the request comes from another site' })
  @ApiTooManyRequestsResponse({ description: 'Too many failed attempts from this address or for this name; see `retry-after`' })
  async signIn(@Body() dto: SignInDto, @Req() request: Request, @Res({ passthrough: true }) response: Response): Promise<SessionView> {
    if (isCrossSite(request.headers, this.env.CORS_ORIGIN?.split(',') ?? [])) {
      throw new ForbiddenException('Signing in from another site is refused');
    }
    const outcome = await this.sessions.signIn({ name: dto.name, password: dto.password, address: clientAddress(request) });
    switch (outcome.kind) {
      case 'throttled':
        throw tooManyFailures(response, outcome.retryAfterSeconds);
      case 'wrong':
        throw new UnauthorizedException('Wrong name or password');
      case 'disabled':
        throw new ForbiddenException('This user is disabled; ask an admin');
    }
    setSessionCookie(response, this.env, outcome.token, outcome.maxAgeEndsAt);
    const { id, name, role } = outcome.user;
    return { user: { id, name, role }, csrfToken: outcome.csrfToken, expiresAt: outcome.expiresAt };
  }

  @Get()
  @Roles(Role.Reviewer)
  @ApiOkResponse({ type: SessionView, description: 'The signed-in user, the CSRF token and when the session ends if left idle' })
  @ApiUnauthorizedResponse({ description: 'Not signed in, or `Session expired`' })
  async current(@CurrentUser() user: AuthenticatedUser, @Req() request: Request): Promise<SessionView> {
    if (!user.sessionId) throw new UnauthorizedException('Not signed in: this request used an API key, which has no session');
    return this.sessions.describe(user as SessionUser, sessionCredentials(request).sessionToken!);
  }

  @Delete()
  @Roles(Role.Reviewer)
  @HttpCode(HttpStatus.NO_CONTENT)
  @ApiNoContentResponse({ description: 'Signed out: the session ends and the cookie is cleared' })
  @ApiForbiddenResponse({ description: 'Missing or wrong CSRF token' })
  async signOut(@CurrentUser() user: AuthenticatedUser, @Res({ passthrough: true }) response: Response): Promise<void> {
    await this.sessions.signOut(sessionOf(user, 'Signing out'));
    clearSessionCookie(response, this.env);
  }

  @Put('password')
  @Roles(Role.Reviewer)
  @HttpCode(HttpStatus.NO_CONTENT)
  @ApiNoContentResponse({ description: "Password changed; the user's other sessions end, this one stays" })
  @ApiForbiddenResponse({ description: 'The current password is wrong (counts as a failed sign-in), or the CSRF token is missing' })
  @ApiTooManyRequestsResponse({ description: 'Too many failed attempts; see `retry-after`' })
  async changePassword(
    @Body() dto: ChangeOwnPasswordDto,
    @CurrentUser() user: AuthenticatedUser,
    @Req() request: Request,
    @Res({ passthrough: true }) response: Response,
  ): Promise<void> {
    const address = clientAddress(request);
    const retryAfterSeconds = this.sessions.retryAfterSeconds(address, user.name);
    if (retryAfterSeconds > 0) throw tooManyFailures(response, retryAfterSeconds);
    await this.users.changeOwnPassword(user, dto, address);
  }
}
