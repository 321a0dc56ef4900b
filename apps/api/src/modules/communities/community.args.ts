import { ArgsType, Field } from 'type-graphql';
import { ForwardPageArgs, PageArgs } from '../../graphql/pagination';
import { LinkKind, LinkStatus } from './link.type';
import type { LinkStatus as Status } from './link.entity';

@ArgsType()
export class CommunitiesArgs extends PageArgs {
  @Field(() => String, { nullable: true, description: 'Full-text search over name and description; tolerant of typos and accents.' })
  search?: string | null;

  @Field(() => [String], {
    nullable: true,
    description: 'Tagged with any of these terms (codes of any facet); a term includes all its descendants.',
  })
  terms?: string[] | null;
}

@ArgsType()
export class LinksArgs extends ForwardPageArgs {
  @Field(() => LinkKind, { nullable: true, description: 'Only community links or only cluster links; both when omitted.' })
  kind?: LinkKind | null;

  @Field(() => LinkStatus, { nullable: true, description: 'Only links with this status; all when omitted.' })
  status?: Status | null;
}

@ArgsType()
export class EndLinksArgs extends ForwardPageArgs {
  @Field(() => LinkStatus, { nullable: true, description: 'Only links with this status; all when omitted.' })
  status?: Status | null;
}
