/**
 * The only GraphQL documents the widgets send. They are fixed (variables carry the settings) so
 * that the API can safelist them: the build writes dist/operations.json, sha256 → document.
 * Keep each on one line: the hash covers the exact text.
 */
export const operations = {
  LightBridgeMembers:
    'query LightBridgeMembers($cluster:String!,$search:String,$first:Int!,$after:String){organization(slug:$cluster){name members(first:$first,after:$after,filter:{search:$search}){totalCount pageInfo{hasNextPage endCursor} nodes{slug name city country}}}}',
  LightBridgeOrganization:
    'query LightBridgeOrganization($slug:String!,$lang:Language!){organization(slug:$slug){slug name kind city country description website verified capabilities(first:30){nodes{technology{code label(lang:$lang)}}}}}',
  LightBridgeSearch:
    'query LightBridgeSearch($search:String!){organizations(first:8,filter:{search:$search},sort:RELEVANCE){totalCount nodes{slug name city country}}}',
  LightBridgeValueChain:
    'query LightBridgeValueChain($application:String!,$technology:String,$regions:[String!],$clusters:[String!],$lang:Language!){valueChainCoverage(application:$application,technology:$technology,regions:$regions,clusters:$clusters){application{label(lang:$lang)} technology{label(lang:$lang)} gapCount stages{position isGap providerCount providerCountElsewhere stage{code label(lang:$lang)}}}}',
  LightBridgeMap:
    'query LightBridgeMap($cluster:String!){organization(slug:$cluster){name members(first:100){totalCount nodes{slug name city location{latitude longitude}}}}}',
} as const;

export type OperationName = keyof typeof operations;
