package eval

import (
	"errors"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestParse(t *testing.T) {
	in := strings.Join([]string{
		"\ufeff# a comment after a byte order mark",
		`{"doc": "a.txt", "title": "标题", "authors": [], "entities": [{"text": "上海", "type": "location"}]}`,
		``,
		`{"doc": "a.txt", "body": ["第二篇"]}`,
	}, "\n")
	arts, err := Parse(strings.NewReader(in), "x.jsonl")
	if err != nil {
		t.Fatal(err)
	}
	if len(arts) != 2 {
		t.Fatalf("got %d articles, want 2", len(arts))
	}
	a, b := arts[0], arts[1]
	if a.Line != 2 || b.Line != 4 {
		t.Errorf("lines: got %d, %d, want 2, 4", a.Line, b.Line)
	}
	if a.Authors == nil || len(a.Authors) != 0 {
		t.Errorf(`"authors": [] must load as an empty, non-nil list; got %#v`, a.Authors)
	}
	if b.Authors != nil || b.Title != nil || b.Entities != nil {
		t.Errorf("absent fields must stay nil; got %+v", b)
	}
	if *a.Title != "标题" || b.BodyText() != "第二篇" {
		t.Errorf("got title %q body %q", *a.Title, b.BodyText())
	}
}

func TestParseErrors(t *testing.T) {
	tests := []struct {
		name, in, want string
	}{
		{"unknown field", `{"doc": "a", "entites": []}`, `x.jsonl:1: json: unknown field "entites"`},
		{"no doc", `{"title": "t"}`, `x.jsonl:1: missing "doc"`},
		{"bad json", "\n{\"doc\": ", `x.jsonl:2: unexpected EOF`},
		{"entity without type", `{"doc": "a", "entities": [{"text": "上海"}]}`, `x.jsonl:1: entities[0]: text and type are required`},
		{"two values", `{"doc": "a"} {"doc": "b"}`, `x.jsonl:1: more than one JSON value on the line`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := Parse(strings.NewReader(tt.in), "x.jsonl")
			if err == nil || err.Error() != tt.want {
				t.Errorf("got %v, want %q", err, tt.want)
			}
		})
	}
}

func TestLoadResolvesDocs(t *testing.T) {
	dir := t.TempDir()
	if err := os.MkdirAll(filepath.Join(dir, "pages"), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(dir, "pages", "p.txt"), []byte("正文"), 0o644); err != nil {
		t.Fatal(err)
	}
	gold := filepath.Join(dir, "gold.jsonl")
	if err := os.WriteFile(gold, []byte(`{"doc": "pages/p.txt"}`+"\n"+`{"doc": "pages/missing.txt"}`), 0o644); err != nil {
		t.Fatal(err)
	}
	set, err := Load(gold)
	if err != nil {
		t.Fatal(err)
	}
	name, data, err := set.ReadDoc(set.Articles[0].Doc)
	if err != nil || string(data) != "正文" || filepath.Base(name) != "p.txt" {
		t.Errorf("ReadDoc: got %q, %q, %v", name, data, err)
	}
	if _, _, err := set.ReadDoc(set.Articles[1].Doc); !errors.Is(err, fs.ErrNotExist) {
		t.Errorf("ReadDoc(missing): got %v, want ErrNotExist", err)
	}
}

func TestSeedsLoad(t *testing.T) {
	set, err := Seeds()
	if errors.Is(err, ErrNoSeeds) {
		t.Skip("eval/seeds.jsonl holds no labels yet")
	}
	if err != nil {
		t.Fatal(err)
	}
	if len(set.Articles) == 0 {
		t.Fatal("no seed articles")
	}
	for _, doc := range set.Docs() {
		name, data, err := set.ReadDoc(doc)
		if err != nil {
			t.Errorf("%s: %v", doc, err)
			continue
		}
		if len(data) == 0 || !strings.HasPrefix(name, "seeds/") {
			t.Errorf("%s: got name %q and %d bytes", doc, name, len(data))
		}
	}
}
