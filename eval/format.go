package eval

import (
	"bufio"
	"bytes"
	_ "embed"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path"
	"path/filepath"
	"strings"

	"github.com/zhnews/zhnews/seeds"
)

// Version is the labeled-set format version this package reads.
const Version = 1

// Article is one labeled article of format v1. A nil field was absent from
// the label and is not scored; an empty non-nil slice ("authors": []) says
// there is nothing to find, so every prediction for it is a false positive.
type Article struct {
	Doc            string   `json:"doc"`
	Title          *string  `json:"title,omitempty"`
	Published      *string  `json:"published,omitempty"`
	Source         *string  `json:"source,omitempty"`
	Authors        []string `json:"authors,omitempty"`
	Body           []string `json:"body,omitempty"`
	Boilerplate    []string `json:"boilerplate,omitempty"`
	Entities       []Entity `json:"entities,omitempty"`
	EntitiesAlsoOK []string `json:"entities_also_ok,omitempty"`
	Figures        []Figure `json:"figures,omitempty"`
	Dates          []Date   `json:"dates,omitempty"`

	// Line is the 1-based line of the article in its labeled file.
	Line int `json:"-"`
}

// Entity is a labeled named entity.
type Entity struct {
	Text string `json:"text"`
	Type string `json:"type"`
}

// Figure is a labeled quantity; Value is a plain number in Unit.
type Figure struct {
	Text  string  `json:"text"`
	Value float64 `json:"value"`
	Unit  string  `json:"unit"`
}

// Date is a labeled date expression; Value is ISO 8601 at the precision the
// text gives.
type Date struct {
	Text  string `json:"text"`
	Value string `json:"value"`
}

// BodyText returns the labeled body paragraphs joined by "\n", as in
// pipeline.Record.Body.
func (a *Article) BodyText() string { return strings.Join(a.Body, "\n") }

// Set is a labeled set: its articles and a way to read the documents they
// name.
type Set struct {
	Name     string // how messages refer to the labeled file
	Articles []Article
	read     func(doc string) (name string, data []byte, err error)
}

// Docs returns the distinct documents of the set in order of first appearance.
func (s *Set) Docs() []string {
	seen := map[string]bool{}
	var out []string
	for _, a := range s.Articles {
		if !seen[a.Doc] {
			seen[a.Doc] = true
			out = append(out, a.Doc)
		}
	}
	return out
}

// ReadDoc returns the input named by doc and the file name to process it
// under (its extension tells the format).
func (s *Set) ReadDoc(doc string) (name string, data []byte, err error) {
	if s.read == nil {
		return "", nil, fmt.Errorf("%s: no document reader", s.Name)
	}
	return s.read(doc)
}

// Load reads a labeled set from a JSONL file; document paths are resolved
// against the file's directory.
func Load(file string) (*Set, error) {
	data, err := os.ReadFile(file)
	if err != nil {
		return nil, fmt.Errorf("cannot read labeled set: %w", err)
	}
	arts, err := Parse(bytes.NewReader(data), file)
	if err != nil {
		return nil, err
	}
	dir := filepath.Dir(file)
	read := func(doc string) (string, []byte, error) {
		p := filepath.Join(dir, filepath.FromSlash(doc))
		b, err := os.ReadFile(p)
		if err != nil {
			return p, nil, fmt.Errorf("cannot read labeled document: %w", err)
		}
		return p, b, nil
	}
	return &Set{Name: file, Articles: arts, read: read}, nil
}

//go:embed seeds.jsonl
var seedsJSONL []byte

// SeedsName is how messages refer to the built-in labeled set.
const SeedsName = "eval/seeds.jsonl"

// ErrNoSeeds is returned by Seeds while the built-in labeled set is empty.
var ErrNoSeeds = errors.New("the built-in labeled set " + SeedsName + " is empty")

// Seeds returns the built-in labeled set: the five seed pages of package
// seeds, labeled by hand. Its doc paths are resolved by base name in seeds.FS.
func Seeds() (*Set, error) {
	if len(bytes.TrimSpace(seedsJSONL)) == 0 {
		return nil, ErrNoSeeds
	}
	arts, err := Parse(bytes.NewReader(seedsJSONL), SeedsName)
	if err != nil {
		return nil, err
	}
	return &Set{Name: SeedsName, Articles: arts, read: fsReader(seeds.FS, "seeds")}, nil
}

// fsReader resolves a doc by its base name at the root of fsys.
func fsReader(fsys fs.FS, prefix string) func(string) (string, []byte, error) {
	return func(doc string) (string, []byte, error) {
		base := path.Base(filepath.ToSlash(doc))
		b, err := fs.ReadFile(fsys, base)
		if err != nil {
			return "", nil, fmt.Errorf("%s: cannot read built-in document: %w", doc, err)
		}
		return prefix + "/" + base, b, nil
	}
}

// Parse reads labeled articles in format v1 from r, one JSON object per line.
// Blank lines and lines starting with "#" are skipped. Unknown fields are
// errors, so a misspelled field is not silently left unscored. Errors read
// "name:line: message"; all bad lines are reported together.
func Parse(r io.Reader, name string) ([]Article, error) {
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 0, 64*1024), 64*1024*1024)
	var arts []Article
	var errs []error
	for line := 1; sc.Scan(); line++ {
		text := bytes.TrimSpace(sc.Bytes())
		if line == 1 {
			text = bytes.TrimPrefix(text, []byte("\ufeff")) // a byte order mark from some editors
		}
		if len(text) == 0 || text[0] == '#' {
			continue
		}
		a, err := parseLine(text)
		if err != nil {
			errs = append(errs, fmt.Errorf("%s:%d: %w", name, line, err))
			continue
		}
		a.Line = line
		arts = append(arts, a)
	}
	if err := sc.Err(); err != nil {
		errs = append(errs, fmt.Errorf("%s: %w", name, err))
	}
	return arts, errors.Join(errs...)
}

func parseLine(text []byte) (Article, error) {
	var a Article
	dec := json.NewDecoder(bytes.NewReader(text))
	dec.DisallowUnknownFields()
	if err := dec.Decode(&a); err != nil {
		return a, err
	}
	if dec.More() {
		return a, errors.New("more than one JSON value on the line")
	}
	return a, a.validate()
}

func (a *Article) validate() error {
	if strings.TrimSpace(a.Doc) == "" {
		return errors.New(`missing "doc"`)
	}
	for i, e := range a.Entities {
		if strings.TrimSpace(e.Text) == "" || strings.TrimSpace(e.Type) == "" {
			return fmt.Errorf("entities[%d]: text and type are required", i)
		}
	}
	for i, f := range a.Figures {
		if strings.TrimSpace(f.Text) == "" {
			return fmt.Errorf("figures[%d]: text is required", i)
		}
	}
	for i, d := range a.Dates {
		if strings.TrimSpace(d.Value) == "" {
			return fmt.Errorf("dates[%d]: value is required", i)
		}
	}
	return nil
}
