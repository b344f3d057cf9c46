package web

import (
	"fmt"
	"net/url"
	"reflect"
	"strings"
	"testing"

	"github.com/zhnews/zhnews/extract"
	"github.com/zhnews/zhnews/index"
	"github.com/zhnews/zhnews/pipeline"
)

func TestSegments(t *testing.T) {
	tests := []struct {
		name, in string
		want     []Seg
	}{
		{"plain", "上海 &amp; 南京", []Seg{{"上海 & 南京", false}}},
		{"marks", "…江北<mark>新材料</mark>产业<mark>联盟</mark>", []Seg{{"…江北", false}, {"新材料", true}, {"产业", false}, {"联盟", true}}},
		{"escaped tag stays text", "&lt;script&gt;<mark>x</mark>", []Seg{{"<script>", false}, {"x", true}}},
		{"unclosed mark", "a<mark>b", []Seg{{"a<mark>b", false}}},
		{"stray close", "a</mark>b", []Seg{{"a</mark>b", false}}},
		{"empty mark", "a<mark></mark>b", []Seg{{"ab", false}}},
		{"empty", "", nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := Segments(tt.in); !reflect.DeepEqual(got, tt.want) {
				t.Errorf("got %+v, want %+v", got, tt.want)
			}
		})
	}
}

func runsText(paras [][]Run) string {
	var b strings.Builder
	for i, p := range paras {
		if i > 0 {
			b.WriteString("|")
		}
		for _, r := range p {
			if r.Kind != "" {
				fmt.Fprintf(&b, "[%s:%s=%s]", r.Kind, r.Text, r.Value)
			} else {
				b.WriteString(r.Text)
			}
		}
	}
	return b.String()
}

func TestParagraphs(t *testing.T) {
	two := 2.0
	tests := []struct {
		name string
		rec  pipeline.Record
		want string
	}{
		{"entities and paragraphs", pipeline.Record{Body: "翟金国表示\n\n上海将建设",
			Entities: []extract.Entity{{Text: "翟金国", Type: "person", Start: 0, End: 3, Role: "副主任"}, {Text: "上海", Type: "location", Start: 7, End: 9}}},
			"[person:翟金国=人物 · 副主任]表示|[location:上海=地点]将建设"},
		{"figure and date", pipeline.Record{Body: "2023年产值1-2万亿元",
			Figures: []extract.Figure{{Text: "1-2万亿元", Value: 1e12, Max: &two, Unit: "元", Approx: true, Start: 7, End: 13}},
			Dates:   []extract.Date{{Text: "2023年", Value: "2023", Start: 0, End: 5}}},
			"[date:2023年=2023]产值[figure:1-2万亿元== 1,000,000,000,000 – 2 元（约数）]"},
		{"overlap keeps the first and longer", pipeline.Record{Body: "上海市科委主任",
			Entities: []extract.Entity{{Text: "上海", Type: "location", Start: 0, End: 2}, {Text: "上海市科委", Type: "org", Start: 0, End: 5}, {Text: "科委主任", Type: "person", Start: 3, End: 7}}},
			"[org:上海市科委=机构]主任"},
		{"bad offsets dropped", pipeline.Record{Body: "上海",
			Entities: []extract.Entity{{Text: "上海", Type: "location", Start: 1, End: 9}, {Text: "x", Type: "org", Start: -1, End: 1}, {Text: "海", Type: "org", Start: 0, End: 1}}},
			"上海"},
		{"unknown type dropped", pipeline.Record{Body: "上海", Entities: []extract.Entity{{Text: "上海", Type: "thing", Start: 0, End: 2}}}, "上海"},
		{"span across a break is cut", pipeline.Record{Body: "上\n海", Dates: []extract.Date{{Text: "上\n海", Value: "v", Start: 0, End: 3}}},
			"[date:上=v]|[date:海=v]"},
		{"empty", pipeline.Record{}, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := runsText(Paragraphs(&tt.rec)); got != tt.want {
				t.Errorf("got %q, want %q", got, tt.want)
			}
		})
	}
}

func TestNumber(t *testing.T) {
	tests := []struct {
		in   float64
		want string
	}{
		{0, "0"}, {86, "86"}, {2024, "2024"}, {12345, "12,345"}, {4.72e12, "4,720,000,000,000"}, {-56800, "-56,800"}, {0.133, "0.133"}, {3.32e8, "332,000,000"},
	}
	for _, tt := range tests {
		if got := number(tt.in); got != tt.want {
			t.Errorf("number(%v): got %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestTimeline(t *testing.T) {
	tl := timelineOf([]index.FacetCount{{Term: "2024-11", Count: 4}, {Term: "2025-02", Count: 1}, {Term: "junk", Count: 9}}, "2025-02")
	var got []string
	for _, b := range tl.Bars {
		got = append(got, fmt.Sprintf("%s:%d:%d:%v", b.Month, b.Count, b.Level, b.Active))
	}
	want := []string{"2024-11:4:20:false", "2024-12:0:0:false", "2025-01:0:0:false", "2025-02:1:5:true"}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("got %q, want %q", got, want)
	}
	if timelineOf(nil, "") != nil {
		t.Error("a timeline without months is not nil")
	}
	long := timelineOf([]index.FacetCount{{Term: "1990-01", Count: 1}, {Term: "2025-12", Count: 1}}, "")
	if n := len(long.Bars); n != maxMonths || long.Bars[n-1].Month != "2025-12" {
		t.Errorf("long span: %d bars ending %s, want %d ending 2025-12", n, long.Bars[n-1].Month, maxMonths)
	}
}

func TestFiltersURL(t *testing.T) {
	f := Filters{Q: "新材料 -股票", Entity: "上海市科委", Type: "org", Page: 3, Size: 10}
	tests := []struct {
		name    string
		changes []string
		want    url.Values
	}{
		{"same", nil, url.Values{"q": {"新材料 -股票"}, "entity": {"上海市科委"}, "type": {"org"}, "page": {"3"}}},
		{"page", []string{"page", "4"}, url.Values{"q": {"新材料 -股票"}, "entity": {"上海市科委"}, "type": {"org"}, "page": {"4"}}},
		{"filter resets page", []string{"source", "中新网"}, url.Values{"q": {"新材料 -股票"}, "entity": {"上海市科委"}, "type": {"org"}, "source": {"中新网"}}},
		{"remove", []string{"entity", "", "type", ""}, url.Values{"q": {"新材料 -股票"}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			u, err := url.Parse(f.URL(tt.changes...))
			if err != nil {
				t.Fatal(err)
			}
			if got := u.Query(); !reflect.DeepEqual(got, tt.want) {
				t.Errorf("got %v, want %v", got, tt.want)
			}
		})
	}
	if got := (Filters{Page: 1, Size: 10}).URL(); got != "/" {
		t.Errorf("empty filters: got %q, want /", got)
	}
}

func TestPages(t *testing.T) {
	f := Filters{Q: "x", Page: 6, Size: 10}
	links, prev, next := pagesOf(f, &index.Result{Total: 200, Page: 6, Size: 10})
	var got []string
	for _, l := range links {
		switch {
		case l.Gap:
			got = append(got, "…")
		case l.Current:
			got = append(got, fmt.Sprintf("[%d]", l.N))
		default:
			got = append(got, fmt.Sprint(l.N))
		}
	}
	if s := strings.Join(got, " "); s != "1 … 4 5 [6] 7 8 … 20" {
		t.Errorf("got %q", s)
	}
	if !strings.Contains(prev, "page=5") || !strings.Contains(next, "page=7") {
		t.Errorf("prev %q next %q", prev, next)
	}
	if links, _, _ := pagesOf(f, &index.Result{Total: 7, Page: 1, Size: 10}); links != nil {
		t.Errorf("one page has links %v", links)
	}
}

func TestQueryTerms(t *testing.T) {
	tests := []struct {
		in   string
		want []string
	}{
		{"新材料 上海", []string{"新材料", "上海"}},
		{`"产业 集群" -股票 OR 石墨烯`, []string{"石墨烯", "产业", "集群"}},
		{"title:集群 source:中新网 org:上海市科委 正文：新材料", []string{"新材料", "集群"}},
		{`“上海 新区”`, []string{"上海", "新区"}},
		{"a a +b", []string{"a", "b"}},
		{"長三角 聯盟", []string{"长三角", "联盟"}},
		{"", nil},
	}
	for _, tt := range tests {
		if got := queryTerms(tt.in); !reflect.DeepEqual(got, tt.want) {
			t.Errorf("queryTerms(%q): got %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestMarkTerms(t *testing.T) {
	paras := [][]Run{{{Text: "上海新材料产业"}, {Text: "上海", Kind: KindLocation}, {Text: "新材料与新材"}}}
	got := markTerms(paras, []string{"新材料", "新材"})
	var b strings.Builder
	for _, r := range got[0] {
		switch {
		case r.Mark:
			b.WriteString("<" + r.Text + ">")
		case r.Kind != "":
			b.WriteString("[" + r.Text + "]")
		default:
			b.WriteString(r.Text)
		}
	}
	if want := "上海<新材料>产业[上海]<新材料>与<新材>"; b.String() != want {
		t.Errorf("got %q, want %q", b.String(), want)
	}
}
