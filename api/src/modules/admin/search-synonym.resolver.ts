import { Arg, Authorized, Ctx, ID, Mutation, Query, Resolver } from 'type-graphql';
import { Role } from '../../common/enums.js';
import type { Context } from '../../graphql/context.js';
import { SearchSynonymAdminService } from './search-synonym-admin.service.js';
import { SearchSynonymType } from './search-synonym.types.js';

/** The service search's synonym list (decision record 0037): ADMIN only, every change audited. */
@Resolver()
export class SearchSynonymResolver {
  @Authorized(Role.ADMIN)
  @Query(() => [SearchSynonymType], { description: 'ADMIN: the abbreviations and everyday spellings the service search understands, by term.' })
  searchSynonyms(@Ctx() ctx: Context): Promise<SearchSynonymType[]> {
    return new SearchSynonymAdminService(ctx).list();
  }

  @Authorized(Role.ADMIN)
  @Mutation(() => SearchSynonymType, { description: 'ADMIN: the search also finds `expansion` when citizens type `term`; both are folded (lower case, no accents).' })
  addSearchSynonym(@Arg('term', () => String) term: string, @Arg('expansion', () => String) expansion: string, @Ctx() ctx: Context): Promise<SearchSynonymType> {
    return new SearchSynonymAdminService(ctx).add(term, expansion);
  }

  @Authorized(Role.ADMIN)
  @Mutation(() => Boolean, { description: 'ADMIN: removes one synonym (a default one too).' })
  removeSearchSynonym(@Arg('id', () => ID) id: string, @Ctx() ctx: Context): Promise<boolean> {
    return new SearchSynonymAdminService(ctx).remove(id);
  }
}
