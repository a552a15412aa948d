-- W5: a 500-model CycloneDX BOM checked for 5 uses (bench/bom/w5-requests.mjs writes the bodies,
-- each a different document, uses, date and actor; bench/run.sh passes their file).
dofile(os.getenv("BENCH_WRK_DIR") .. "/common.lua")

local bodies = {}
for line in io.lines(os.getenv("BENCH_W5_REQUESTS")) do
  bodies[#bodies + 1] = line
end
local print_body = os.getenv("BENCH_PRINT_REQUEST") ~= nil

function request()
  local body = bodies[math.random(1, #bodies)]
  if print_body then
    io.write("BODY " .. body .. "\n")
    print_body = false
  end
  return wrk.format("POST", nil, { ["Content-Type"] = "application/json" }, body)
end
