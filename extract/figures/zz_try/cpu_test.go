package figtry

import (
	"fmt"
	"syscall"
	"testing"
	"time"

	"github.com/zhnews/zhnews/extract/dates"
	"github.com/zhnews/zhnews/extract/entities"
	"github.com/zhnews/zhnews/extract/figures"
	"github.com/zhnews/zhnews/extract/segment"
)

func cpu() time.Duration {
	var ru syscall.Rusage
	syscall.Getrusage(syscall.RUSAGE_SELF, &ru)
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}

func TestCPUThroughput(t *testing.T) {
	txt := text(nil)
	toks := segment.Default().Tokens(txt)
	ref := time.Now()
	run := func(name string, f func()) {
		f()
		c0 := cpu()
		n := 0
		for cpu()-c0 < 3*time.Second {
			f()
			n++
		}
		d := cpu() - c0
		fmt.Printf("%s: %.1f MB per CPU-second (%d runs)\n", name, float64(len(txt)*n)/1e6/d.Seconds(), n)
	}
	run("figures", func() { figures.Extract(txt) })
	run("dates", func() { dates.Extract(txt, ref) })
	run("figures+dates", func() { figures.Extract(txt); dates.Extract(txt, ref) })
	run("entities", func() { entities.Extract(txt, toks) })
	run("all three", func() { figures.Extract(txt); dates.Extract(txt, ref); entities.Extract(txt, toks) })
}
