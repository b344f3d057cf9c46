package pipeline

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/zhnews/zhnews/seeds"
)

var update = flag.Bool("update", false, "rewrite golden files")

// TestSeedsGolden runs the whole pipeline over the seed pages and compares
// the output records with testdata/seeds.golden. Run with -update after a
// deliberate change, and read the diff.
// TestSeedsGolden runs the seeds through the pipeline as process does and
// as ingest does (with search tokens kept for the index): the records are
// the golden file's either way.
func TestSeedsGolden(t *testing.T) {
	for _, cfg := range []Config{{}, {SearchTokens: true}} {
		t.Run(fmt.Sprintf("SearchTokens=%v", cfg.SearchTokens), func(t *testing.T) {
			seedsGolden(t, cfg, *update && !cfg.SearchTokens)
		})
	}
}

func seedsGolden(t *testing.T, cfg Config, update bool) {
	p, err := New(cfg)
	if err != nil {
		t.Fatal(err)
	}
	var out bytes.Buffer
	jsonl := NewJSONL(&out)
	sink := SinkFunc(func(d *Doc) error {
		if cfg.SearchTokens != (len(d.SearchTokens) > 0) {
			t.Errorf("%s: %d search tokens with SearchTokens %v", d.Path, len(d.SearchTokens), cfg.SearchTokens)
		}
		return jsonl.Write(d)
	})
	r := p.Runner()
	r.Ordered = true
	r.OnError = func(e *DocError) { t.Errorf("seed failed: %v", e) }
	if err := r.Run(context.Background(), &FS{FS: seeds.FS, Prefix: "seeds/"}, sink); err != nil {
		t.Fatal(err)
	}
	jsonl.Flush()
	golden := filepath.Join("testdata", "seeds.golden")
	if update {
		os.MkdirAll("testdata", 0o755)
		if err := os.WriteFile(golden, out.Bytes(), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	want, err := os.ReadFile(golden)
	if err != nil {
		t.Fatalf("%v (run with -update to create it)", err)
	}
	if !bytes.Equal(out.Bytes(), want) {
		gotLines, wantLines := strings.Split(out.String(), "\n"), strings.Split(string(want), "\n")
		for i := range min(len(gotLines), len(wantLines)) {
			if gotLines[i] != wantLines[i] {
				t.Errorf("record %d differs from %s:\ngot  %.300s\nwant %.300s", i+1, golden, gotLines[i], wantLines[i])
			}
		}
		if len(gotLines) != len(wantLines) {
			t.Errorf("got %d records, want %d", len(gotLines)-1, len(wantLines)-1)
		}
	}
	checkRecords(t, out.Bytes())
}

// checkRecords asserts the contract: spans lie inside the body and their
// texts are the body's text at their offsets.
func checkRecords(t *testing.T, jsonl []byte) {
	t.Helper()
	for _, line := range bytes.Split(bytes.TrimSpace(jsonl), []byte("\n")) {
		var rec Record
		if err := json.Unmarshal(line, &rec); err != nil {
			t.Fatal(err)
		}
		body := []rune(rec.Body)
		check := func(kind, text string, start, end int) {
			if start < 0 || end > len(body) || start >= end || string(body[start:end]) != text {
				t.Errorf("%s: %s %q at [%d,%d) does not match the body", rec.Path, kind, text, start, end)
			}
		}
		for _, e := range rec.Entities {
			check("entity", e.Text, e.Start, e.End)
		}
		for _, f := range rec.Figures {
			check("figure", f.Text, f.Start, f.End)
		}
		for _, d := range rec.Dates {
			check("date", d.Text, d.Start, d.End)
		}
		if rec.ID == "" || rec.Body == "" || !utf8.ValidString(rec.Body) {
			t.Errorf("%s: record without id or body", rec.Path)
		}
	}
}

func TestProcessFileMatchesRunner(t *testing.T) {
	p, err := New(Config{})
	if err != nil {
		t.Fatal(err)
	}
	names, _ := fs.Glob(seeds.FS, "*.txt")
	total := 0
	for _, n := range names {
		data, _ := fs.ReadFile(seeds.FS, n)
		recs, err := p.ProcessFile(context.Background(), "seeds/"+n, data)
		if err != nil {
			t.Fatal(err)
		}
		total += len(recs)
	}
	golden, err := os.ReadFile(filepath.Join("testdata", "seeds.golden"))
	if err != nil {
		t.Skip("no golden file yet")
	}
	if want := bytes.Count(golden, []byte("\n")); total != want {
		t.Errorf("ProcessFile gave %d records, the runner %d", total, want)
	}
}

func TestTraditionalIsConverted(t *testing.T) {
	p, _ := New(Config{})
	recs, err := p.ProcessFile(context.Background(), "t.txt",
		[]byte("本報上海8月3日電(記者孟歆迪)日前,在長三角三省一市人大常委會新聞發布會上,記者了解到,該決定將於今年9月1日起施行。這份決定是長三角首部以協同立法的形式針對科技創新協同發展制定的法律性問題決定。"))
	if err != nil {
		t.Fatal(err)
	}
	if len(recs) != 1 {
		t.Fatalf("got %d records", len(recs))
	}
	r := recs[0]
	if r.Script != ScriptTraditional || !strings.Contains(r.Body, "长三角") || !strings.Contains(r.Original, "長三角") {
		t.Errorf("not converted: script %q body %.40q original %.40q", r.Script, r.Body, r.Original)
	}
}

func TestSpansFoldWidthKeepText(t *testing.T) {
	ref, _ := ParseTime("2025-07-09")
	text := "上海市科委9日表示，研发投入３．３２亿元，增长１３．１４％。"
	ents, figs, dts := Spans(text, ref)
	if len(ents) == 0 || ents[0].Text != "上海市科委" {
		t.Errorf("entities = %+v", ents)
	}
	want := map[string]float64{"３．３２亿元": 3.32e8, "１３．１４％": 13.14}
	for _, f := range figs {
		if v, ok := want[f.Text]; !ok || v != f.Value {
			t.Errorf("figure %q = %v: want the full-width text as written and its value", f.Text, f.Value)
		}
		delete(want, f.Text)
	}
	if len(want) > 0 {
		t.Errorf("figures not found: %v", want)
	}
	if len(dts) != 1 || dts[0].Value != "2025-07-09" {
		t.Errorf("dates = %+v", dts)
	}
}

// TestSpansNotInIdioms: numbers inside an idiom are not figures, the same
// numbers outside one are.
func TestSpansNotInIdioms(t *testing.T) {
	ref, _ := ParseTime("2025-07-09")
	tests := []struct {
		text string
		want []string // figure and date texts
	}{
		{"他与从前判若两人。", nil},
		{"两人合作，一心一意。", []string{"两人"}},
		{"判若两人的两人，三心二意的3人。", []string{"两人", "3人"}},
		{"千方百计筹集了3万元。", []string{"3万元"}},
		{"全身心投入，１２日完成。", []string{"１２日"}},
	}
	for _, tt := range tests {
		_, figs, dts := Spans(tt.text, ref)
		var got []string
		for _, f := range figs {
			got = append(got, f.Text)
		}
		for _, d := range dts {
			got = append(got, d.Text)
		}
		if !slices.Equal(got, tt.want) {
			t.Errorf("%s: got %q, want %q", tt.text, got, tt.want)
		}
	}
}

func TestTinyPageIsNoArticle(t *testing.T) {
	p, _ := New(Config{})
	for _, in := range []string{"<html><body><div>x</div></body></html>", "x", "。。。！"} {
		_, err := p.ProcessFile(context.Background(), "tiny.html", []byte(in))
		if !errors.Is(err, ErrNoContent) {
			t.Errorf("%q: got %v, want ErrNoContent", in, err)
		}
	}
}

func TestTraditionalTitleOnSimplifiedBody(t *testing.T) {
	p, _ := New(Config{})
	page := "<html><head><title>長三角科技創新協同發展</title></head><body><h1>長三角科技創新協同發展</h1>" +
		"<p>上海、江苏、浙江、安徽三省一市人大常委会通过决定,推动长三角科技创新协同发展,共同打造重大科技基础设施集群。</p>" +
		"<p>决定明确,促进长三角科技创新协同发展,应当发挥上海国际科技创新中心龙头带动作用。</p></body></html>"
	recs, err := p.ProcessFile(context.Background(), "t.html", []byte(page))
	if err != nil {
		t.Fatal(err)
	}
	if recs[0].Script != ScriptSimplified || recs[0].Title != "长三角科技创新协同发展" {
		t.Errorf("script %q title %q: want a simplified body and a converted title", recs[0].Script, recs[0].Title)
	}
}
