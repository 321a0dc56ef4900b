import { IsEmail, IsString, Length, MaxLength, MinLength } from 'class-validator';
import { Field, InputType } from 'type-graphql';

const PASSWORD_RULE = 'at least 10 characters';

@InputType({ description: 'A new account.' })
export class SignUpInput {
  @Field(() => String, { description: 'E-mail address; used to sign in.' })
  @IsEmail({}, { message: 'not a valid e-mail address' })
  @MaxLength(254)
  email!: string;

  @Field(() => String, { description: `Password, ${PASSWORD_RULE} (at most 200).` })
  @IsString()
  @MinLength(10, { message: `the password needs ${PASSWORD_RULE}` })
  @MaxLength(200)
  password!: string;

  @Field(() => String, { description: 'Name shown to others (1 to 100 characters).' })
  @Length(1, 100)
  displayName!: string;
}

@InputType({ description: 'Credentials.' })
export class SignInInput {
  @Field(() => String, { description: 'E-mail address.' })
  @MaxLength(254)
  email!: string;

  @Field(() => String, { description: 'Password.' })
  @MaxLength(200)
  password!: string;
}

@InputType({ description: 'A new password, authorized by a reset token.' })
export class ResetPasswordInput {
  @Field(() => String, { description: 'The token from the password reset e-mail.' })
  @Length(1, 100)
  token!: string;

  @Field(() => String, { description: `The new password, ${PASSWORD_RULE}.` })
  @MinLength(10, { message: `the password needs ${PASSWORD_RULE}` })
  @MaxLength(200)
  password!: string;
}
