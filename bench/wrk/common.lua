-- Shared by the workload scripts: the names bench/sql/generate.sql gives its rows, a random pick
-- per request, and one machine-readable result line that bench/run.sh parses.

local models = tonumber(os.getenv("BENCH_MODELS") or "10000")
local providers = math.max(math.floor(models / 100), 5)
local first_day = os.time({ year = 2021, month = 1, day = 1, hour = 12 })

function random_model_number()
  return math.random(1, models)
end

function hugging_face_id(m)
  return string.format("bench-org-%04d/bench-model-%06d", 1 + m % providers, m)
end

function random_provider()
  return string.format("bench-org-%04d", math.random(1, providers))
end

-- A day within the ten versions' five years, so that every version gets asked about.
function random_date()
  return os.date("!%Y-%m-%d", first_day + math.random(0, 1820) * 86400)
end

local uses = { "MILITARY", "WEAPONS", "NUCLEAR", "ESPIONAGE", "SURVEILLANCE", "LAW_ENFORCEMENT",
  "CRITICAL_INFRASTRUCTURE", "COMMERCIAL", "RESEARCH", "TRAINING_OTHER_MODELS", "MEDICAL_ADVICE" }
local actors = {
  '{"kind": "GOVERNMENT", "country": "US"}',
  '{"kind": "DEFENSE_CONTRACTOR", "country": "GB"}',
  '{"kind": "COMPANY", "country": "DE", "monthlyActiveUsers": 1000000}',
  '{"kind": "ACADEMIC", "country": "FR", "purpose": "RESEARCH"}',
  'null',
}

function use_number(i)
  return uses[1 + (i - 1) % #uses]
end

function random_use()
  return uses[math.random(1, #uses)]
end

function random_actor()
  return actors[math.random(1, #actors)]
end

-- A GraphQL POST of a query from read_query with its variables (JSON).
-- A query of bench/queries/, on one line without its comments, ready to be put in a JSON string.
function read_query(name)
  local file = assert(io.open(os.getenv("BENCH_WRK_DIR") .. "/../queries/" .. name))
  local text = file:read("*a"):gsub("#[^\n]*", ""):gsub("%s+", " ")
  file:close()
  return text
end

local print_request = os.getenv("BENCH_PRINT_REQUEST") ~= nil

function graphql(query, variables)
  local body = string.format('{"query": "%s", "variables": %s}', query, variables)
  if print_request then
    -- bench/run.sh checks one request's answer before it measures the workload.
    io.write("BODY " .. body .. "\n")
    print_request = false
  end
  return wrk.format("POST", nil, { ["Content-Type"] = "application/json" }, body)
end

local threads = {}

function setup(thread)
  table.insert(threads, thread)
  thread:set("thread_number", #threads)
end

function init(args)
  math.randomseed(os.time() * 1000 + (thread_number or 0) * 7919)
  graphql_errors = 0
end

-- A GraphQL error comes with status 200; wrk would count it as an answer, so it is counted here.
function response(status, headers, body)
  if status == 200 and string.find(body, '"errors"', 1, true) then
    graphql_errors = graphql_errors + 1
  end
end

function done(summary, latency, requests)
  local e = summary.errors
  local answered_with_errors = 0
  for _, thread in ipairs(threads) do
    answered_with_errors = answered_with_errors + (thread:get("graphql_errors") or 0)
  end
  io.write(string.format("RESULT requests=%d duration_us=%d p50_us=%d p99_us=%d errors=%d\n",
    summary.requests, summary.duration, latency:percentile(50), latency:percentile(99),
    e.connect + e.read + e.write + e.timeout + e.status + answered_with_errors))
end
