-- W2: a catalogue page of 100 models (one provider's) with provider, licence and openness summary.
dofile(os.getenv("BENCH_WRK_DIR") .. "/common.lua")

local query = "query($p: String) { models(filter: { provider: $p }, first: 100) { totalCount"
  .. " nodes { slug name huggingFaceId releasedOn parameterCount modality"
  .. " provider { slug name country } license { identifier name kind osiApproved }"
  .. " openness { weights code data } } } }"

function request()
  return graphql(query, string.format('{"p": "%s"}', random_provider()))
end
