local token = os.getenv("PIPEDESK_ADMIN_TOKEN") or "bench"
wrk.headers["Authorization"] = "Bearer " .. token
