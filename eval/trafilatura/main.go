// Command trafilatura runs go-trafilatura and zhnews on the same labeled HTML
// pages in one run and prints, for each, the body score (character-bigram
// precision, recall and F1 averaged over pages), the publish dates right by
// day, and the speed in pages per second.
//
// It lives in its own module so that go-trafilatura stays out of the main
// module's dependencies.
package main

import (
	"flag"
	"fmt"
	"os"
	"path/filepath"
)

func main() {
	var (
		gold     = flag.String("gold", "", "labeled set (default: $ZHNEWS_SHARED or ../shared beside the repo, corpus/cwced/gold.jsonl)")
		rounds   = flag.Int("rounds", 3, "timed passes over the pages per tool; the fastest counts")
		fallback = flag.Bool("fallback", true, "also run go-trafilatura with its readability and dom-distiller fallbacks")
		verbose  = flag.Bool("v", false, "print the score of each page")
	)
	flag.Parse()
	if *gold == "" {
		*gold = defaultGold()
	}
	if err := run(*gold, *rounds, *fallback, *verbose); err != nil {
		fmt.Fprintln(os.Stderr, "trafilatura:", err)
		os.Exit(1)
	}
}

// defaultGold finds the cwced labels beside the repository.
func defaultGold() string {
	if d := os.Getenv("ZHNEWS_SHARED"); d != "" {
		return filepath.Join(d, "corpus", "cwced", "gold.jsonl")
	}
	dir, _ := os.Getwd()
	for ; dir != filepath.Dir(dir); dir = filepath.Dir(dir) {
		if _, err := os.Stat(filepath.Join(dir, "extract", "extract.go")); err == nil {
			return filepath.Join(filepath.Dir(dir), "shared", "corpus", "cwced", "gold.jsonl")
		}
	}
	return filepath.Join("..", "shared", "corpus", "cwced", "gold.jsonl")
}
