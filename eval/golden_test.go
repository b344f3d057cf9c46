package eval

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"flag"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"github.com/zhnews/zhnews/pipeline"
)

var update = flag.Bool("update", false, "rewrite golden files")

// readRecords reads JSONL records as the pipeline writes them.
func readRecords(t *testing.T, file string) []pipeline.Record {
	t.Helper()
	f, err := os.Open(file)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	var recs []pipeline.Record
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		var r pipeline.Record
		if err := json.Unmarshal(sc.Bytes(), &r); err != nil {
			t.Fatalf("%s: %v", file, err)
		}
		recs = append(recs, r)
	}
	return recs
}

// fakeProcessor returns the recorded records whose path ends the name.
func fakeProcessor(recs []pipeline.Record) Processor {
	return func(_ context.Context, name string, data []byte) ([]pipeline.Record, error) {
		var out []pipeline.Record
		for _, r := range recs {
			if strings.HasSuffix(filepath.ToSlash(name), r.Path) {
				out = append(out, r)
			}
		}
		return out, nil
	}
}

func smallReport(t *testing.T) *Report {
	t.Helper()
	set, err := Load(filepath.Join("testdata", "small", "gold.jsonl"))
	if err != nil {
		t.Fatal(err)
	}
	recs := readRecords(t, filepath.Join("testdata", "small", "pred.jsonl"))
	r, err := Evaluate(context.Background(), set, fakeProcessor(recs))
	if err != nil {
		t.Fatal(err)
	}
	return r
}

func golden(t *testing.T, name string, got []byte) {
	t.Helper()
	file := filepath.Join("testdata", name)
	if *update {
		if err := os.WriteFile(file, got, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	want, err := os.ReadFile(file)
	if err != nil {
		t.Fatalf("%v (run go test -update to create it)", err)
	}
	if !bytes.Equal(got, want) {
		t.Errorf("%s differs from the output (run go test -update and review the diff):\ngot:\n%s", file, got)
	}
}

func TestGoldenText(t *testing.T) {
	r := smallReport(t)
	var b bytes.Buffer
	if err := WriteText(&b, r); err != nil {
		t.Fatal(err)
	}
	if err := WriteFindings(&b, r.Filter("all")); err != nil {
		t.Fatal(err)
	}
	golden(t, "small.txt.golden", b.Bytes())
}

func TestGoldenJSON(t *testing.T) {
	r := smallReport(t)
	var b bytes.Buffer
	if err := WriteJSON(&b, r); err != nil {
		t.Fatal(err)
	}
	golden(t, "small.json.golden", b.Bytes())
	var back Report
	if err := json.Unmarshal(b.Bytes(), &back); err != nil {
		t.Fatalf("JSON does not read back: %v", err)
	}
}

func TestEvaluateProcessorFailure(t *testing.T) {
	set, err := Load(filepath.Join("testdata", "small", "gold.jsonl"))
	if err != nil {
		t.Fatal(err)
	}
	recs := readRecords(t, filepath.Join("testdata", "small", "pred.jsonl"))
	ok := fakeProcessor(recs)
	proc := func(ctx context.Context, name string, data []byte) ([]pipeline.Record, error) {
		if strings.HasSuffix(name, "single.txt") {
			return nil, errors.New("no article text found")
		}
		return ok(ctx, name, data)
	}
	r, err := Evaluate(context.Background(), set, proc)
	if err != nil {
		t.Fatal(err)
	}
	want := []DocError{{Doc: "pages/single.txt", Error: "no article text found"}}
	if !reflect.DeepEqual(r.Errors, want) {
		t.Errorf("Errors: got %+v, want %+v", r.Errors, want)
	}
	if r.Records != 2 || r.Paired != 2 || r.Articles != 3 {
		t.Errorf("got %d records, %d paired of %d articles, want 2, 2, 3", r.Records, r.Paired, r.Articles)
	}
	if f, _ := r.Field(FieldFigures); f.TP != 2 || f.FN != 2 {
		t.Errorf("figures: got %+v, want 2 TP and the failed doc's 2 figures as FN", f)
	}
}

func TestEvaluateMissingDoc(t *testing.T) {
	set := &Set{Name: "x", Articles: []Article{{Doc: "nope.txt"}}, read: func(doc string) (string, []byte, error) {
		return "", nil, os.ErrNotExist
	}}
	if _, err := Evaluate(context.Background(), set, fakeProcessor(nil)); !errors.Is(err, os.ErrNotExist) {
		t.Errorf("got %v, want ErrNotExist", err)
	}
}

func TestEvaluateCancelled(t *testing.T) {
	set, err := Load(filepath.Join("testdata", "small", "gold.jsonl"))
	if err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	if _, err := Evaluate(ctx, set, fakeProcessor(nil)); !errors.Is(err, context.Canceled) {
		t.Errorf("got %v, want context.Canceled", err)
	}
}
