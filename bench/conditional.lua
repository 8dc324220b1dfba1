-- wrk script: a conditional GET (If-None-Match with the page's ETag), answered 304.
wrk.headers["If-None-Match"] = os.getenv("BENCH_ETAG")
