// Package analyzer is a bleve analyzer for Simplified Chinese built on
// package segment (gse), registered in bleve's registry by name.
//
// Two analyzers, on two settings of one tokenizer:
//
//   - Name indexes the precise words of a text plus the sub-words inside
//     longer words (上海 inside 上海市, 学生 inside 大学生, iphone inside
//     iPhone15), each sub-word at the position of its parent, so a query
//     for a sub-word finds the text while phrase queries over precise
//     words still line up;
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
	"unicode"
	"unicode/utf8"

	"github.com/blevesearch/bleve/v2/analysis"
	"github.com/blevesearch/bleve/v2/analysis/token/lowercase"
	"github.com/blevesearch/bleve/v2/registry"
	"github.com/zhnews/zhnews/extract/segment"
)

// Registry names.
const (
	Name               = "zh"           // analyzer for indexing: words and sub-words
	QueryName          = "zh_query"     // analyzer for query text: words only
	TokenizerName      = "zh_gse"       // tokenizer behind Name
	QueryTokenizerName = "zh_gse_query" // tokenizer behind QueryName
)

// Tokenizer is a bleve tokenizer on package segment.
type Tokenizer struct {
	// SubWords adds the sub-words inside longer words at their parent's
	// position.
	SubWords bool
}

// New returns a tokenizer; subWords says whether to emit sub-words.
func New(subWords bool) *Tokenizer {
	return &Tokenizer{SubWords: subWords}
}

// Tokenize segments input. See the package doc.
func (t *Tokenizer) Tokenize(input []byte) analysis.TokenStream {
	f := foldWidth(input)
	text := string(f.text)
	seg := segment.ForQuery(text)
	var toks []segment.SearchToken
	if t.SubWords {
		toks = seg.SearchTokens(text)
	} else {
		for _, tok := range seg.Tokens(text) {
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
		slab = append(slab, analysis.Token{
			Term:     buf[tok.Start:tok.End:tok.End],
			Start:    f.orig(tok.Start),
			End:      f.orig(tok.End),
			Position: pos,
			Type:     tokenType(tok.Text),
		})
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

// QueryTokenizerConstructor builds the query tokenizer for the registry.
func QueryTokenizerConstructor(map[string]interface{}, *registry.Cache) (analysis.Tokenizer, error) {
	return New(false), nil
}

// AnalyzerConstructor builds the Name analyzer for the registry.
func AnalyzerConstructor(_ map[string]interface{}, cache *registry.Cache) (analysis.Analyzer, error) {
	return build(cache, TokenizerName)
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
	must(registry.RegisterTokenizer(QueryTokenizerName, QueryTokenizerConstructor))
	must(registry.RegisterAnalyzer(Name, AnalyzerConstructor))
	must(registry.RegisterAnalyzer(QueryName, QueryAnalyzerConstructor))
}

func must(err error) {
	if err != nil {
		panic(err)
	}
}
