import { IsIn, IsInt, IsLatitude, IsLongitude, IsOptional, IsUrl, Length, Matches, Max, MaxLength, Min, ValidateIf } from 'class-validator';
import { Field, Float, InputType, Int } from 'type-graphql';
import { SIZE_BANDS, type SizeBand as Band } from './organization.entity';
import { SizeBand } from './organization.type';
import { VersionedChange } from '../../graphql/versioned-change';

@InputType({
  description:
    'Changes to an organization profile; omitted fields stay as they are, null removes an optional field (name and country cannot be removed).',
})
export class UpdateOrganizationInput extends VersionedChange('Organization', 'organization') {
  @Field(() => String, { nullable: true, description: 'Name (1 to 300 characters).' })
  @IsOptional()
  @Length(1, 300)
  name?: string | null;

  @Field(() => String, { nullable: true, description: 'Description (plain text, at most 10,000 characters).' })
  @IsOptional()
  @MaxLength(10_000)
  description?: string | null;

  @Field(() => String, { nullable: true, description: 'Website URL (http or https); an empty string removes it.' })
  // Not IsOptional: that would still check "" (the documented way to remove it) as a URL.
  @ValidateIf((input: UpdateOrganizationInput) => input.website !== undefined && input.website !== null && input.website !== '')
  @IsUrl({ protocols: ['http', 'https'], require_protocol: true }, { message: 'must be an http(s) URL' })
  @MaxLength(500)
  website?: string | null;

  @Field(() => String, { nullable: true, description: 'Country, ISO 3166-1 alpha-2 code.' })
  @IsOptional()
  @Matches(/^[A-Z]{2}$/, { message: 'must be an ISO 3166-1 alpha-2 code such as "FR"' })
  country?: string | null;

  @Field(() => String, { nullable: true, description: 'NUTS region code, e.g. "FRH0".' })
  @IsOptional()
  @Matches(/^[A-Z]{2}[A-Z0-9]{0,3}$/, { message: 'must be a NUTS code such as "FRH0"' })
  region?: string | null;

  @Field(() => String, { nullable: true, description: 'City (at most 200 characters).' })
  @IsOptional()
  @MaxLength(200)
  city?: string | null;

  @Field(() => SizeBand, { nullable: true, description: 'Number of employees, as a band.' })
  @IsOptional()
  @IsIn([...SIZE_BANDS])
  sizeBand?: Band | null;

  @Field(() => Int, { nullable: true, description: 'Year founded (1800 to 2100).' })
  @IsOptional()
  @IsInt()
  @Min(1800)
  @Max(2100)
  foundedYear?: number | null;

  @Field(() => Float, { nullable: true, description: 'Latitude in degrees (give longitude too).' })
  @IsOptional()
  @IsLatitude()
  latitude?: number | null;

  @Field(() => Float, { nullable: true, description: 'Longitude in degrees (give latitude too).' })
  @IsOptional()
  @IsLongitude()
  longitude?: number | null;
}
