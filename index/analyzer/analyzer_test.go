package analyzer

import (
	"fmt"
	"os"
	"os/exec"

	"github.com/zhnews/zhnews/extract"
	"github.com/zhnews/zhnews/extract/segment"
	"regexp"
	"slices"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/blevesearch/bleve/v2"
	"github.com/blevesearch/bleve/v2/analysis"
	"github.com/blevesearch/bleve/v2/registry"
	"github.com/blevesearch/bleve/v2/search/highlight/highlighter/html"
	"github.com/blevesearch/bleve/v2/search/query"
)

type tok struct {
	Term       string
	Start, End int
	Pos        int
}

func analyze(t *testing.T, name, text string) []tok {
	t.Helper()
	a, err := registry.NewCache().AnalyzerNamed(name)
	if err != nil {
		t.Fatal(err)
	}
	var out []tok
	for _, x := range a.Analyze([]byte(text)) {
		out = append(out, tok{string(x.Term), x.Start, x.End, x.Position})
	}
	return out
}

func TestAnalyze(t *testing.T) {
	tests := []struct {
		name, analyzer, in string
		want               []tok
	}{
		{"sub-word at parent position", Name, "上海市科委。", []tok{
			{"上海市", 0, 9, 1}, {"上海", 0, 6, 1}, {"市", 6, 9, 1}, {"科委", 9, 15, 2}}},
		{"query analyzer has no sub-words", QueryName, "上海市科委", []tok{
			{"上海市", 0, 9, 1}, {"科委", 9, 15, 2}}},
		{"punctuation and space skipped, positions consecutive", QueryName, "科委，科委 科委", []tok{
			{"科委", 0, 6, 1}, {"科委", 9, 15, 2}, {"科委", 16, 22, 3}}},
		{"latin lowercased", QueryName, "iPhone发布", []tok{
			{"iphone", 0, 6, 1}, {"发布", 6, 12, 2}}},
		{"full width folded, offsets original", QueryName, "ＡＢＣ的２０２５年", []tok{
			{"abc", 0, 9, 1}, {"的", 9, 12, 2}, {"2025", 12, 24, 3}, {"年", 24, 27, 4}}},
		{"empty", Name, "", nil},
		{"only punctuation", Name, "，。！“”", nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := analyze(t, tt.analyzer, tt.in); !slices.Equal(got, tt.want) {
				t.Errorf("got %v, want %v", got, tt.want)
			}
		})
	}
}

// TestPositionsMatchName: PositionsName is Name without offsets, so a
// highlighter can take the offsets of an indexed position from Name.
func TestPositionsMatchName(t *testing.T) {
	for _, text := range []string{docKewei, docRepub, docLatin, docRepeat, "", "，。"} {
		with, without := analyze(t, Name, text), analyze(t, PositionsName, text)
		if len(with) != len(without) {
			t.Fatalf("%q: %d tokens with offsets, %d without", text, len(with), len(without))
		}
		for i := range with {
			w := with[i]
			w.Start, w.End = 0, 0
			if without[i] != w {
				t.Errorf("%q token %d: got %v, want %v", text, i, without[i], w)
			}
		}
	}
}

// TestAnalyzeAll: texts analyzed together come out as each alone.
func TestAnalyzeAll(t *testing.T) {
	texts := []string{docKewei, docRepub, docLatin, docRepeat, "", "ＡＢＣ的２０２５年"}
	for i, got := range AnalyzeAll(texts...) {
		var have []tok
		for _, x := range got {
			have = append(have, tok{string(x.Term), x.Start, x.End, x.Position})
		}
		if want := analyze(t, Name, texts[i]); !slices.Equal(have, want) {
			t.Errorf("%q:\ngot  %v\nwant %v", texts[i], have, want)
		}
	}
}

const (
	docKewei  = "上海市科委副主任翟金国9日表示，上海市新材料产业将聚力建设3大创新高地。"
	docRepub  = "中华人民共和国成立以来，大学生人数不断增长。"
	docLatin  = "ＡＢＣ公司发布了iPhone15新品。"
	docRepeat = "科委、科委和市科委"
)

func openIndex(t *testing.T) bleve.Index {
	t.Helper()
	fm := bleve.NewTextFieldMapping()
	fm.Analyzer = Name
	dm := bleve.NewDocumentMapping()
	dm.AddFieldMappingsAt("body", fm)
	m := bleve.NewIndexMapping()
	m.DefaultMapping = dm
	idx, err := bleve.New(t.TempDir()+"/idx", m)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { idx.Close() })
	for id, body := range map[string]string{"kewei": docKewei, "repub": docRepub, "latin": docLatin, "repeat": docRepeat} {
		if err := idx.Index(id, map[string]string{"body": body}); err != nil {
			t.Fatal(err)
		}
	}
	return idx
}

func search(t *testing.T, idx bleve.Index, q query.Query) *bleve.SearchResult {
	t.Helper()
	req := bleve.NewSearchRequest(q)
	req.Highlight = bleve.NewHighlightWithStyle(html.Name)
	req.IncludeLocations = true
	res, err := idx.Search(req)
	if err != nil {
		t.Fatal(err)
	}
	return res
}

func ids(res *bleve.SearchResult) []string {
	var out []string
	for _, h := range res.Hits {
		out = append(out, h.ID)
	}
	slices.Sort(out)
	return out
}

func match(text, analyzer string) query.Query {
	q := bleve.NewMatchQuery(text)
	q.SetField("body")
	q.Analyzer = analyzer
	q.Operator = query.MatchQueryOperatorAnd
	return q
}

func phrase(text, analyzer string) query.Query {
	q := bleve.NewMatchPhraseQuery(text)
	q.SetField("body")
	q.Analyzer = analyzer
	return q
}

func TestSearch(t *testing.T) {
	idx := openIndex(t)
	tests := []struct {
		name string
		q    query.Query
		want []string
	}{
		{"precise word", match("科委", QueryName), []string{"kewei", "repeat"}},
		{"compound", match("上海市科委", QueryName), []string{"kewei"}},
		{"compound, index analyzer on the query", match("上海市科委", Name), []string{"kewei"}},
		{"sub-word of 上海市", match("上海", QueryName), []string{"kewei"}},
		{"sub-word of 大学生", match("学生", QueryName), []string{"repub"}},
		{"sub-word of 中华人民共和国", match("共和国", QueryName), []string{"repub"}},
		{"no word across a boundary", match("华人", QueryName), nil},
		{"phrase of precise words", phrase("上海市科委副主任", QueryName), []string{"kewei"}},
		{"phrase from a sub-word on", phrase("人民共和国成立", QueryName), []string{"repub"}},
		{"phrase with index analyzer", phrase("上海市科委副主任", Name), []string{"kewei"}},
		{"phrase in wrong order", phrase("科委上海市", QueryName), nil},
		{"phrase from a one-rune suffix on", phrase("市科委副主任", QueryName), []string{"kewei"}},
		{"phrase from a two-rune sub-word on", phrase("学生人数", QueryName), []string{"repub"}},
		{"phrase across punctuation-separated words", phrase("表示上海市", QueryName), []string{"kewei"}},
		{"full width doc, half width query", match("abc", QueryName), []string{"latin"}},
		{"latin case", match("IPHONE", QueryName), []string{"latin"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := ids(search(t, idx, tt.q)); !slices.Equal(got, tt.want) {
				t.Errorf("got %v, want %v", got, tt.want)
			}
		})
	}
}

var mark = regexp.MustCompile(`<mark>(.*?)</mark>`)

func TestHighlightMarksWholeWords(t *testing.T) {
	idx := openIndex(t)
	tests := []struct {
		name string
		q    query.Query
		doc  string
		want []string // marked texts, in order
	}{
		{"word", match("科委", QueryName), "kewei", []string{"科委"}},
		{"sub-word", match("学生", QueryName), "repub", []string{"学生"}},
		{"compound", match("上海市科委", QueryName), "kewei", []string{"上海市", "科委", "上海市"}},
		{"full width", match("abc", QueryName), "latin", []string{"ＡＢＣ"}},
		{"repeated", match("科委", QueryName), "repeat", []string{"科委", "科委", "科委"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			res := search(t, idx, tt.q)
			if len(res.Hits) == 0 {
				t.Fatal("no hits")
			}
			for _, h := range res.Hits {
				for _, frag := range h.Fragments["body"] {
					if !utf8.ValidString(frag) {
						t.Errorf("%s: fragment is not valid UTF-8: %q", h.ID, frag)
					}
				}
			}
			frag := fragOf(res, tt.doc)
			var got []string
			for _, m := range mark.FindAllStringSubmatch(frag, -1) {
				got = append(got, m[1])
			}
			if !slices.Equal(got, tt.want) {
				t.Errorf("marked %q in %q, want %q", got, frag, tt.want)
			}
		})
	}
}

func fragOf(res *bleve.SearchResult, id string) string {
	for _, h := range res.Hits {
		if h.ID == id {
			return strings.Join(h.Fragments["body"], "")
		}
	}
	return ""
}

func TestLocationsOfRepeatedWords(t *testing.T) {
	idx := openIndex(t)
	res := search(t, idx, match("科委", QueryName))
	for _, h := range res.Hits {
		if h.ID != "repeat" {
			continue
		}
		var got []int
		for _, l := range h.Locations["body"]["科委"] {
			got = append(got, int(l.Start))
			if s := docRepeat[l.Start:l.End]; s != "科委" {
				t.Errorf("location %d:%d holds %q", l.Start, l.End, s)
			}
		}
		slices.Sort(got)
		if want := []int{0, 9, 21}; !slices.Equal(got, want) {
			t.Errorf("starts of 科委: got %v, want %v", got, want)
		}
		return
	}
	t.Fatal("doc repeat not found")
}

var _ analysis.Tokenizer = (*Tokenizer)(nil)

// TestQueryIsCold analyzes a query in a fresh process and checks that the
// full dictionary was not loaded for it.
func TestQueryIsCold(t *testing.T) {
	if os.Getenv("ANALYZER_COLD_CHILD") == "1" {
		got := analyze(t, QueryName, "上海市科委 新材料")
		if segment.Loaded() {
			t.Fatal("analyzing a query loaded the full dictionary")
		}
		if len(got) != 4 {
			t.Fatalf("got %v, want 4 tokens", got)
		}
		return
	}
	cmd := exec.Command(os.Args[0], "-test.run=^TestQueryIsCold$", "-test.count=1")
	cmd.Env = append(os.Environ(), "ANALYZER_COLD_CHILD=1")
	if out, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("child: %v\n%s", err, out)
	}
}

// TestOffer: an offered segmentation is used for exactly its text, and
// forgotten once withdrawn.
func TestOffer(t *testing.T) {
	tz := New(true)
	text := "上海市科委"
	fake := []segment.SearchToken{
		{Token: extract.Token{Text: "上海市科", Start: 0, End: 12}},
		{Token: extract.Token{Text: "委", Start: 12, End: 15}},
		{Token: extract.Token{Text: "科", Start: 9, End: 12}, Sub: true},
	}
	terms := func(in string) []string {
		var out []string
		for _, tok := range tz.Tokenize([]byte(in)) {
			out = append(out, fmt.Sprintf("%s@%d", tok.Term, tok.Position))
		}
		return out
	}
	want := terms(text)
	tz.Offer(text, fake)
	if got := terms(text); !slices.Equal(got, []string{"上海市科@1", "委@2", "科@2"}) {
		t.Errorf("offered: got %v", got)
	}
	if got := terms("上海市科委。"); slices.Contains(got, "上海市科@1") {
		t.Errorf("another text used the offer: %v", got)
	}
	tz.Withdraw(text)
	if got := terms(text); !slices.Equal(got, want) {
		t.Errorf("withdrawn: got %v, want %v", got, want)
	}
}
