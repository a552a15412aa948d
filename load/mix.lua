-- A realistic mix for wrk against a running registry: front-end reads (model pages, catalogue
-- pages, terms pages, compliance reports) and editors' writes, each checked for GraphQL errors.
-- Environment: LOAD_DIR (this folder), LOAD_MODELS (file of slugs), LOAD_TOKEN (editor token);
-- optional: LOAD_READ_TOKEN (reads signed in with it), LOAD_ADDRESS (sent as X-Forwarded-For).

local dir = os.getenv("LOAD_DIR") or "load"
local token = os.getenv("LOAD_TOKEN")
local read_token = os.getenv("LOAD_READ_TOKEN")
local address = os.getenv("LOAD_ADDRESS")

local function read(path)
  local f = assert(io.open(path, "r"))
  local text = f:read("*a")
  f:close()
  return text
end

local function escape(s)
  return (s:gsub('[%c"\\]', function(c)
    if c == '"' then return '\\"' end
    if c == "\\" then return "\\\\" end
    if c == "\n" then return "\\n" end
    return string.format("\\u%04x", c:byte())
  end))
end

local function body(query, variables)
  return '{"query":"' .. escape(query) .. '","variables":' .. variables .. '}'
end

local queries = dir .. "/../docs/queries/"
local model_page = read(queries .. "model.graphql")
local catalogue = read(queries .. "catalogue.graphql")
local model_terms = read(queries .. "model-terms.graphql")
local compliance = read(queries .. "compliance.graphql")
local register = "mutation Register($in: OrganizationRegisterInput!) { organizationRegister(input: $in)"
  .. " { organization { id } userErrors { code message } } }"

local slugs = {}
for line in io.lines(os.getenv("LOAD_MODELS")) do
  if line ~= "" then slugs[#slugs + 1] = line end
end

local dates = { "2023-06-01", "2024-10-01", "2024-12-01", "2025-06-01", "2026-11-01" }
local actors = {
  '{"kind":"GOVERNMENT","country":"US"}', '{"kind":"DEFENSE_CONTRACTOR","country":"GB"}',
  '{"kind":"COMPANY","country":"DE","monthlyActiveUsers":900000000}', '{"kind":"INDIVIDUAL","country":"CN"}',
}
local searches = { "llama", "deepseek", "mistral", "qwen", "gemma", "falcon", "bloom", "" }

local counter = 0
local threads = {}

function setup(thread)
  thread:set("id", #threads + 1)
  threads[#threads + 1] = thread
end

function init(args)
  graphql_errors = 0
  writes = 0
  reads = 0
  math.randomseed(os.time() + id)
end

local function pick(list) return list[math.random(#list)] end

function request()
  local r = math.random(100)
  local headers = { ["Content-Type"] = "application/json" }
  if read_token then headers["Authorization"] = "Bearer " .. read_token end
  if address then headers["X-Forwarded-For"] = address end
  local payload
  if r <= 35 then
    payload = body(model_page, '{"slug":"' .. pick(slugs) .. '"}')
  elseif r <= 60 then
    payload = body(catalogue, '{"filter":{"search":"' .. pick(searches) .. '"},"first":20}')
  elseif r <= 85 then
    payload = body(model_terms, '{"slug":"' .. pick(slugs) .. '","on":"' .. pick(dates)
      .. '","actor":' .. pick(actors) .. '}')
  elseif r <= 97 then
    payload = body(compliance, '{"models":["' .. pick(slugs) .. '","' .. pick(slugs) .. '","'
      .. pick(slugs) .. '"],"uses":["MILITARY","COMMERCIAL","LAW_ENFORCEMENT"],"on":"' .. pick(dates)
      .. '","actor":' .. pick(actors) .. ',"model":"' .. pick(slugs) .. '","use":"MILITARY"}')
  else
    counter = counter + 1
    headers["Authorization"] = "Bearer " .. token
    payload = body(register, '{"in":{"slug":"load-' .. id .. '-' .. os.time() .. '-' .. counter
      .. '","name":"Load test organisation","country":"FR"}}')
  end
  return wrk.format("POST", "/graphql", headers, payload)
end

function response(status, headers, text)
  local write = text:find('"organizationRegister"', 1, true)
  local ok = status == 200 and not text:find('"errors"', 1, true)
    and (not write or text:find('"userErrors":[]', 1, true))
  if ok then
    if write then writes = writes + 1 else reads = reads + 1 end
  else
    graphql_errors = graphql_errors + 1
    if graphql_errors <= 3 then io.stderr:write("error response: " .. text:sub(1, 300) .. "\n") end
  end
end

function done(summary, latency, requests)
  local errors, w, r = 0, 0, 0
  for _, t in ipairs(threads) do
    errors = errors + t:get("graphql_errors")
    w = w + t:get("writes")
    r = r + t:get("reads")
  end
  local s = summary
  io.write(string.format("requests=%d duration_s=%.1f rps=%.1f\n", s.requests, s.duration / 1e6,
    s.requests / (s.duration / 1e6)))
  io.write(string.format("latency_ms p50=%.2f p90=%.2f p99=%.2f max=%.2f\n",
    latency:percentile(50) / 1000, latency:percentile(90) / 1000, latency:percentile(99) / 1000,
    latency.max / 1000))
  io.write(string.format("errors socket=%d http_non2xx=%d graphql=%d\n",
    s.errors.connect + s.errors.read + s.errors.write + s.errors.timeout, s.errors.status, errors))
  io.write(string.format("ok_reads=%d ok_writes=%d\n", r, w))
end
