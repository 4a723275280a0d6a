-- GET /api/scan/{code}: codes drawn at random from the sample file that `refurb-bench-store --seed`
-- wrote (lines "lot LOT-…", "tag R…", "serial SN…").
-- Arguments after wrk's `--`: the sample file, then the kinds to draw from, comma-separated
-- (default "tag,serial").
local here = debug.getinfo(1, "S").source:match("^@(.*/)") or "./"
dofile(here .. "report.lua")

local codes = {}
local requests = {}
local next_request = 0
local thread_number = 0

function setup(thread)
   thread_number = thread_number + 1
   thread:set("id", thread_number)
end

function init(args)
   local path = args[1] or error("scan.lua: the sample file is needed after --")
   local wanted = {}
   for kind in string.gmatch(args[2] or "tag,serial", "[^,]+") do wanted[kind] = true end
   for line in io.lines(path) do
      local kind, code = line:match("^(%S+)%s+(%S+)$")
      if kind and wanted[kind] then codes[#codes + 1] = code end
   end
   if #codes == 0 then error("scan.lua: no code of the kinds asked in " .. path) end
   math.randomseed(os.time() * 1000 + (id or 0))
   -- Requests are made up front: wrk shares the machine with the service, and formatting a request on
   -- every call cost it more CPU per request than /healthz's fixed one, CPU the service then lacked.
   for i = 1, 20000 do
      requests[i] = wrk.format("GET", "/api/scan/" .. codes[math.random(#codes)])
   end
end

function request()
   next_request = next_request % #requests + 1
   return requests[next_request]
end
