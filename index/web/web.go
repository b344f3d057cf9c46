// Package web serves a zhnews index to a browser: a search page with facets,
// a month timeline and highlighted snippets, an article page with its
// entities, figures and dates marked, and the JSON API behind them.
//
// Everything shown comes from scraped web pages and is treated as untrusted:
// pages are rendered with html/template and never mark index text as safe;
// highlights arrive as segments, not HTML.
package web

import (
	"context"
	"embed"
	"html/template"
	"io"
	"io/fs"
	"log/slog"
	"net/http"
	"runtime"
	"sync"
	"time"

	"github.com/zhnews/zhnews/extract/segment"
	"github.com/zhnews/zhnews/index"
	"github.com/zhnews/zhnews/pipeline"
)

// Backend is what the server needs from an index; *index.Index is one.
type Backend interface {
	Search(ctx context.Context, r index.Request) (*index.Result, error)
	Doc(id string) (*pipeline.Record, error)
}

// Options configure a Server. The zero value works.
type Options struct {
	// Logger receives one line per failed request; nil logs nothing.
	Logger *slog.Logger
	// Timeout bounds the time one search may take (default 10s).
	Timeout time.Duration
	// Original, when set, opens the input file an article came from, for the
	// "original" link of the article page. Nil hides the link.
	Original func(rec *pipeline.Record) (io.ReadCloser, error)
	// Name is shown in the page header (default "zhnews").
	Name string
	// MaxSearches bounds the searches running at once (default 2 per CPU);
	// more wait for a slot up to twice Timeout, then get a 503.
	MaxSearches int
	// CacheSize is how many search results are kept for repeated requests
	// (default DefaultCacheSize; negative: none). The cache is emptied when
	// the backend changes.
	CacheSize int
}

// Limits on what a request may ask for.
const (
	MaxQueryRunes = index.MaxQueryRunes // longest query
	MaxPageSize   = index.MaxPageSize   // most hits per page
	MaxDepth      = 10000               // deepest hit a page may reach (page × size)
	MaxIDBytes    = 200                 // longest document id
	MaxOriginal   = 32 << 20            // largest original file served
)

//go:embed templates/*.html
var templateFS embed.FS

//go:embed static
var staticFS embed.FS

// Server is an http.Handler over a Backend. The backend may be replaced
// while serving: Swap and Replace take any Backend, Reload and Follow reopen
// an index folder as ingest publishes new generations of it.
type Server struct {
	opt   Options
	mu    sync.RWMutex // held for reading while a request uses b
	b     Backend
	mux   *http.ServeMux
	tmpl  *template.Template
	cache *resultCache  // nil when disabled
	slots chan struct{} // one token per running search

	genMu sync.Mutex
	gen   string // generation served, when following an index folder
}

// New returns a Server over b.
func New(b Backend, opt Options) *Server {
	if opt.Timeout <= 0 {
		opt.Timeout = 10 * time.Second
	}
	if opt.Name == "" {
		opt.Name = "zhnews"
	}
	if opt.MaxSearches <= 0 {
		opt.MaxSearches = 2 * runtime.NumCPU()
	}
	// A server highlights the hits of search after search: it loads the
	// full dictionary once, in the background, instead of building a
	// subset for each of its first searches (see segment.ForText).
	go segment.Default()
	s := &Server{opt: opt, b: b, tmpl: parseTemplates(), slots: make(chan struct{}, opt.MaxSearches)}
	switch {
	case opt.CacheSize == 0:
		s.cache = newResultCache(DefaultCacheSize)
	case opt.CacheSize > 0:
		s.cache = newResultCache(opt.CacheSize)
	}
	s.routes()
	return s
}

func (s *Server) routes() {
	static, _ := fs.Sub(staticFS, "static")
	m := http.NewServeMux()
	m.HandleFunc("GET /{$}", s.searchPage)
	m.HandleFunc("GET /doc/{id}", s.docPage)
	m.HandleFunc("GET /original/{id}", s.original)
	m.HandleFunc("GET /api/search", s.apiSearch)
	m.HandleFunc("GET /api/doc/{id}", s.apiDoc)
	m.Handle("GET /static/", cacheFor(24*time.Hour, http.StripPrefix("/static/", http.FileServerFS(static))))
	m.HandleFunc("/api/", func(w http.ResponseWriter, r *http.Request) {
		writeError(w, r, errNotFound("no such API route %s %s (try GET /api/search or GET /api/doc/{id})", r.Method, r.URL.Path))
	})
	m.HandleFunc("/", func(w http.ResponseWriter, r *http.Request) {
		s.errorPage(w, r, errNotFound("no page at %s", r.URL.Path))
	})
	s.mux = m
}

// ServeHTTP implements http.Handler.
func (s *Server) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	h := w.Header()
	h.Set("X-Content-Type-Options", "nosniff")
	h.Set("Referrer-Policy", "same-origin")
	h.Set("X-Frame-Options", "DENY")
	h.Set("Content-Security-Policy", "default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self'; frame-ancestors 'none'; base-uri 'none'; form-action 'self'")
	if r.Method != http.MethodGet && r.Method != http.MethodHead {
		h.Set("Allow", "GET, HEAD")
		writeError(w, r, &httpError{http.StatusMethodNotAllowed, "method " + r.Method + " not allowed; use GET"})
		return
	}
	s.mux.ServeHTTP(w, r)
}

// Swap makes b the backend of new requests and returns the previous one. It
// waits until no request uses the previous backend any more, so the caller
// may close it as soon as Swap returns.
func (s *Server) Swap(b Backend) Backend {
	s.mu.Lock()
	old := s.b
	s.b = b
	s.cache.clear()
	s.mu.Unlock()
	return old
}

// Replace swaps in b and closes the previous backend when it is an io.Closer.
func (s *Server) Replace(b Backend) error {
	if c, ok := s.Swap(b).(io.Closer); ok && c != nil {
		return c.Close()
	}
	return nil
}

// backend returns the current backend and the function that releases it.
func (s *Server) backend() (Backend, func()) {
	s.mu.RLock()
	return s.b, s.mu.RUnlock
}

// HTTPServer returns an http.Server for s on addr with timeouts and header
// limits suited to a local tool facing a browser.
func (s *Server) HTTPServer(addr string) *http.Server {
	return &http.Server{
		Addr:              addr,
		Handler:           s,
		ReadHeaderTimeout: 5 * time.Second,
		ReadTimeout:       10 * time.Second,
		WriteTimeout:      queueWait(s.opt.Timeout) + s.opt.Timeout + 10*time.Second,
		IdleTimeout:       2 * time.Minute,
		MaxHeaderBytes:    64 << 10,
	}
}

func cacheFor(d time.Duration, h http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Cache-Control", "public, max-age="+itoa(int(d.Seconds())))
		h.ServeHTTP(w, r)
	})
}

func (s *Server) logError(r *http.Request, status int, err error) {
	if s.opt.Logger != nil {
		s.opt.Logger.Error("request failed", "method", r.Method, "path", r.URL.Path, "status", status, "err", err)
	}
}
