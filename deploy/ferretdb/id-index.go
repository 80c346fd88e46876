package main

import (
	"context"
	"database/sql"
	"fmt"
	"log/slog"
	"os"
	"path/filepath"
	"syscall"
	"time"

	_ "modernc.org/sqlite" // the driver FerretDB itself uses
)

// FerretDB v1.24 indexes `_id` as `_ferretdb_sjson->"_id"` but filters by `_ferretdb_sjson->'$._id'`.
// SQLite matches index expressions by their text, so every read by `_id` scans the whole table
// (measured: 1.9 s per read at 100,000 cases). indexIDs adds, to every collection table, an index on
// the very expression FerretDB's queries use, so a read by `_id` is a lookup, as on MongoDB.
//
// It looks at a database only when its schema changed (`PRAGMA schema_version`, read from the file
// header), and compares tables with indexes as sets: a store with hundreds of collections (one per
// due date) is not rescanned every second.
const missingIDIndexes = `SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE '\_ferretdb\_%' ESCAPE '\'
EXCEPT SELECT substr(name, 1, length(name) - 8) FROM sqlite_master WHERE type = 'index' AND name LIKE '%\_\_id\_sql' ESCAPE '\'`

// watched is one database file as indexIDs last saw it.
type watched struct {
	db      *sql.DB
	inode   uint64 // a database dropped and created again under its name is a new file
	version int64  // schema_version when nothing was missing
}

func inodeOf(file string) (uint64, bool) {
	info, err := os.Stat(file)
	if err != nil {
		return 0, false
	}
	st, ok := info.Sys().(*syscall.Stat_t)
	if !ok {
		return 0, false
	}
	return st.Ino, true
}

func indexIDs(ctx context.Context, dir string, every time.Duration, logger *slog.Logger) {
	open := map[string]*watched{}
	forget := func(file string) {
		if w, ok := open[file]; ok {
			_ = w.db.Close()
			delete(open, file)
		}
	}
	defer func() {
		for file := range open {
			forget(file)
		}
	}()
	tick := time.NewTicker(every)
	defer tick.Stop()
	for {
		files, _ := filepath.Glob(filepath.Join(dir, "*.sqlite"))
		seen := map[string]bool{}
		for _, file := range files {
			seen[file] = true
			inode, ok := inodeOf(file)
			if !ok {
				continue
			}
			if w, ok := open[file]; ok && w.inode != inode {
				forget(file) // our handle is on the dropped file
			}
			w, ok := open[file]
			if !ok {
				db, err := sql.Open("sqlite", "file:"+file+"?mode=rw&_pragma=busy_timeout(10000)")
				if err != nil {
					continue
				}
				db.SetMaxOpenConns(1)
				w = &watched{db: db, inode: inode, version: -1}
				open[file] = w
			}
			var version int64
			if w.db.QueryRowContext(ctx, "PRAGMA schema_version").Scan(&version) != nil || version == w.version {
				continue
			}
			// Remembered only when nothing was missing: a table created after the version was read changes
			// it again, and our own CREATE INDEX does too, so the next tick confirms.
			if created, ok := indexTables(ctx, w.db, logger); ok && created == 0 {
				w.version = version
			}
		}
		for file := range open { // dropped databases
			if !seen[file] {
				forget(file)
			}
		}
		select {
		case <-ctx.Done():
			return
		case <-tick.C:
		}
	}
}

// indexTables creates the missing indexes; ok is false when one could not be (the next tick tries again).
func indexTables(ctx context.Context, db *sql.DB, logger *slog.Logger) (created int, ok bool) {
	rows, err := db.QueryContext(ctx, missingIDIndexes)
	if err != nil {
		return 0, false // a database FerretDB is still creating
	}
	var tables []string
	for rows.Next() {
		var name string
		if rows.Scan(&name) == nil {
			tables = append(tables, name)
		}
	}
	_ = rows.Close()
	ok = true
	for _, t := range tables {
		q := fmt.Sprintf(`CREATE INDEX IF NOT EXISTS %q ON %q (_ferretdb_sjson->'$._id')`, t+"__id_sql", t)
		if _, err := db.ExecContext(ctx, q); err != nil {
			logger.Warn("ferretdb-local: _id lookup index not created", "table", t, "error", err)
			ok = false
			continue
		}
		created++
	}
	return created, ok
}
