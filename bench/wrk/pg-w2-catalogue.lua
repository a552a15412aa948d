-- W2 on PostGraphile: one provider's first 100 models with provider, licences, and the
-- components' availability that the registry's openness summary is computed from.
dofile(os.getenv("BENCH_WRK_DIR") .. "/common.lua")

local query = read_query("postgraphile-w2-catalogue.graphql")

function request()
  return graphql(query, string.format('{"p": "%s", "n": 100}', random_provider()))
end
