package eval

import (
	"bytes"
	"strings"
	"testing"

	"github.com/zhnews/zhnews/extract"
	"github.com/zhnews/zhnews/pipeline"
	"golang.org/x/net/html"
)

// spansOf returns the text of every body <span> (one with a title, unlike
// the legend) with the given class.
func spansOf(t *testing.T, page []byte, class string) []string {
	t.Helper()
	doc, err := html.Parse(bytes.NewReader(page))
	if err != nil {
		t.Fatal(err)
	}
	var out []string
	var walk func(n *html.Node)
	walk = func(n *html.Node) {
		if n.Type == html.ElementNode && n.Data == "span" && n.FirstChild != nil {
			attr := map[string]string{}
			for _, a := range n.Attr {
				attr[a.Key] = a.Val
			}
			if attr["title"] != "" && strings.Contains(" "+attr["class"]+" ", " "+class+" ") {
				out = append(out, n.FirstChild.Data)
			}
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
	}
	walk(doc)
	return out
}

func TestWriteHTML(t *testing.T) {
	var b bytes.Buffer
	if err := WriteHTML(&b, smallReport(t)); err != nil {
		t.Fatal(err)
	}
	page := b.Bytes()
	tests := []struct {
		class string
		want  []string
	}{
		{"s-fp", []string{"科委", "今年", "人大常委会", "12.5%"}},
		{"s-fn", []string{"陈静", "2025年8月"}},
		{"s-ok", []string{"大会"}},
		{"s-leak", []string{"(完)"}},
	}
	for _, tt := range tests {
		t.Run(tt.class, func(t *testing.T) {
			got := strings.Join(spansOf(t, page, tt.class), "|")
			for _, w := range tt.want {
				if !strings.Contains(got, w) {
					t.Errorf("spans of class %s: got %q, want one with %q", tt.class, got, w)
				}
			}
		})
	}
	for _, want := range []string{"<p>2 documents, 3 labeled articles", "当前位置:首页 &gt; 新闻", "Leaked boilerplate: 1", "breadcrumb"} {
		if !bytes.Contains(page, []byte(want)) {
			t.Errorf("page lacks %q", want)
		}
	}
}

func TestWriteHTMLEscapes(t *testing.T) {
	g := Article{Doc: "a.txt", Body: []string{"<b>甲</b>"}, Entities: []Entity{{"<i>", "org"}}}
	rec := pipeline.Record{Body: "<script>alert(1)</script>\n<b>甲</b>",
		Entities: []extract.Entity{{Text: "<script>", Type: "org", Start: 0, End: 8}},
		Removed:  []extract.Removed{{Text: "<img src=x onerror=alert(2)>", Reason: "<x>"}}}
	var b bytes.Buffer
	if err := WriteHTML(&b, score([]Article{g}, rec)); err != nil {
		t.Fatal(err)
	}
	for _, bad := range []string{"<script>", "<img", "<b>甲", "<i>", "<x>"} {
		if bytes.Contains(b.Bytes(), []byte(bad)) {
			t.Errorf("page contains unescaped %q", bad)
		}
	}
	if got := spansOf(t, b.Bytes(), "s-fp"); len(got) != 1 || got[0] != "<script>" {
		t.Errorf("FP spans: got %q, want [<script>]", got)
	}
}

func TestSegments(t *testing.T) {
	marks := []Mark{
		{KindEntity, 0, 2, "上海", "location", StatusTP},
		{KindFigure, 1, 4, "海5个", "", StatusFP},
		{KindDate, 9, 99, "bad", "", StatusTP}, // out of range: ignored
	}
	got := segments("上海5个\n集群", marks)
	if len(got) != 2 {
		t.Fatalf("got %d paragraphs, want 2", len(got))
	}
	var parts []string
	for _, s := range got[0] {
		parts = append(parts, s.Text+":"+s.Class)
	}
	want := "上:m k-e s-tp|海:m k-ef s-fp|5个:m k-f s-fp"
	if g := strings.Join(parts, "|"); g != want {
		t.Errorf("got %q, want %q", g, want)
	}
	if len(got[1]) != 1 || got[1][0].Text != "集群" || got[1][0].Class != "" {
		t.Errorf("second paragraph: got %+v", got[1])
	}
}
