package main

import (
	"fmt"
	"log/slog"
	"os"
	"strings"
	"time"

	"github.com/zhnews/zhnews/pipeline"
)

// startProgress reports a run's progress until the returned function is
// called: a live line on a terminal, a log line every ten seconds otherwise.
func startProgress(st *pipeline.Stats, quiet bool) (stop func()) {
	if quiet {
		return func() {}
	}
	tty := isTerminal(os.Stderr)
	every := 10 * time.Second
	if tty {
		every = 250 * time.Millisecond
	}
	done := make(chan struct{})
	finished := make(chan struct{})
	go func() {
		defer close(finished)
		tick := time.NewTicker(every)
		defer tick.Stop()
		for {
			select {
			case <-done:
				if tty {
					fmt.Fprintf(os.Stderr, "\r%s\n", progressLine(st))
				}
				return
			case <-tick.C:
				if tty {
					fmt.Fprintf(os.Stderr, "\r%s", progressLine(st))
				} else {
					slog.Info("progress", "inputs", st.Inputs.Load(), "written", st.Written.Load(),
						"failed", st.Failed.Load(), "MB", float64(st.Bytes.Load())/1e6)
				}
			}
		}
	}()
	return func() {
		close(done)
		<-finished
	}
}

// progressLine renders: [#####.....] 41% 1203 files 812 docs 95.1 docs/s 1.20 MB/s ETA 12s
func progressLine(st *pipeline.Stats) string {
	secs := st.Elapsed().Seconds()
	if secs <= 0 {
		secs = 1e-9
	}
	read := float64(st.Bytes.Load())
	docs := st.Written.Load()
	line := fmt.Sprintf("%d inputs %d docs %d failed %.1f docs/s %.2f MB/s",
		st.Inputs.Load(), docs, st.Failed.Load(), float64(docs)/secs, read/1e6/secs)
	if total := float64(st.Expected.Load()); total > 0 {
		frac := min(read/total, 1)
		bar := int(frac * 20)
		eta := "?"
		if frac > 0 {
			eta = (time.Duration(secs/frac*(1-frac)) * time.Second).Round(time.Second).String()
		}
		line = fmt.Sprintf("[%s%s] %3.0f%% %s ETA %s", strings.Repeat("#", bar), strings.Repeat(".", 20-bar), frac*100, line, eta)
	}
	return line + "   "
}

func isTerminal(f *os.File) bool {
	info, err := f.Stat()
	return err == nil && info.Mode()&os.ModeCharDevice != 0
}
