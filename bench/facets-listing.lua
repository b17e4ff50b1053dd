-- wrk script for bench/facets.sh: each request asks the next listing of a list (one path with its query per line,
-- from the file named by the environment variable PATHS), round robin, as the API token in TOKEN, so that the page
-- cache (logged-out readers only) never answers and the listing is rendered. Each wrk thread starts at a different
-- place in the list. After the run it prints the same RESULT line as report.lua.
local paths = {}
local counter = 0
local headers = {}

init = function(args)
  local file = assert(io.open(os.getenv("PATHS"), "r"))
  for line in file:lines() do
    if #line > 0 then paths[#paths + 1] = line end
  end
  file:close()
  headers["Authorization"] = "Bearer " .. os.getenv("TOKEN")
  headers["Accept"] = "text/html"
  math.randomseed(tonumber(tostring({}):match("0x(%x+)") or "1", 16) % 2147483647)
  counter = math.random(#paths)
end

request = function()
  counter = counter % #paths + 1
  return wrk.format("GET", paths[counter], headers)
end

done = function(summary, latency, requests)
  local e = summary.errors
  io.write(string.format(
    "RESULT requests=%d duration_us=%d bytes=%d rps=%.1f p50_us=%d p90_us=%d p99_us=%d max_us=%d non2xx3xx=%d connect_err=%d read_err=%d write_err=%d timeout_err=%d\n",
    summary.requests, summary.duration, summary.bytes,
    summary.requests / (summary.duration / 1e6),
    latency:percentile(50), latency:percentile(90), latency:percentile(99), latency.max,
    e.status, e.connect, e.read, e.write, e.timeout))
end
