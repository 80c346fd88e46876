// Command ferretdb-local runs FerretDB v1 (MongoDB wire protocol over SQLite) for local runs and CI.
// It embeds FerretDB's package instead of `go install …/cmd/ferretdb`, whose binary panics on a
// missing version file; telemetry is off (the embedded package disables it), and a profiler listens only when asked (--pprof).
// It also gives every collection an `_id` index FerretDB's own queries can use (id-index.go).
package main

import (
	"context"
	"flag"
	"log"
	"log/slog"
	"os"
	"os/signal"
	"path/filepath"
	"syscall"
	"time"

	"github.com/FerretDB/FerretDB/ferretdb"
)

func main() {
	listen := flag.String("listen", "127.0.0.1:27017", "TCP address to listen on")
	data := flag.String("data", ".data/ferretdb", "directory for the SQLite databases (one file per database)")
	pprof := flag.String("pprof", "", "serve Go's profiler on this address (e.g. 127.0.0.1:6060); off when empty")
	flag.Parse()

	dir, err := filepath.Abs(*data)
	if err != nil {
		log.Fatal(err)
	}
	if err := os.MkdirAll(dir, 0o755); err != nil {
		log.Fatal(err)
	}

	logger := slog.New(lazyAttrs{inner: slog.NewTextHandler(os.Stderr, &slog.HandlerOptions{Level: slog.LevelWarn})})
	f, err := ferretdb.New(&ferretdb.Config{
		Listener:  ferretdb.ListenerConfig{TCP: *listen},
		Logger:    logger,
		Handler:   "sqlite",
		SQLiteURL: "file:" + dir + "/",
	})
	if err != nil {
		log.Fatal(err)
	}

	ctx, stop := signal.NotifyContext(context.Background(), syscall.SIGINT, syscall.SIGTERM)
	defer stop()

	done := make(chan struct{})
	go func() {
		defer close(done)
		if err := f.Run(ctx); err != nil {
			log.Print(err)
		}
	}()
	go indexIDs(ctx, dir, time.Second, logger) // see id-index.go: reads by _id must not scan
	servePprof(*pprof, logger)
	log.Printf("ferretdb-local listening: %s (data %s)", f.MongoDBURI(), dir)
	<-done
}
