import { Field, ID, ObjectType } from 'type-graphql';

@ObjectType('SearchSynonym', {
  description: 'ADMIN: a way citizens write what services call otherwise; the service search also finds `expansion` when `term` is typed.',
  simpleResolvers: true,
})
export class SearchSynonymType {
  @Field(() => ID)
  id!: string;

  @Field(() => String, { description: 'What citizens type, folded (lower case, no accents), one to three words: `kk`, `akta lahir`, `ijin`.' })
  term!: string;

  @Field(() => String, { description: 'Words used in service names that the term stands for: `kartu keluarga`.' })
  expansion!: string;

  @Field(() => Boolean, { description: 'Part of the default list shipped with Suara (it can be removed like any other).' })
  builtIn!: boolean;
}
