// Package analyzer is a bleve analyzer for Simplified Chinese built on
// package segment (gse), registered in bleve's registry by name.
//
// Three analyzers, on settings of one tokenizer:
//
//   - Name indexes the precise words of a text plus the sub-words inside
//     longer words (上海 inside 上海市, 学生 inside 大学生, iphone inside
//     iPhone15), each sub-word at the position of its parent, so a query
//     for a sub-word finds the text while phrase queries over precise
//     words still line up;
//   - PositionsName emits the same tokens at the same positions with every
//     offset zero. A field analyzed with it keeps positions for phrase
//     queries but no offsets, as Lucene's DOCS_AND_FREQS_AND_POSITIONS
//     does: offsets are two of the five varints zap writes per token, and
//     a highlighter takes them back by running Name over the stored
//     text, which yields the same tokens at the same positions;
//   - QueryName emits the precise words only. Use it to analyze query text
//     (MatchQuery.Analyzer, MatchPhraseQuery.Analyzer): the index already
//     holds the sub-words, and overlapping query terms would make bleve's
//     highlighter merge a word with its own sub-word and mark only part.
//
// Both fold full-width letters, digits and punctuation to half width
// before segmenting (offsets stay those of the original text), lowercase
// Latin letters, and drop tokens without a letter or digit (punctuation,
// symbols, whitespace). Token offsets are bytes into the original text and
// positions count the kept precise words from 1.
//
// A short text (a query) is segmented by segment.ForQuery, which answers
// without loading the full dictionary and tokenizes exactly as indexing
// does; a long text loads the full dictionary once per process.
package analyzer

import (
	"runtime"
	"strings"
	"sync"
	"sync/atomic"
	"unicode"
	"unicode/utf8"

	"github.com/blevesearch/bleve/v2/analysis"
	"github.com/blevesearch/bleve/v2/analysis/token/lowercase"
	"github.com/blevesearch/bleve/v2/registry"
	"github.com/zhnews/zhnews/extract/segment"
)

// Registry names.
const (
	Name                   = "zh"           // analyzer for indexing: words and sub-words
	PositionsName          = "zh_pos"       // Name without offsets
	QueryName              = "zh_query"     // analyzer for query text: words only
	TokenizerName          = "zh_gse"       // tokenizer behind Name
	PositionsTokenizerName = "zh_gse_pos"   // tokenizer behind PositionsName
	QueryTokenizerName     = "zh_gse_query" // tokenizer behind QueryName
)

// Tokenizer is a bleve tokenizer on package segment.
type Tokenizer struct {
	// SubWords adds the sub-words inside longer words at their parent's
	// position.
	SubWords bool
	// NoOffsets sets every token's offsets to zero.
	NoOffsets bool

	mu      sync.RWMutex
	offered map[string][]segment.SearchToken // see Offer
}

// Offer gives the tokenizer the search tokens of a text it is about to be
// asked for, as segment.SearchTokens makes them from the text width-folded
// (folded), so that it does not segment the text again: the pipeline has
// segmented every body once already. Withdraw forgets them. A text that
// folds differently here is segmented as usual.
func (t *Tokenizer) Offer(folded string, toks []segment.SearchToken) {
	t.mu.Lock()
	defer t.mu.Unlock()
	if t.offered == nil {
		t.offered = map[string][]segment.SearchToken{}
	}
	t.offered[folded] = toks
}

// Withdraw forgets what Offer gave for folded.
func (t *Tokenizer) Withdraw(folded string) {
	t.mu.Lock()
	defer t.mu.Unlock()
	delete(t.offered, folded)
}

// searchTokens returns the search tokens of the width-folded text: offered,
// or made with seg.
func (t *Tokenizer) searchTokens(seg func() *segment.Segmenter, text []byte) []segment.SearchToken {
	t.mu.RLock()
	toks, ok := t.offered[string(text)]
	t.mu.RUnlock()
	if ok {
		return toks
	}
	return seg().SearchTokens(string(text))
}

// New returns a tokenizer; subWords says whether to emit sub-words.
func New(subWords bool) *Tokenizer {
	return &Tokenizer{SubWords: subWords}
}

// Tokenize segments input. See the package doc.
func (t *Tokenizer) Tokenize(input []byte) analysis.TokenStream {
	f := foldWidth(input)
	return t.tokenize(func() *segment.Segmenter { return segment.ForQuery(string(f.text)) }, f)
}

// AnalyzeAll analyzes texts as the Name analyzer does, segmenting them all
// with one segment.ForText segmenter: until the process has loaded the full
// dictionary, a subset built once for all of them is several times cheaper
// than loading it. A cold search highlights its hits this way.
func AnalyzeAll(texts ...string) []analysis.TokenStream {
	fs := make([]folded, len(texts))
	var all strings.Builder
	for i, s := range texts {
		fs[i] = foldWidth([]byte(s))
		all.Write(fs[i].text)
		all.WriteByte('\n')
	}
	seg := segment.ForText(all.String())
	t := New(true)
	lower := lowercase.NewLowerCaseFilter()
	out := make([]analysis.TokenStream, len(texts))
	// The texts are independent: on an idle machine the cores split them.
	var next atomic.Int64
	var wg sync.WaitGroup
	for range min(runtime.GOMAXPROCS(0), len(fs)) {
		wg.Go(func() {
			for i := int(next.Add(1) - 1); i < len(fs); i = int(next.Add(1) - 1) {
				out[i] = lower.Filter(t.tokenize(func() *segment.Segmenter { return seg }, fs[i]))
			}
		})
	}
	wg.Wait()
	return out
}

func (t *Tokenizer) tokenize(seg func() *segment.Segmenter, f folded) analysis.TokenStream {
	text := string(f.text)
	var toks []segment.SearchToken
	if t.SubWords {
		toks = t.searchTokens(seg, f.text)
	} else {
		for _, tok := range seg().Tokens(text) {
			toks = append(toks, segment.SearchToken{Token: tok})
		}
	}
	// One copy of the text backs every term (the lowercase filter rewrites
	// terms in place) and one slab holds every token, as bleve's own
	// tokenizers do, instead of two allocations per token.
	buf := []byte(text)
	slab := make([]analysis.Token, 0, len(toks))
	pos := 0
	for _, tok := range toks {
		if !hasLetterOrDigit(tok.Text) {
			continue
		}
		if !tok.Sub {
			pos++
		}
		at := analysis.Token{
			Term:     buf[tok.Start:tok.End:tok.End],
			Position: pos,
			Type:     tokenType(tok.Text),
		}
		if !t.NoOffsets {
			at.Start, at.End = f.orig(tok.Start), f.orig(tok.End)
		}
		slab = append(slab, at)
	}
	stream := make(analysis.TokenStream, len(slab))
	for i := range slab {
		stream[i] = &slab[i]
	}
	return stream
}

func hasLetterOrDigit(s string) bool {
	for _, r := range s {
		if unicode.IsLetter(r) || unicode.IsNumber(r) {
			return true
		}
	}
	return false
}

func tokenType(s string) analysis.TokenType {
	r, _ := utf8.DecodeRuneInString(s)
	if unicode.Is(unicode.Han, r) {
		return analysis.Ideographic
	}
	for _, r := range s {
		if !unicode.IsDigit(r) {
			return analysis.AlphaNumeric
		}
	}
	return analysis.Numeric
}

// TokenizerConstructor builds the indexing tokenizer for the registry.
func TokenizerConstructor(map[string]interface{}, *registry.Cache) (analysis.Tokenizer, error) {
	return New(true), nil
}

// PositionsTokenizerConstructor builds the tokenizer without offsets for the registry.
func PositionsTokenizerConstructor(map[string]interface{}, *registry.Cache) (analysis.Tokenizer, error) {
	return &Tokenizer{SubWords: true, NoOffsets: true}, nil
}

// QueryTokenizerConstructor builds the query tokenizer for the registry.
func QueryTokenizerConstructor(map[string]interface{}, *registry.Cache) (analysis.Tokenizer, error) {
	return New(false), nil
}

// AnalyzerConstructor builds the Name analyzer for the registry.
func AnalyzerConstructor(_ map[string]interface{}, cache *registry.Cache) (analysis.Analyzer, error) {
	return build(cache, TokenizerName)
}

// PositionsAnalyzerConstructor builds the PositionsName analyzer for the registry.
func PositionsAnalyzerConstructor(_ map[string]interface{}, cache *registry.Cache) (analysis.Analyzer, error) {
	return build(cache, PositionsTokenizerName)
}

// QueryAnalyzerConstructor builds the QueryName analyzer for the registry.
func QueryAnalyzerConstructor(_ map[string]interface{}, cache *registry.Cache) (analysis.Analyzer, error) {
	return build(cache, QueryTokenizerName)
}

func build(cache *registry.Cache, tokenizer string) (analysis.Analyzer, error) {
	tok, err := cache.TokenizerNamed(tokenizer)
	if err != nil {
		return nil, err
	}
	lower, err := cache.TokenFilterNamed(lowercase.Name)
	if err != nil {
		return nil, err
	}
	return &analysis.DefaultAnalyzer{Tokenizer: tok, TokenFilters: []analysis.TokenFilter{lower}}, nil
}

func init() {
	must(registry.RegisterTokenizer(TokenizerName, TokenizerConstructor))
	must(registry.RegisterTokenizer(PositionsTokenizerName, PositionsTokenizerConstructor))
	must(registry.RegisterTokenizer(QueryTokenizerName, QueryTokenizerConstructor))
	must(registry.RegisterAnalyzer(Name, AnalyzerConstructor))
	must(registry.RegisterAnalyzer(PositionsName, PositionsAnalyzerConstructor))
	must(registry.RegisterAnalyzer(QueryName, QueryAnalyzerConstructor))
}

func must(err error) {
	if err != nil {
		panic(err)
	}
}
