package main

import (
	"context"
	"log/slog"
	"slices"
)

// lazyAttrs defers formatting the attributes a logger is given with With until a record is actually
// written. FerretDB's SQL layer calls `l.With(args…)` around every statement, with the statement's
// arguments (whole documents), before a Debug call that our Warn level drops: the stock TextHandler
// formats those documents anyway, which cost 8% of FerretDB's CPU under load (pprof).
type lazyAttrs struct {
	inner slog.Handler
	attrs []slog.Attr
}

func (h lazyAttrs) Enabled(ctx context.Context, level slog.Level) bool { return h.inner.Enabled(ctx, level) }

func (h lazyAttrs) Handle(ctx context.Context, r slog.Record) error { return h.resolved().Handle(ctx, r) }

func (h lazyAttrs) WithAttrs(attrs []slog.Attr) slog.Handler {
	return lazyAttrs{inner: h.inner, attrs: append(slices.Clip(h.attrs), attrs...)}
}

func (h lazyAttrs) WithGroup(name string) slog.Handler { return lazyAttrs{inner: h.resolved().WithGroup(name)} }

func (h lazyAttrs) resolved() slog.Handler {
	if len(h.attrs) == 0 {
		return h.inner
	}
	return h.inner.WithAttrs(h.attrs)
}
