-- W2 on PostGraphile: one provider's first 100 models with provider, licences, and the
-- components' availability that the registry's openness summary is computed from.
dofile(os.getenv("BENCH_WRK_DIR") .. "/common.lua")

local query = "query($p: String!) { organizationBySlug(slug: $p) {"
  .. " modelsByProviderId(first: 100, orderBy: SLUG_ASC) { totalCount nodes {"
  .. " slug name huggingFaceId releasedOn parameterCount modality"
  .. " organizationByProviderId { slug name country }"
  .. " modelLicensesByModelId { nodes { licenseByLicenseId { key name kind osiApproved } } }"
  .. " componentsByModelId { nodes { kind availability } } } } } }"

function request()
  return graphql(query, string.format('{"p": "%s"}', random_provider()))
end
