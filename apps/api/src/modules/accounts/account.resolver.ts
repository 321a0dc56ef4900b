import { Arg, Authorized, Ctx, Mutation, Query, Resolver } from 'type-graphql';
import type { RequestContext } from '../../graphql/context';
import { registerAuthenticator } from '../../http/authenticate';
import { validateInput } from '../audit/validate-input';
import { ResetPasswordInput, SignInInput, SignUpInput } from './account.inputs';
import { requestPasswordReset, resetPassword, signIn, signOut, signUp, type SignedIn } from './account.service';
import { ViewerInfo } from './account.type';
import { PUBLIC } from './auth-checker';
import { authenticateSession } from './session.service';
import { loadViewerInfo } from './viewer.service';

// This file is always loaded with the schema, so the session cookie is recognized on every request.
registerAuthenticator(authenticateSession);

const NO_VALIDATION = { validate: false } as const;

@Resolver()
export class AccountResolver {
  @Query(() => ViewerInfo, { nullable: true, description: 'The signed-in user, their roles and CSRF token; null when anonymous.' })
  viewer(@Ctx() context: RequestContext): Promise<ViewerInfo | null> | null {
    const viewer = context.viewer;
    return viewer ? loadViewerInfo(context, viewer.userId, viewer.session?.csrfToken ?? null) : null;
  }

  @Authorized(PUBLIC)
  @Mutation(() => ViewerInfo, { description: 'Creates an account (role MEMBER) and signs in: sets the httpOnly session cookie.' })
  async signUp(
    @Arg('input', () => SignUpInput, { ...NO_VALIDATION, description: 'The new account.' }) input: SignUpInput,
    @Ctx() context: RequestContext,
  ): Promise<ViewerInfo> {
    return this.signedIn(context, await signUp(context, await validateInput(input)));
  }

  @Authorized(PUBLIC)
  @Mutation(() => ViewerInfo, {
    description: 'Signs in: sets the httpOnly session cookie. UNAUTHENTICATED on wrong credentials, RATE_LIMITED after repeated failures.',
  })
  async signIn(
    @Arg('input', () => SignInInput, { ...NO_VALIDATION, description: 'The credentials.' }) input: SignInInput,
    @Ctx() context: RequestContext,
  ): Promise<ViewerInfo> {
    return this.signedIn(context, await signIn(context, await validateInput(input)));
  }

  @Authorized()
  @Mutation(() => Boolean, { description: 'Ends the current session and clears its cookie.' })
  signOut(@Ctx() context: RequestContext): Promise<boolean> {
    return signOut(context);
  }

  @Authorized(PUBLIC)
  @Mutation(() => Boolean, {
    description: 'Sends a password reset token by e-mail when the address has an account; always true, so as not to reveal which do.',
  })
  requestPasswordReset(
    @Arg('email', () => String, { description: 'The e-mail address of the account.' }) email: string,
    @Ctx() context: RequestContext,
  ): Promise<boolean> {
    return requestPasswordReset(context, email.slice(0, 254));
  }

  @Authorized(PUBLIC)
  @Mutation(() => Boolean, { description: 'Sets a new password with a reset token; ends all sessions of the account.' })
  async resetPassword(
    @Arg('input', () => ResetPasswordInput, { ...NO_VALIDATION, description: 'The token and the new password.' }) input: ResetPasswordInput,
    @Ctx() context: RequestContext,
  ): Promise<boolean> {
    return resetPassword(context, await validateInput(input));
  }

  private async signedIn(context: RequestContext, result: SignedIn): Promise<ViewerInfo> {
    const info = await loadViewerInfo(context, result.userId, result.csrfToken);
    if (!info) throw new Error('the signed-in user vanished');
    return info;
  }
}
