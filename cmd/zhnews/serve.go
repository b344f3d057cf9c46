package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"io/fs"
	"log/slog"
	"net"
	"net/http"
	"os"
	"os/signal"
	"path/filepath"
	"strings"
	"syscall"
	"time"

	"github.com/zhnews/zhnews/index"
	"github.com/zhnews/zhnews/index/web"
	"github.com/zhnews/zhnews/pipeline"
	"github.com/zhnews/zhnews/seeds"
)

func init() {
	register("serve", "search the corpus in a browser", func() command { return &serveCmd{} })
}

type serveCmd struct {
	indexDir string
	addr     string
	files    string
	reload   time.Duration
}

func (c *serveCmd) Run(ctx context.Context, args []string) error {
	fs := flag.NewFlagSet("serve", flag.ContinueOnError)
	fs.Usage = func() {
		fmt.Fprintln(fs.Output(), "usage: zhnews serve [--index DIR] [--addr 127.0.0.1:8080]\n\n"+
			"Serves the search page at / and the JSON API at /api/search and /api/doc/{id}.\n"+
			"Binds to loopback unless --addr says otherwise. While serving, a new generation\n"+
			"published by zhnews ingest is picked up within --reload; SIGHUP reopens at once.\n"+
			"Requests in flight finish on the old index.")
		fs.PrintDefaults()
	}
	fs.StringVar(&c.indexDir, "index", defaultIndexDir(), "index folder (env ZHNEWS_INDEX)")
	fs.StringVar(&c.addr, "addr", "127.0.0.1:8080", "address to listen on")
	fs.StringVar(&c.files, "files", ".", "folder that relative input paths in the index are read from, for the original-file link")
	fs.DurationVar(&c.reload, "reload", 2*time.Second, "how often to look for a newly published index (0: only on SIGHUP)")
	if err := fs.Parse(args); err != nil {
		return err
	}
	if fs.NArg() > 0 {
		return fmt.Errorf("unexpected arguments %q", fs.Args())
	}
	srv := web.New(nil, web.Options{Logger: slog.Default(), Original: c.openOriginal})
	if _, err := srv.Reload(c.indexDir); err != nil {
		return err
	}
	defer srv.Replace(nil)
	go c.reopenOnHangup(ctx, srv)
	go srv.Follow(ctx, c.indexDir, c.reload, reported)

	ln, err := net.Listen("tcp", c.addr)
	if err != nil {
		return fmt.Errorf("cannot listen on %s: %w", c.addr, err)
	}
	if ip := ln.Addr().(*net.TCPAddr).IP; !ip.IsLoopback() {
		slog.Warn("serving beyond this machine: anyone who can reach " + ln.Addr().String() + " can read the corpus; there is no authentication")
	}
	hs := srv.HTTPServer(c.addr)
	slog.Info("serving", "url", "http://"+ln.Addr().String()+"/", "index", c.indexDir, "articles", count(c.indexDir))
	errc := make(chan error, 1)
	go func() { errc <- hs.Serve(ln) }()
	select {
	case err := <-errc:
		return err
	case <-ctx.Done():
	}
	shutdown, cancel := context.WithTimeout(context.Background(), 5*time.Second)
	defer cancel()
	if err := hs.Shutdown(shutdown); err != nil {
		return fmt.Errorf("shutdown: %w", err)
	}
	if err := <-errc; err != nil && !errors.Is(err, http.ErrServerClosed) {
		return err
	}
	slog.Info("stopped")
	return nil
}

// reopenOnHangup reopens the index on SIGHUP and swaps it in; requests in
// flight finish on the old index, which is closed after them.
func (c *serveCmd) reopenOnHangup(ctx context.Context, srv *web.Server) {
	hup := make(chan os.Signal, 1)
	signal.Notify(hup, syscall.SIGHUP)
	defer signal.Stop(hup)
	for {
		select {
		case <-ctx.Done():
			return
		case <-hup:
		}
		reported(srv.Reload(c.indexDir))
	}
}

// reported logs the outcome of a reload.
func reported(gen string, err error) {
	if err != nil {
		slog.Error("cannot reopen the index; still serving the old one", "err", err)
		return
	}
	slog.Info("reopened the index", "generation", gen)
}

// count returns the number of articles in the published index, for the log.
func count(dir string) uint64 {
	x, err := index.OpenReadOnly(dir)
	if err != nil {
		return 0
	}
	defer x.Close()
	n, _ := x.Count()
	return n
}

// openOriginal opens the input file of an article: the built-in seeds from
// the binary, other relative paths under --files, absolute paths as they are.
// Only regular files are served; the path comes from the index, never from
// the request.
func (c *serveCmd) openOriginal(rec *pipeline.Record) (io.ReadCloser, error) {
	p := rec.Path
	if p == "" || p == "-" {
		return nil, errors.New("the article came from standard input")
	}
	if name, ok := strings.CutPrefix(p, "seeds/"); ok {
		if f, err := seeds.FS.Open(name); err == nil {
			return f, nil
		}
	}
	if !filepath.IsAbs(p) {
		p = filepath.Join(c.files, p)
	}
	f, err := os.Open(p)
	if err != nil {
		return nil, err
	}
	if st, err := f.Stat(); err != nil || !st.Mode().IsRegular() {
		f.Close()
		return nil, fs.ErrNotExist
	}
	return f, nil
}
