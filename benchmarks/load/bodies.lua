-- wrk script: POSTs the pre-signed one-message webhook bodies of gen-bodies.js, cycling through all N of
-- them, each with its own X-Kik-Signature; thread k starts (k-1)*N/threads in, so the threads don't send
-- the same user at the same time. Requests are formatted once, in init, so wrk's Lua costs nothing per
-- request. At the end it prints one line, "RESULT {json}", that run.sh reads (latencies in microseconds).
--
--   BODIES_DATA=work/bodies-data.lua WRK_THREADS=2 BOT_USERNAME=loadbot \
--     wrk -t2 -c32 -d15s --latency -s bodies.lua http://127.0.0.1:18081/incoming

local next_id = 0

function setup(thread)
   next_id = next_id + 1
   thread:set("thread_number", next_id)
end

local requests = {}
local count = 0
local index = 0

function init(args)
   local data = dofile(os.getenv("BODIES_DATA") or "bodies-data.lua")
   local username = os.getenv("BOT_USERNAME") or "loadbot"
   for i, item in ipairs(data) do
      requests[i] = wrk.format("POST", nil, {
         ["Host"] = wrk.host .. ":" .. wrk.port,
         ["Content-Type"] = "application/json",
         ["X-Kik-Username"] = username,
         ["X-Kik-Signature"] = item.sig,
      }, item.body)
   end
   count = #requests
   local threads = tonumber(os.getenv("WRK_THREADS") or "2")
   index = math.floor((thread_number - 1) * count / threads) % count
end

function request()
   index = index + 1
   if index > count then
      index = 1
   end
   return requests[index]
end

function done(summary, latency, requests)
   local e = summary.errors
   local seconds = summary.duration / 1e6
   io.write(string.format(
      'RESULT {"requests":%d,"duration_us":%d,"rps":%.1f,"non2xx":%d,"connect":%d,"read":%d,"write":%d,' ..
      '"timeout":%d,"p50_us":%d,"p90_us":%d,"p99_us":%d,"p999_us":%d,"max_us":%d,"mean_us":%.1f}\n',
      summary.requests, summary.duration, summary.requests / seconds, e.status, e.connect, e.read, e.write,
      e.timeout, latency:percentile(50), latency:percentile(90), latency:percentile(99),
      latency:percentile(99.9), latency.max, latency.mean))
end
