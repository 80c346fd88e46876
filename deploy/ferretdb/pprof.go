package main

import (
	"log/slog"
	"net/http"
	_ "net/http/pprof" // registers /debug/pprof/ on the default mux
)

// servePprof serves Go's profiler on addr (e.g. 127.0.0.1:6060) for an operator who measures where
// FerretDB spends its CPU: `go tool pprof http://127.0.0.1:6060/debug/pprof/profile?seconds=30`.
// Off unless asked for (--pprof), and meant for a loopback address only.
func servePprof(addr string, logger *slog.Logger) {
	if addr == "" {
		return
	}
	go func() {
		if err := http.ListenAndServe(addr, nil); err != nil {
			logger.Warn("ferretdb-local: pprof listener stopped", "addr", addr, "error", err)
		}
	}()
}
