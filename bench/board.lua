wrk.headers["Authorization"] = "Bearer pipedesk-bench"
