package pipeline

import (
	"cmp"
	"context"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"slices"
	"strconv"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/width"

	"github.com/zhnews/zhnews/extract"
	"github.com/zhnews/zhnews/extract/boilerplate"
	"github.com/zhnews/zhnews/extract/dates"
	"github.com/zhnews/zhnews/extract/entities"
	"github.com/zhnews/zhnews/extract/figures"
	"github.com/zhnews/zhnews/extract/segment"
	"github.com/zhnews/zhnews/extract/webpage"
	"github.com/zhnews/zhnews/extract/zhconv"
)

// Stage names, in pipeline order.
const (
	StageDecode      = "decode"
	StageBoilerplate = "boilerplate"
	StageConvert     = "convert"
	StageSegment     = "segment"
	StageExtract     = "extract"
)

// ErrNoContent reports an input in which no article text was found.
var ErrNoContent = errors.New("no article text found")

// Config configures a Pipeline. The zero value works.
type Config struct {
	// Workers per stage name; see Runner.Workers.
	Workers map[string]int
	// Budget bounds the time one stage may spend on one document (0: none).
	Budget time.Duration
	// Convert is the OpenCC configuration used for Traditional and mixed
	// text (default "t2s").
	Convert string
	// SearchTokens keeps Doc.Folded and Doc.SearchTokens for an indexer;
	// without, the segment stage makes the precise words only.
	SearchTokens bool
}

// Pipeline is the zhnews processing chain: decode, strip boilerplate,
// convert Traditional to Simplified, segment, extract entities, figures and dates.
type Pipeline struct {
	cfg    Config
	conv   *zhconv.Converter
	stages []Stage
}

// New returns a Pipeline.
func New(cfg Config) (*Pipeline, error) {
	name := cfg.Convert
	if name == "" {
		name = "t2s"
	}
	conv, err := zhconv.New(name)
	if err != nil {
		return nil, fmt.Errorf("converter %q: %w", name, err)
	}
	p := &Pipeline{cfg: cfg, conv: conv}
	p.stages = []Stage{
		Annotate(StageDecode, decode),
		Split(StageBoilerplate, strip),
		Annotate(StageConvert, p.convert),
		Annotate(StageSegment, p.tokenize),
		Annotate(StageExtract, extractSpans),
	}
	return p, nil
}

// Stages returns the stages in order.
func (p *Pipeline) Stages() []Stage { return p.stages }

// Runner returns a Runner over the pipeline's stages.
func (p *Pipeline) Runner() *Runner {
	return &Runner{Stages: p.stages, Workers: p.cfg.Workers, Budget: p.cfg.Budget}
}

// ProcessFile runs every stage on one input, synchronously, and returns its
// records (several when the input holds several articles). The format comes
// from the name's extension; JSONL inputs are not accepted here.
func (p *Pipeline) ProcessFile(ctx context.Context, name string, data []byte) ([]Record, error) {
	kind := kindOf(name)
	if kind == "jsonl" {
		return nil, fmt.Errorf("%s: ProcessFile takes one article file, not JSONL", name)
	}
	docs := []*Doc{{Path: name, Format: formatOf(kind, data), Data: data, Size: len(data)}}
	for _, st := range p.stages {
		var next []*Doc
		for _, d := range docs {
			out, err := safeProcess(ctx, st, d)
			if err != nil {
				return nil, &DocError{Path: name, Stage: st.Name(), Err: err}
			}
			next = append(next, out...)
		}
		docs = next
	}
	recs := make([]Record, len(docs))
	for i, d := range docs {
		recs[i] = d.Record()
	}
	return recs, nil
}

// decode turns the input bytes into UTF-8 text.
func decode(d *Doc) error {
	if d.Data == nil {
		if d.Raw == "" {
			return ErrEmpty
		}
		return nil // JSONL records arrive decoded
	}
	var err error
	if d.Format == FormatHTML {
		d.Raw, err = webpage.Decode(d.Data)
		if err == nil {
			err = checkDecoded(d.Raw)
		}
	} else {
		d.Raw, err = DecodeText(d.Data)
	}
	d.Data = nil
	return err
}

// strip finds the article (or articles) in the page and its metadata.
func strip(d *Doc) ([]*Doc, error) {
	opt := boilerplate.Options{Title: d.Hint.Title, Published: d.Hint.Published, URL: d.URL}
	var arts []boilerplate.Article
	if d.Format == FormatHTML {
		var err error
		if arts, err = boilerplate.FromHTML(d.Raw, opt); err != nil {
			return nil, err
		}
	} else {
		arts = boilerplate.FromText(d.Raw, opt)
	}
	var out []*Doc
	for _, a := range arts {
		body := strings.Join(a.Paragraphs, "\n")
		if letters(body) < minLetters {
			continue // a stray word or a lone symbol is not an article
		}
		nd := *d
		nd.Raw = "" // the page is no longer needed; keep memory flat
		nd.Part = len(out)
		nd.Title, nd.Published, nd.Source, nd.Authors = a.Title, a.Published, a.Source, a.Authors
		nd.Body, nd.Removed = body, a.Removed
		if len(out) == 0 {
			// Metadata the source gave (a JSONL line's title and
			// published) is about the page's first article; a date the
			// user supplied beats one read from the page.
			if nd.Title == "" {
				nd.Title = d.Hint.Title
			}
			if _, ok := ParseTime(d.Hint.Published); ok {
				nd.Published = d.Hint.Published
			}
		}
		nd.ID = docID(&nd)
		out = append(out, &nd)
	}
	if len(out) == 0 {
		return nil, ErrNoContent
	}
	pageDate := ""
	for _, nd := range out {
		if pageDate == "" {
			pageDate = nd.Published
		}
	}
	for _, nd := range out {
		nd.Parts, nd.BaseID = len(out), out[0].ID
		if nd.Published == "" {
			// An article glued into another's page has no dateline of its
			// own; the page's date is the best reference for its 今年 or 9日,
			// though not a publish date to report.
			nd.Ref = pageDate
		}
	}
	return out, nil
}

// minLetters is the fewest letters (Han characters count one each) a body
// must have to be an article; the shortest news flashes have a few dozen.
const minLetters = 10

func letters(s string) int {
	n := 0
	for _, r := range s {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			n++
			if n >= minLetters {
				return n
			}
		}
	}
	return n
}

// docID is stable for an input: the URL when there is one, else the path
// (and line for JSONL), plus the part number. Re-ingesting an input replaces
// its documents instead of adding copies.
func docID(d *Doc) string {
	key := d.URL
	if key == "" {
		key = d.Path
		if d.Line > 0 {
			key += ":" + strconv.Itoa(d.Line)
		}
		if d.Path == "-" {
			key = "-:" + d.Body // standard input without URLs: the content is the identity
		}
	}
	sum := sha256.Sum256([]byte(key))
	id := hex.EncodeToString(sum[:8])
	if d.Part > 0 {
		id += "-" + strconv.Itoa(d.Part)
	}
	return id
}

// convert turns Traditional and mixed text into Simplified, keeping the
// original body so spans can be shown against it. Title, source and
// authors are converted on their own evidence: a Simplified page may carry
// a Traditional headline from its source.
func (p *Pipeline) convert(d *Doc) error {
	d.Script = string(zhconv.Detect(d.Body))
	if d.Script != ScriptSimplified {
		d.Original = d.Body
		d.Body = p.conv.Convert(d.Body)
	}
	d.Title = p.conv.Simplify(d.Title)
	d.Source = p.conv.Simplify(d.Source)
	for i, a := range d.Authors {
		d.Authors[i] = p.conv.Simplify(a)
	}
	return nil
}

// tokenize segments the width-folded body once: the precise words for the
// extractors' part-of-speech hints, with their sub-words when an indexer
// wants them (Config.SearchTokens).
func (p *Pipeline) tokenize(d *Doc) error {
	d.Folded = fold(d.Body)
	if !p.cfg.SearchTokens {
		d.Tokens = segment.Default().Tokens(d.Folded)
		return nil
	}
	d.SearchTokens = segment.Default().SearchTokens(d.Folded)
	d.Tokens = make([]extract.Token, 0, len(d.SearchTokens))
	for _, t := range d.SearchTokens {
		if !t.Sub {
			d.Tokens = append(d.Tokens, t.Token)
		}
	}
	return nil
}

// extractSpans finds entities, figures and dates in the body, resolving
// relative dates against the publish date, or the page's for an article
// without one.
func extractSpans(d *Doc) error {
	when := d.Published
	if when == "" {
		when = d.Ref
	}
	ref, _ := ParseTime(when)
	d.Entities, d.Figures, d.Dates = spans(d.Body, d.Folded, d.Tokens, ref)
	d.Tokens = nil // only the extractors need them
	return nil
}

// Spans finds the entities, figures and dates of a text, resolving
// relative dates against ref (zero: unknown). It is the extract stage for
// one string, for `zhnews extract` and other callers outside a batch.
func Spans(text string, ref time.Time) ([]extract.Entity, []extract.Figure, []extract.Date) {
	folded := fold(text)
	return spans(text, folded, segment.Default().Tokens(folded), ref)
}

// spans runs the extractors on the width-folded text. Folding maps one rune
// to one rune, so offsets hold for the text as shown; span texts are taken
// from the text itself.
func spans(text, folded string, toks []extract.Token, ref time.Time) ([]extract.Entity, []extract.Figure, []extract.Date) {
	ents := entities.Extract(folded, toks)
	figs := figures.Extract(folded)
	dts := dates.Extract(folded, ref)
	if idioms := idiomRanges(folded, toks); len(idioms) > 0 {
		figs = slices.DeleteFunc(figs, func(f extract.Figure) bool { return inside(idioms, f.Start, f.End) })
		dts = slices.DeleteFunc(dts, func(d extract.Date) bool { return inside(idioms, d.Start, d.End) })
	}
	rs := []rune(text)
	slice := func(s, e int, t *string) {
		if s >= 0 && e <= len(rs) && s <= e {
			*t = string(rs[s:e])
		}
	}
	for i := range ents {
		slice(ents[i].Start, ents[i].End, &ents[i].Text)
	}
	for i := range figs {
		slice(figs[i].Start, figs[i].End, &figs[i].Text)
	}
	for i := range dts {
		slice(dts[i].Start, dts[i].End, &dts[i].Text)
	}
	return ents, figs, dts
}

// idiomRanges returns the code point ranges of the tokens the dictionary
// tags as idioms (成语, POS i) or set phrases (习用语, POS l). A number or a
// day inside one is a figure of speech, not a fact: 两人 in 判若两人, 一心
// in 一心一意.
func idiomRanges(text string, toks []extract.Token) [][2]int {
	var out [][2]int
	runes, at := 0, 0 // code points before byte offset at
	for _, t := range toks {
		if t.Pos != "i" && t.Pos != "l" || t.Start < at || t.End > len(text) {
			continue
		}
		runes += utf8.RuneCountInString(text[at:t.Start])
		n := utf8.RuneCountInString(text[t.Start:t.End])
		out = append(out, [2]int{runes, runes + n})
		runes, at = runes+n, t.End
	}
	return out
}

// inside reports whether [start, end) lies within one of the ranges.
func inside(ranges [][2]int, start, end int) bool {
	i, _ := slices.BinarySearchFunc(ranges, start, func(r [2]int, s int) int { return cmp.Compare(r[1], s+1) })
	return i < len(ranges) && ranges[i][0] <= start && end <= ranges[i][1]
}

// fold applies width folding for processing when it keeps the rune count,
// which it does for all but exotic input; otherwise the text is used as is.
func fold(s string) string {
	f := width.Fold.String(s)
	if utf8.RuneCountInString(f) != utf8.RuneCountInString(s) {
		return s
	}
	return f
}
