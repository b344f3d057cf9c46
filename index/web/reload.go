package web

import (
	"context"
	"time"

	"github.com/zhnews/zhnews/index"
)

// Reload opens the published generation of the index in dir read-only and
// swaps it in; the previous index is closed once the requests using it have
// finished. It returns the generation now served (see index.Published).
func (s *Server) Reload(dir string) (string, error) {
	gen := index.Published(dir)
	x, err := index.OpenReadOnly(dir)
	if err != nil {
		return "", err
	}
	s.genMu.Lock()
	s.gen = gen
	s.genMu.Unlock()
	return gen, s.Replace(x)
}

// Follow keeps the server on the newest published generation of the index
// in dir, as an ingest publishes them: every interval it compares
// index.Published(dir) with the generation it serves, and reloads when they
// differ. It returns when ctx ends. report, when not nil, is told of every
// reload and every failed one (the old index keeps serving then).
func (s *Server) Follow(ctx context.Context, dir string, every time.Duration, report func(gen string, err error)) {
	if every <= 0 {
		return
	}
	s.genMu.Lock()
	if s.gen == "" {
		s.gen = index.Published(dir)
	}
	s.genMu.Unlock()
	tick := time.NewTicker(every)
	defer tick.Stop()
	for {
		select {
		case <-ctx.Done():
			return
		case <-tick.C:
		}
		s.genMu.Lock()
		cur := s.gen
		s.genMu.Unlock()
		if now := index.Published(dir); now == "" || now == cur {
			continue
		}
		gen, err := s.Reload(dir)
		if report != nil {
			report(gen, err)
		}
	}
}
