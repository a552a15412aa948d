-- W4: a compliance report for 50 random models against 5 uses.
dofile(os.getenv("BENCH_WRK_DIR") .. "/common.lua")

local query = read_query("w4-compliance.graphql")

function request()
  local ids = {}
  for i = 1, 50 do
    ids[i] = '"' .. hugging_face_id(random_model_number()) .. '"'
  end
  local first = math.random(1, 11)
  local us = {}
  for i = 0, 4 do
    us[i + 1] = '"' .. use_number(first + i * 2) .. '"'
  end
  return graphql(query, string.format('{"ms": [%s], "us": [%s], "on": "%s", "a": %s}',
    table.concat(ids, ", "), table.concat(us, ", "), random_date(), random_actor()))
end
