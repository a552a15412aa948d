-- W1 on PostGraphile: the data of the model page (no verdicts: PostGraphile has no domain logic).
dofile(os.getenv("BENCH_WRK_DIR") .. "/common.lua")

local query = read_query("postgraphile-w1-model.graphql")

function request()
  return graphql(query, string.format('{"id": "%s"}', hugging_face_id(random_model_number())))
end
