-- wrk script: POST one quiz attempt per request and count the acknowledged ones (201).
-- The body is read from the BENCH_BODY environment variable (built by run.sh from GET /api/quiz).
wrk.method = "POST"
wrk.body = os.getenv("BENCH_BODY")
wrk.headers["Content-Type"] = "application/json"

acknowledged = 0  -- global: done() reads it from each thread with t:get()
local threads = {}

function setup(thread)
    table.insert(threads, thread)
end

function init(args)
    acknowledged = 0
end

function response(status, headers, body)
    if status == 201 then
        acknowledged = acknowledged + 1
    end
end

function done(summary, latency, requests)
    local total = 0
    for _, t in ipairs(threads) do
        total = total + t:get("acknowledged")
    end
    io.write(string.format("ACKNOWLEDGED %d\n", total))
end
