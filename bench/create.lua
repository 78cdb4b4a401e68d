local token = os.getenv("PIPEDESK_ADMIN_TOKEN") or "bench"
-- Single ticket creates, one per request.
local priorities = { "LOW", "MEDIUM", "HIGH", "URGENT" }
request = function()
  local body = string.format('{"properties":{"hs_pipeline":"0","hs_pipeline_stage":"1","subject":"Bench ticket %d","hs_ticket_priority":"%s"}}',
    math.random(1000000000), priorities[math.random(#priorities)])
  return wrk.format("POST", nil, { ["Content-Type"] = "application/json", ["Authorization"] = "Bearer " .. token }, body)
end
