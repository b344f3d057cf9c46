// Package shared gives tests the read-only shared corpora and peer specs
// that sit beside the repository (../shared, or $ZHNEWS_SHARED), and a
// tally of pass rates for tests that score the extractors against other
// projects' expected outputs. Tests that use it skip cleanly when the
// shared folder is absent.
package shared

import (
	"encoding/json"
	"math"
	"os"
	"path/filepath"
	"testing"
)

// Dir returns the shared folder: $ZHNEWS_SHARED, else ../shared beside the
// repository root (the folder holding go.mod). It skips the test when the
// folder is not there.
func Dir(t testing.TB) string {
	t.Helper()
	if d := os.Getenv("ZHNEWS_SHARED"); d != "" {
		return d
	}
	dir, err := os.Getwd()
	if err != nil {
		t.Fatal(err)
	}
	for ; dir != filepath.Dir(dir); dir = filepath.Dir(dir) {
		if _, err := os.Stat(filepath.Join(dir, "go.mod")); err == nil {
			break
		}
	}
	d := filepath.Join(filepath.Dir(dir), "shared")
	if _, err := os.Stat(filepath.Join(d, "corpus")); err != nil {
		t.Skipf("shared corpora not found at %s (set ZHNEWS_SHARED): %v", d, err)
	}
	return d
}

// ReadJSON decodes the JSON file at path into v, skipping the test when the
// file cannot be read.
func ReadJSON(t testing.TB, path string, v any) {
	t.Helper()
	b, err := os.ReadFile(path)
	if err != nil {
		t.Skipf("cannot read %s: %v", path, err)
	}
	if err := json.Unmarshal(b, v); err != nil {
		t.Fatalf("%s: %v", path, err)
	}
}

// Tally counts the cases of one spec file that pass, fail, or are skipped
// as out of scope (by reason).
type Tally struct {
	Pass, Fail int
	Skips      map[string]int
	Failures   []string
}

// Skip counts a case left out, with why.
func (c *Tally) Skip(reason string) {
	if c.Skips == nil {
		c.Skips = map[string]int{}
	}
	c.Skips[reason]++
}

// Check counts a case; input and got describe a failure.
func (c *Tally) Check(ok bool, input, got string) {
	if ok {
		c.Pass++
		return
	}
	c.Fail++
	c.Failures = append(c.Failures, input+" -> "+got)
}

// Rate returns the share of in-scope cases that pass.
func (c *Tally) Rate() float64 { return float64(c.Pass) / math.Max(1, float64(c.Pass+c.Fail)) }

// Report logs the pass rate, the skips and (with -v) the failures, and fails
// the test when the rate is below target.
func (c *Tally) Report(t testing.TB, name string, target float64) {
	t.Helper()
	t.Logf("%s: %d/%d in scope pass (%.1f%%), target %.0f%%", name, c.Pass, c.Pass+c.Fail, 100*c.Rate(), 100*target)
	for r, n := range c.Skips {
		t.Logf("  skipped %d: %s", n, r)
	}
	if testing.Verbose() {
		for _, f := range c.Failures {
			t.Logf("  FAIL %s", f)
		}
	}
	if c.Rate() < target {
		t.Errorf("%s: pass rate %.1f%% below target %.0f%%", name, 100*c.Rate(), 100*target)
	}
}
