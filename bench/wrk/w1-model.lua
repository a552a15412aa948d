-- W1: a model page by Hugging Face id, with its provider, licences, components and OSAID verdict.
dofile(os.getenv("BENCH_WRK_DIR") .. "/common.lua")

local query = read_query("w1-model.graphql")

function request()
  return graphql(query, string.format('{"id": "%s"}', hugging_face_id(random_model_number())))
end
