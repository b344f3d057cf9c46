package main

import (
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"

	"github.com/zhnews/zhnews/eval/synth"
	"github.com/zhnews/zhnews/index"
	"github.com/zhnews/zhnews/pipeline"
)

// TestIncremental checks that ingest is idempotent and incremental: an
// unchanged folder is skipped, a changed file replaces its article (same
// id, new content), a file that shrank from two articles to one loses the
// second, and --prune removes the articles of deleted files (and only with
// --prune).
func TestIncremental(t *testing.T) {
	tmp := t.TempDir()
	in := filepath.Join(tmp, "in")
	if _, err := synth.WriteDir(in, 100, 7); err != nil {
		t.Fatal(err)
	}
	idx := filepath.Join(tmp, "idx")
	mustZhnews(t, 0, "ingest", in, "--index", idx, "-q")
	ids := indexed(t, idx)
	paths := byPath(ids)
	inputs := len(paths)

	r := mustZhnews(t, 0, "ingest", in, "--index", idx, "-q")
	if want := fmt.Sprintf("(%d unchanged, skipped;", inputs); !strings.Contains(r.stderr, "ingested 0 articles") || !strings.Contains(r.stderr, want) {
		t.Fatalf("re-run on an unchanged folder: %q, want 0 articles and %q", r.stderr, want)
	}

	single, multi := pickInputs(t, paths)
	other := writeOther(t, tmp)
	old := doc(t, idx, paths[single][0])
	copyFile(t, other, single)
	mustZhnews(t, 0, "ingest", in, "--index", idx, "-q")
	if sum := lastIngest(t, idx); sum.Unchanged != int64(inputs-1) || sum.Inputs-sum.Unchanged != 1 {
		t.Errorf("after changing one file: %d unchanged, %d processed; want %d and 1", sum.Unchanged, sum.Inputs-sum.Unchanged, inputs-1)
	}
	now := doc(t, idx, paths[single][0])
	if now.Body == old.Body || now.ID != old.ID {
		t.Errorf("changed file: article %s -> %s, body changed %v; want the same id with the new body", old.ID, now.ID, now.Body != old.Body)
	}

	copyFile(t, other, multi)
	mustZhnews(t, 0, "ingest", in, "--index", idx, "-q")
	after := byPath(indexed(t, idx))
	if got := after[multi]; len(got) != 1 || got[0] != paths[multi][0] {
		t.Errorf("%s held %v, now one article; index has %v, want [%s]", multi, paths[multi], got, paths[multi][0])
	}

	if err := os.Remove(single); err != nil {
		t.Fatal(err)
	}
	mustZhnews(t, 0, "ingest", in, "--index", idx, "-q")
	if got := byPath(indexed(t, idx))[single]; len(got) != 1 {
		t.Errorf("without --prune the deleted file's article should stay; got %v", got)
	}
	mustZhnews(t, 0, "ingest", in, "--index", idx, "--prune", "-q")
	final := indexed(t, idx)
	if got := byPath(final)[single]; len(got) != 0 {
		t.Errorf("--prune kept the deleted file's articles %v", got)
	}
	if sum := lastIngest(t, idx); sum.Pruned != 1 {
		t.Errorf("--prune reports %d pruned, want 1", sum.Pruned)
	}
	if want := len(ids) - len(paths[multi]) + 1 - 1; len(final) != want {
		t.Errorf("%d articles at the end, want %d", len(final), want)
	}

	// A root that is gone (an unmounted disk, a typo) fails and prunes nothing.
	away := in + ".away"
	if err := os.Rename(in, away); err != nil {
		t.Fatal(err)
	}
	mustZhnews(t, 3, "ingest", in, "--index", idx, "--prune", "-q")
	if got := indexed(t, idx); len(got) != len(final) {
		t.Errorf("--prune with a missing folder: %d articles left of %d", len(got), len(final))
	}
}

// TestStats checks zhnews stats --json against a known ingest.
func TestStats(t *testing.T) {
	tmp := t.TempDir()
	in := filepath.Join(tmp, "in")
	if _, err := synth.WriteDir(in, 30, 3); err != nil {
		t.Fatal(err)
	}
	idx := filepath.Join(tmp, "idx")
	mustZhnews(t, 0, "ingest", in, "--index", idx, "-q")
	n := len(indexed(t, idx))
	st := statsOf(t, idx)
	switch {
	case st.Articles != uint64(n):
		t.Errorf("stats: %d articles, the index lists %d", st.Articles, n)
	case st.Sources == 0 || st.Bytes == 0:
		t.Errorf("stats: %d sources, %d bytes; want both > 0", st.Sources, st.Bytes)
	case st.First == "" || st.Last == "" || st.First > st.Last:
		t.Errorf("stats: published %q .. %q", st.First, st.Last)
	case st.LastIngest == nil || st.LastIngest.Inputs != 30 || st.LastIngest.Articles != int64(n) || st.LastIngest.Failed != 0:
		t.Errorf("stats: last ingest %+v, want 30 inputs, %d articles, 0 failed", st.LastIngest, n)
	}
	r := mustZhnews(t, 0, "stats", "--index", idx)
	for _, want := range []string{"articles", "sources", "published", "last ingest"} {
		if !strings.Contains(r.stdout, want) {
			t.Errorf("zhnews stats output lacks %q:\n%s", want, r.stdout)
		}
	}
}

// pickInputs returns an input that produced one article and one that
// produced several.
func pickInputs(t *testing.T, paths map[string][]string) (single, multi string) {
	t.Helper()
	var names []string
	for p := range paths {
		names = append(names, p)
	}
	sort.Strings(names)
	for _, p := range names {
		switch n := len(paths[p]); {
		case n == 1 && single == "":
			single = p
		case n > 1 && multi == "":
			multi = p
		}
	}
	if single == "" || multi == "" {
		t.Fatalf("the generated corpus needs a one-article and a multi-article input; got %q and %q", single, multi)
	}
	return single, multi
}

// writeOther writes a generated article that is not in the corpus (another
// seed) and returns its path.
func writeOther(t *testing.T, tmp string) string {
	t.Helper()
	var text []byte
	synth.Generate(1, 99, func(_ string, b []byte) error { text = b; return nil })
	p := filepath.Join(tmp, "other.txt")
	if err := os.WriteFile(p, text, 0o644); err != nil {
		t.Fatal(err)
	}
	return p
}

func copyFile(t *testing.T, from, to string) {
	t.Helper()
	data, err := os.ReadFile(from)
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(to, data, 0o644); err != nil {
		t.Fatal(err)
	}
}

func doc(t *testing.T, dir, id string) *pipeline.Record {
	t.Helper()
	x, err := index.OpenReadOnly(dir)
	if err != nil {
		t.Fatal(err)
	}
	defer x.Close()
	rec, err := x.Doc(id)
	if err != nil {
		t.Fatal(err)
	}
	return rec
}

// TestIncrementalJSONL checks a JSONL feed without URLs, whose records are
// known by line: a record inserted at the top shifts the others, and after
// re-ingesting every record must be indexed exactly once.
func TestIncrementalJSONL(t *testing.T) {
	tmp := t.TempDir()
	var texts []string
	synth.Generate(4, 11, func(_ string, b []byte) error { texts = append(texts, string(b)); return nil })
	feed := filepath.Join(tmp, "feed.jsonl")
	write := func(texts []string) {
		var b strings.Builder
		for _, s := range texts {
			fmt.Fprintf(&b, "{\"text\":%q}\n", s)
		}
		if err := os.WriteFile(feed, []byte(b.String()), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	idx := filepath.Join(tmp, "idx")
	write(texts[1:])
	mustZhnews(t, 0, "ingest", feed, "--index", idx, "-q")
	before := len(indexed(t, idx))
	write(texts) // one more record, on top
	mustZhnews(t, 0, "ingest", feed, "--index", idx, "-q")
	clean := filepath.Join(tmp, "clean")
	mustZhnews(t, 0, "ingest", feed, "--index", clean, "-q")
	got, want := indexed(t, idx), indexed(t, clean)
	if len(got) != len(want) {
		t.Errorf("after inserting a record on top of a feed of %d articles: %d articles, a clean ingest gives %d", before, len(got), len(want))
	}
	titles := func(dir string, ids map[string]string) []string {
		x, err := index.OpenReadOnly(dir)
		if err != nil {
			t.Fatal(err)
		}
		defer x.Close()
		var out []string
		for id := range ids {
			rec, err := x.Doc(id)
			if err != nil {
				t.Fatal(err)
			}
			out = append(out, rec.Title+"|"+firstRunes(rec.Body, 30))
		}
		sort.Strings(out)
		return out
	}
	if g, w := titles(idx, got), titles(clean, want); strings.Join(g, "\n") != strings.Join(w, "\n") {
		t.Errorf("articles after the insert:\n%s\nwant (clean ingest):\n%s", strings.Join(g, "\n"), strings.Join(w, "\n"))
	}
}

func firstRunes(s string, n int) string {
	r := []rune(s)
	return string(r[:min(n, len(r))])
}
