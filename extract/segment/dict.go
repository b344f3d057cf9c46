package segment

import (
	"bytes"
	"compress/gzip"
	_ "embed"
	"fmt"
	"io"
	"strconv"
	"sync"
	"unicode/utf8"

	"github.com/go-ego/gse"
)

//go:generate go run gen.go -o dict.txt.gz

// dictGz is gse's Simplified dictionary pruned by gen.go: one
// "word frequency pos" a line, frequencies already as gse's trie holds them,
// and a "# total N" header with the sum of all frequencies.
//
//go:embed dict.txt.gz
var dictGz []byte

const dictName = "dict.txt.gz"

// dictData is the unpacked dictionary, shared by every loader.
type dictData struct {
	text  []byte  // lines of "word freq pos"
	total float64 // sum of all frequencies, the normalizer of gse's path costs
}

var (
	dictOnce sync.Once
	dictVal  *dictData
	dictErr  error
)

// dictionary unpacks the embedded dictionary once per process.
func dictionary() (*dictData, error) {
	dictOnce.Do(func() { dictVal, dictErr = unpack(dictGz) })
	return dictVal, dictErr
}

func unpack(gz []byte) (*dictData, error) {
	zr, err := gzip.NewReader(bytes.NewReader(gz))
	if err != nil {
		return nil, fmt.Errorf("%s: %w", dictName, err)
	}
	text, err := io.ReadAll(zr)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", dictName, err)
	}
	total, err := readTotal(text)
	if err != nil {
		return nil, err
	}
	return &dictData{text: text, total: total}, nil
}

// readTotal finds the "# total N" line among the leading comment lines.
func readTotal(text []byte) (float64, error) {
	for line := 1; len(text) > 0 && text[0] == '#'; line++ {
		l, rest, _ := bytes.Cut(text, []byte("\n"))
		text = rest
		v, ok := bytes.CutPrefix(l, []byte("# total "))
		if !ok {
			continue
		}
		t, err := strconv.ParseFloat(string(v), 64)
		if err != nil || t <= 0 {
			return 0, fmt.Errorf("%s:%d: bad total %q", dictName, line, v)
		}
		return t, nil
	}
	return 0, fmt.Errorf("%s: missing \"# total\" header", dictName)
}

// entry is one dictionary word.
type entry struct {
	word string
	freq float64
	pos  string
}

// each calls fn for every word line whose word passes keep (nil keeps
// all), stopping at the first error. Comment lines start with '#'.
func (d *dictData) each(keep func(word []byte) bool, fn func(e entry) error) error {
	rest := d.text
	for line := 1; len(rest) > 0; line++ {
		var l []byte
		if i := bytes.IndexByte(rest, '\n'); i >= 0 {
			l, rest = rest[:i], rest[i+1:]
		} else {
			l, rest = rest, nil
		}
		if len(l) == 0 || l[0] == '#' {
			continue
		}
		if keep != nil {
			word, _, _ := bytes.Cut(l, []byte(" "))
			if !keep(word) {
				continue
			}
		}
		e, err := parseEntry(l)
		if err != nil {
			return fmt.Errorf("%s:%d: %w", dictName, line, err)
		}
		if err := fn(e); err != nil {
			return fmt.Errorf("%s:%d: %w", dictName, line, err)
		}
	}
	return nil
}

func parseEntry(l []byte) (entry, error) {
	word, rest, ok := bytes.Cut(l, []byte(" "))
	if !ok || len(word) == 0 || !utf8.Valid(word) {
		return entry{}, fmt.Errorf("want \"word frequency pos\", got %q", l)
	}
	f, pos, _ := bytes.Cut(rest, []byte(" "))
	freq, err := strconv.ParseFloat(string(f), 64)
	if err != nil || freq <= 0 {
		return entry{}, fmt.Errorf("bad frequency %q", f)
	}
	return entry{word: string(word), freq: freq, pos: string(pos)}, nil
}

// newGse returns an empty gse segmenter: no HMM model (we never use it),
// no logging, no stop words.
func newGse() *gse.Segmenter {
	return &gse.Segmenter{Dict: gse.NewDict(), NotLoadHMM: true, SkipLog: true}
}

// loadFull builds a segmenter with every dictionary word.
func loadFull() (*Segmenter, error) {
	d, err := dictionary()
	if err != nil {
		return nil, err
	}
	g := newGse()
	err = d.each(nil, func(e entry) error {
		return g.AddToken(e.word, e.freq, e.pos)
	})
	if err != nil {
		return nil, err
	}
	g.CalcToken()
	return &Segmenter{gse: g}, nil
}
