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
}

func (c *serveCmd) Run(ctx context.Context, args []string) error {
	fs := flag.NewFlagSet("serve", flag.ContinueOnError)
	fs.Usage = func() {
		fmt.Fprintln(fs.Output(), "usage: zhnews serve [--index DIR] [--addr 127.0.0.1:8080]\n\n"+
			"Serves the search page at / and the JSON API at /api/search and /api/doc/{id}.\n"+
			"Binds to loopback unless --addr says otherwise. SIGHUP reopens the index\n"+
			"(after a re-ingest) without dropping requests.")
		fs.PrintDefaults()
	}
	fs.StringVar(&c.indexDir, "index", defaultIndexDir(), "index folder (env ZHNEWS_INDEX)")
	fs.StringVar(&c.addr, "addr", "127.0.0.1:8080", "address to listen on")
	fs.StringVar(&c.files, "files", ".", "folder that relative input paths in the index are read from, for the original-file link")
	if err := fs.Parse(args); err != nil {
		return err
	}
	if fs.NArg() > 0 {
		return fmt.Errorf("unexpected arguments %q", fs.Args())
	}
	x, err := index.OpenReadOnly(c.indexDir)
	if err != nil {
		return err
	}
	srv := web.New(x, web.Options{Logger: slog.Default(), Original: c.openOriginal})
	defer func() { srv.Swap(nil).(*index.Index).Close() }()
	go c.reopenOnHangup(ctx, srv)

	ln, err := net.Listen("tcp", c.addr)
	if err != nil {
		return fmt.Errorf("cannot listen on %s: %w", c.addr, err)
	}
	hs := srv.HTTPServer(c.addr)
	n, _ := x.Count()
	slog.Info("serving", "url", "http://"+ln.Addr().String()+"/", "index", c.indexDir, "articles", n)
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
		x, err := index.OpenReadOnly(c.indexDir)
		if err != nil {
			slog.Error("cannot reopen index; still serving the old one", "err", err)
			continue
		}
		if err := srv.Replace(x); err != nil {
			slog.Warn("closing the old index", "err", err)
		}
		n, _ := x.Count()
		slog.Info("reopened index", "index", c.indexDir, "articles", n)
	}
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
