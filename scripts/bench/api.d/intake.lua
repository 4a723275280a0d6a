-- POST /api/devices: intake into one lot, each request with a serial never used before (serials are
-- unique in the inventory; the seeded ones all start with "SN").
-- Arguments after wrk's `--`: the lot code (default LOT-2026-0001), then a run tag that keeps serials
-- of successive runs on the same database apart (default: the time).
local here = debug.getinfo(1, "S").source:match("^@(.*/)") or "./"
dofile(here .. "report.lua")

local thread_number = 0
local counter = 0
local lot, run

function setup(thread)
   thread_number = thread_number + 1
   thread:set("id", thread_number)
end

function init(args)
   lot = args[1] or "LOT-2026-0001"
   run = args[2] or tostring(os.time())
   wrk.method = "POST"
   wrk.headers["Content-Type"] = "application/json"
end

function request()
   counter = counter + 1
   local body = string.format('{"lot":"%s","category":"laptop","serial":"WRK-%s-%d-%d"}', lot, run, id, counter)
   return wrk.format("POST", "/api/devices", nil, body)
end
