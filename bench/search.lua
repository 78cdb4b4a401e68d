local token = os.getenv("PIPEDESK_ADMIN_TOKEN") or "bench"
-- Two-filter search (status EQ, priority EQ) with values drawn at random, as a list view filter would.
local stages = { "1", "2", "3" }
local priorities = { "LOW", "MEDIUM", "HIGH", "URGENT" }
request = function()
  local body = string.format('{"filterGroups":[{"filters":[{"propertyName":"hs_pipeline_stage","operator":"EQ","value":"%s"},'
    .. '{"propertyName":"hs_ticket_priority","operator":"EQ","value":"%s"}]}],"limit":10}',
    stages[math.random(#stages)], priorities[math.random(#priorities)])
  return wrk.format("POST", nil, { ["Content-Type"] = "application/json", ["Authorization"] = "Bearer " .. token }, body)
end
