-- W1: a model page by Hugging Face id, with its provider, licences, components and OSAID verdict.
dofile(os.getenv("BENCH_WRK_DIR") .. "/common.lua")

local query = "query($id: String) { model(huggingFaceId: $id) { slug name huggingFaceId releasedOn"
  .. " provider { slug name country } licenses { identifier name osiApproved }"
  .. " components { kind availability licenseExpression licenses { identifier osiApproved } }"
  .. " osaid { verdict } } }"

function request()
  return graphql(query, string.format('{"id": "%s"}', hugging_face_id(random_model_number())))
end
