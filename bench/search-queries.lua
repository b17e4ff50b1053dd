-- wrk script for bench/search.sh: each request asks the next query of a list (one URL-encoded query per line,
-- from the file named by the environment variable QUERIES) at /api/v1/search?q=..., round robin; each wrk thread
-- starts at a different place in the list. After the run it prints the same RESULT line as report.lua.
-- SEARCH_PATH and SEARCH_ACCEPT ask another address (bench/run.sh asks the /search page for HTML).
local queries = {}
local counter = 0
local path = os.getenv("SEARCH_PATH") or "/api/v1/search"
local accept = os.getenv("SEARCH_ACCEPT") or "application/json"

init = function(args)
  local file = assert(io.open(os.getenv("QUERIES"), "r"))
  for line in file:lines() do
    if #line > 0 then queries[#queries + 1] = line end
  end
  file:close()
  math.randomseed(tonumber(tostring({}):match("0x(%x+)") or "1", 16) % 2147483647)
  counter = math.random(#queries)
end

request = function()
  counter = counter % #queries + 1
  return wrk.format("GET", path .. "?q=" .. queries[counter], { ["Accept"] = accept })
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
