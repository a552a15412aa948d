-- The AOT cache's training run (bench/run.sh, JDK 25): model pages and permissions of the curated
-- dataset's models, as the embedded registry holds them.
local ids = { "tiiuae/falcon-40b","mistralai/Mistral-7B-v0.1","mistralai/Mixtral-8x7B-v0.1","meta-llama/Llama-2-13b-hf","meta-llama/Meta-Llama-3-8B","meta-llama/Llama-3.1-405B","bigcode/starcoder2-15b","LLM360/Amber","microsoft/phi-2","google/gemma-2-9b","EleutherAI/pythia-12b","openai/gpt-oss-120b","bigscience/bloom","allenai/OLMo-7B","deepseek-ai/DeepSeek-V3","Qwen/Qwen2.5-7B","Qwen/Qwen3-8B" }
local uses = { "MILITARY", "COMMERCIAL", "RESEARCH", "TRAINING_OTHER_MODELS", "MEDICAL_ADVICE" }
local q1 = 'query ModelPage($id: String) { model(huggingFaceId: $id) { slug name huggingFaceId releasedOn provider { slug name country } licenses { identifier name osiApproved } components { kind availability licenseExpression licenses { identifier osiApproved } } osaid { verdict } } }'
local q3 = 'query Permission($m: String!, $u: UseCategory!, $on: Date, $a: ActorInput) { usePermission(model: $m, use: $u, on: $on, actor: $a) { verdict explicit conditions explanation rules { effect quote document { title } version { label effectiveFrom } } } }'
local n = 0
function request()
  n = n + 1
  local id = ids[math.random(1, #ids)]
  local body
  if n % 2 == 0 then
    body = string.format('{"query": "%s", "variables": {"id": "%s"}}', q1, id)
  else
    body = string.format('{"query": "%s", "variables": {"m": "%s", "u": "%s", "on": "2025-06-01", "a": {"kind": "COMPANY", "country": "DE"}}}', q3, id, uses[math.random(1,#uses)])
  end
  return wrk.format("POST", "/graphql", { ["Content-Type"] = "application/json" }, body)
end
local errs = 0
function response(status, headers, body)
  if status ~= 200 or string.find(body, '"errors"') then errs = errs + 1 end
end
function done(summary, latency, requests)
  io.write(string.format("rps=%.1f p50=%.2fms p99=%.2fms non2xx=%d\n", summary.requests / (summary.duration/1e6), latency:percentile(50)/1000, latency:percentile(99)/1000, summary.errors.status))
end
