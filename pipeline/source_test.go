package pipeline

import (
	"bytes"
	"compress/gzip"
	"context"
	"errors"
	"os"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
	"testing"

	"golang.org/x/text/encoding/simplifiedchinese"
	"golang.org/x/text/encoding/traditionalchinese"
)

const sample = "上海新材料产业将聚力建设3大创新高地，培育壮大5个产业集群。"

func gbk(t *testing.T, s string) []byte {
	b, err := simplifiedchinese.GBK.NewEncoder().Bytes([]byte(s))
	if err != nil {
		t.Fatal(err)
	}
	return b
}

func big5(t *testing.T, s string) []byte {
	b, err := traditionalchinese.Big5.NewEncoder().Bytes([]byte(s))
	if err != nil {
		t.Fatal(err)
	}
	return b
}

func gz(t *testing.T, b []byte) []byte {
	var buf bytes.Buffer
	w := gzip.NewWriter(&buf)
	w.Write(b)
	w.Close()
	return buf.Bytes()
}

func TestDecodeText(t *testing.T) {
	trad := "長三角三省一市人大常委會關於促進科技創新協同發展的決定將於今年九月一日起施行。"
	tests := []struct {
		name    string
		in      []byte
		want    string
		wantErr error
	}{
		{"utf8", []byte(sample), sample, nil},
		{"utf8 bom", append([]byte{0xEF, 0xBB, 0xBF}, sample...), sample, nil},
		{"gbk", gbk(t, sample), sample, nil},
		{"big5", big5(t, trad), trad, nil},
		{"empty", nil, "", ErrEmpty},
		{"blank", []byte(" \n\t\n"), "", ErrEmpty},
		{"nul", []byte("abc\x00def"), "", ErrBinary},
		{"controls", bytes.Repeat([]byte{1, 2, 3, 'a'}, 50), "", ErrBinary},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := DecodeText(tt.in)
			if tt.wantErr != nil {
				if !errors.Is(err, tt.wantErr) {
					t.Fatalf("got error %v, want %v", err, tt.wantErr)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			if got != tt.want {
				t.Errorf("got %q, want %q", got, tt.want)
			}
		})
	}
}

func TestDecodeTextGarbage(t *testing.T) {
	// Random high bytes decode neither as UTF-8 nor sensibly as GB18030/Big5.
	noise := make([]byte, 4000)
	x := uint32(7)
	for i := range noise {
		x = x*1664525 + 1013904223
		noise[i] = byte(x>>24) | 0x80
	}
	_, err := DecodeText(noise)
	if err == nil {
		t.Fatal("binary noise decoded without error")
	}
	if !strings.Contains(err.Error(), "invalid UTF-8 at byte") {
		t.Errorf("error does not say where: %v", err)
	}
}

// run collects what a source emits and what it reports as failed.
func run(t *testing.T, src Source) (docs []*Doc, fails []*DocError) {
	t.Helper()
	err := src.Run(context.Background(), func(d *Doc) error { docs = append(docs, d); return nil },
		func(e *DocError) { fails = append(fails, e) })
	if err != nil {
		t.Fatal(err)
	}
	return docs, fails
}

func TestFilesSource(t *testing.T) {
	dir := t.TempDir()
	write := func(name string, data []byte) {
		p := filepath.Join(dir, name)
		os.MkdirAll(filepath.Dir(p), 0o755)
		if err := os.WriteFile(p, data, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	write("a.txt", []byte(sample))
	write("sub/b.html", []byte("<html><body><p>"+sample+"</p></body></html>"))
	write("sub/c.txt.gz", gz(t, []byte(sample)))
	write("ignored.png", []byte{0x89, 'P', 'N', 'G'})
	write("big.txt", bytes.Repeat([]byte("长"), 400))
	write("lines.jsonl", []byte(`{"url":"http://x/1","text":"`+sample+`","title":"标题"}
{"url":"http://x/2","html":"<p>正文</p>","published":"2025-07-09"}

{"url": broken
{"url":"http://x/3"}
{"text":"`+"\xff\xfe"+`"}
`))
	src := &Files{Paths: []string{dir, filepath.Join(dir, "missing.txt")}, MaxBytes: 1000}
	docs, fails := run(t, src)
	var got []string
	for _, d := range docs {
		got = append(got, filepath.Base(d.Name())+":"+string(d.Format))
	}
	sort.Strings(got)
	want := []string{"a.txt:text", "b.html:html", "c.txt.gz:text", "lines.jsonl:1:text", "lines.jsonl:2:html"}
	if strings.Join(got, " ") != strings.Join(want, " ") {
		t.Errorf("docs:\ngot  %v\nwant %v", got, want)
	}
	wantFails := map[string]string{
		"big.txt":       "too large",
		"lines.jsonl:4": "malformed JSON",
		"lines.jsonl:5": `no "html" or "text"`,
		"lines.jsonl:6": "invalid UTF-8",
		"missing.txt":   "no such file",
	}
	for _, e := range fails {
		name := filepath.Base(e.Path)
		if e.Line > 0 {
			name += ":" + strconv.Itoa(e.Line)
		}
		want, ok := wantFails[name]
		if !ok {
			t.Errorf("unexpected failure %v", e)
			continue
		}
		if !strings.Contains(e.Error(), want) || !strings.Contains(e.Error(), filepath.Base(e.Path)) {
			t.Errorf("failure %q should name the file and say %q", e.Error(), want)
		}
		delete(wantFails, name)
	}
	for name := range wantFails {
		t.Errorf("no failure reported for %s", name)
	}
	for _, d := range docs {
		if d.Line == 2 && (d.Hint.Published != "2025-07-09" || d.URL != "http://x/2") {
			t.Errorf("JSONL fields lost: %+v", d.Hint)
		}
		if d.Line == 2 && d.Offset == 0 {
			t.Errorf("second JSONL line has offset 0")
		}
	}
}

func TestJSONLLongLine(t *testing.T) {
	long := `{"text":"` + strings.Repeat("长", 2000) + `"}`
	in := strings.NewReader(long + "\n" + `{"text":"短文"}` + "\n")
	docs, fails := run(t, &Files{Paths: []string{"-"}, Stdin: in, MaxBytes: 1000})
	if len(docs) != 1 || docs[0].Line != 2 {
		t.Fatalf("got %d docs, want the short line only", len(docs))
	}
	if len(fails) != 1 || !errors.Is(fails[0].Err, ErrTooLarge) || fails[0].Line != 1 {
		t.Errorf("got failures %v, want line 1 too large", fails)
	}
}

func TestSymlinkLoop(t *testing.T) {
	dir := t.TempDir()
	if err := os.Symlink(filepath.Join(dir, "b.txt"), filepath.Join(dir, "a.txt")); err != nil {
		t.Skip("no symlinks:", err)
	}
	os.Symlink(filepath.Join(dir, "a.txt"), filepath.Join(dir, "b.txt"))
	docs, fails := run(t, &Files{Paths: []string{dir}})
	if len(docs) != 0 || len(fails) != 2 {
		t.Errorf("got %d docs %d failures, want 0 and 2", len(docs), len(fails))
	}
}

func TestFilesSourceAbsolutePaths(t *testing.T) {
	dir := t.TempDir()
	if err := os.WriteFile(filepath.Join(dir, "a.txt"), []byte(sample), 0o644); err != nil {
		t.Fatal(err)
	}
	abs, _ := run(t, &Files{Paths: []string{dir}})
	t.Chdir(dir)
	rel, _ := run(t, &Files{Paths: []string{"."}})
	if len(abs) != 1 || len(rel) != 1 || abs[0].Path != rel[0].Path || !filepath.IsAbs(rel[0].Path) {
		t.Errorf("the same file by two paths: %q and %q, want one absolute path", abs[0].Path, rel[0].Path)
	}
}
