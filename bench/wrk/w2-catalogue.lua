-- W2: a catalogue page of 100 models (one provider's) with provider, licence and openness summary.
dofile(os.getenv("BENCH_WRK_DIR") .. "/common.lua")

local query = read_query("w2-catalogue.graphql")

function request()
  return graphql(query, string.format('{"p": "%s", "n": 100}', random_provider()))
end
