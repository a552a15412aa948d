-- W1 on PostGraphile: the data of the model page (no verdicts: PostGraphile has no domain logic).
dofile(os.getenv("BENCH_WRK_DIR") .. "/common.lua")

local query = "query($id: String!) { allModels(condition: { huggingFaceId: $id }) { nodes {"
  .. " slug name huggingFaceId releasedOn organizationByProviderId { slug name country }"
  .. " modelLicensesByModelId { nodes { licenseByLicenseId { key name osiApproved } } }"
  .. " componentsByModelId { nodes { kind availability licenseExpression"
  .. " componentLicensesByComponentId { nodes { licenseByLicenseId { key osiApproved } } } } } } } }"

function request()
  return graphql(query, string.format('{"id": "%s"}', hugging_face_id(random_model_number())))
end
