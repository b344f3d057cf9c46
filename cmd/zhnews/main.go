// Command zhnews turns scraped Chinese news pages into a clean, searchable,
// structured corpus. Each subcommand lives in its own file and registers
// itself in init; main only dispatches.
package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"log/slog"
	"os"
	"os/signal"
	"runtime/pprof"
	"sort"
	"syscall"
)

// command is one subcommand: it parses its own flags from args and runs.
type command interface {
	Run(ctx context.Context, args []string) error
}

type commandInfo struct {
	name    string
	summary string
	new     func() command
}

var commands = map[string]commandInfo{}

// register adds a subcommand; called from the init of the file that defines it.
func register(name, summary string, newCmd func() command) {
	if _, dup := commands[name]; dup {
		panic("zhnews: command registered twice: " + name)
	}
	commands[name] = commandInfo{name, summary, newCmd}
}

// exitError carries an exit code other than 1 out of a command.
type exitError struct {
	code int
	msg  string
}

func (e *exitError) Error() string { return e.msg }

func main() {
	slog.SetDefault(slog.New(slog.NewTextHandler(os.Stderr, &slog.HandlerOptions{Level: logLevel()})))
	if len(os.Args) < 2 || os.Args[1] == "-h" || os.Args[1] == "--help" || os.Args[1] == "help" {
		usage(os.Stderr)
		if len(os.Args) < 2 {
			os.Exit(2)
		}
		return
	}
	info, ok := commands[os.Args[1]]
	if !ok {
		fmt.Fprintf(os.Stderr, "zhnews: unknown command %q\n\n", os.Args[1])
		usage(os.Stderr)
		os.Exit(2)
	}
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	stopProfile := startProfile(os.Getenv("ZHNEWS_CPUPROFILE"))
	err := info.new().Run(ctx, os.Args[2:])
	stopProfile()
	if err == nil {
		return
	}
	if errors.Is(err, flag.ErrHelp) {
		os.Exit(0)
	}
	var ee *exitError
	if errors.As(err, &ee) {
		if ee.msg != "" {
			fmt.Fprintf(os.Stderr, "zhnews %s: %s\n", info.name, ee.msg)
		}
		os.Exit(ee.code)
	}
	fmt.Fprintf(os.Stderr, "zhnews %s: %v\n", info.name, err)
	os.Exit(1)
}

// startProfile writes a CPU profile of the command to path, when path is
// not empty (ZHNEWS_CPUPROFILE=cpu.prof zhnews ingest ...; then
// go tool pprof cpu.prof). It returns the function that ends it.
func startProfile(path string) func() {
	if path == "" {
		return func() {}
	}
	f, err := os.Create(path)
	if err == nil {
		err = pprof.StartCPUProfile(f)
	}
	if err != nil {
		fmt.Fprintf(os.Stderr, "zhnews: no CPU profile: %v\n", err)
		return func() {}
	}
	return func() {
		pprof.StopCPUProfile()
		f.Close()
	}
}

func usage(w io.Writer) {
	fmt.Fprintln(w, "usage: zhnews <command> [flags] [args]\n\ncommands:")
	names := make([]string, 0, len(commands))
	for n := range commands {
		names = append(names, n)
	}
	sort.Strings(names)
	for _, n := range names {
		fmt.Fprintf(w, "  %-10s %s\n", n, commands[n].summary)
	}
	fmt.Fprintln(w, "\nRun 'zhnews <command> -h' for a command's flags.")
}

func logLevel() slog.Level {
	if os.Getenv("ZHNEWS_DEBUG") != "" {
		return slog.LevelDebug
	}
	return slog.LevelInfo
}
