-- W3: may a random model be used for a random use, on a random date, by a random actor?
dofile(os.getenv("BENCH_WRK_DIR") .. "/common.lua")

local query = read_query("w3-permission.graphql")

function request()
  return graphql(query, string.format('{"m": "%s", "u": "%s", "on": "%s", "a": %s}',
    hugging_face_id(random_model_number()), random_use(), random_date(), random_actor()))
end
