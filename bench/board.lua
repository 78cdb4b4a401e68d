wrk.headers["Authorization"] = "Bearer bench"
