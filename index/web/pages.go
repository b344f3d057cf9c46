package web

import (
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"html/template"
	"io/fs"
	"net/http"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/zhnews/zhnews/index"
	"github.com/zhnews/zhnews/pipeline"
)

// assetsVersion changes whenever an embedded static file does.
var assetsVersion = func() string {
	h := sha256.New()
	fs.WalkDir(staticFS, ".", func(path string, d fs.DirEntry, err error) error {
		if err == nil && !d.IsDir() {
			data, _ := staticFS.ReadFile(path)
			h.Write(data)
		}
		return nil
	})
	return hex.EncodeToString(h.Sum(nil))[:10]
}()

func parseTemplates() *template.Template {
	funcs := template.FuncMap{
		"kindName": func(k string) string { return kindNames[k] },
	}
	return template.Must(template.New("").Funcs(funcs).ParseFS(templateFS, "templates/*.html"))
}

// page is what every page template gets.
type page struct {
	Name   string
	Title  string
	F      Filters
	Status int
	Error  string
	Search *searchView
	Doc    *docView
	Assets string // version of the static files, to bust browser caches
}

// searchView is the search page.
type searchView struct {
	Res      *index.Result
	Hits     []hitView
	Facets   []facetGroup
	Timeline *Timeline
	Chips    []chip
	Pages    []pageLink
	Prev     string
	Next     string
	From, To int // the hits shown, 1-based
}

type hitView struct {
	ID, URL, Path, Source, Date string
	Title, Snippet              []Seg
}

type facetGroup struct {
	Name  string
	Items []facetItem
}

type facetItem struct {
	Term   string
	Count  int
	URL    string
	Active bool
}

type chip struct {
	Label, Value, Remove string
}

type pageLink struct {
	N       int
	URL     string
	Current bool
	Gap     bool
}

func (s *Server) render(w http.ResponseWriter, r *http.Request, name string, p *page) {
	p.Name = s.opt.Name
	p.Assets = assetsVersion
	if p.Status == 0 {
		p.Status = http.StatusOK
	}
	var buf bytes.Buffer
	if err := s.tmpl.ExecuteTemplate(&buf, name, p); err != nil {
		s.logError(r, http.StatusInternalServerError, err)
		http.Error(w, "internal error: cannot render page", http.StatusInternalServerError)
		return
	}
	w.Header().Set("Content-Type", "text/html; charset=utf-8")
	w.Header().Set("Cache-Control", "no-store")
	w.WriteHeader(p.Status)
	w.Write(buf.Bytes())
}

// errorPage shows err on the search page layout with its status.
func (s *Server) errorPage(w http.ResponseWriter, r *http.Request, err error) {
	status, msg := statusOf(err)
	if status >= 500 {
		s.logError(r, status, err)
	}
	s.render(w, r, "search.html", &page{Title: "出错了", Status: status, Error: msg})
}

// searchPage renders GET /.
func (s *Server) searchPage(w http.ResponseWriter, r *http.Request) {
	f, err := parseFilters(r.URL.Query())
	if err != nil {
		s.render(w, r, "search.html", s.failed(f, err))
		return
	}
	res, err := s.search(r.Context(), f)
	if err != nil {
		s.render(w, r, "search.html", s.failed(f, err))
		return
	}
	title := "搜索"
	if f.Q != "" {
		title = f.Q + " - 搜索"
	}
	s.render(w, r, "search.html", &page{Title: title, F: f, Search: searchViewOf(f, res)})
}

func (s *Server) failed(f Filters, err error) *page {
	status, msg := statusOf(err)
	return &page{Title: "出错了", F: f, Status: status, Error: msg}
}

func searchViewOf(f Filters, res *index.Result) *searchView {
	v := &searchView{Res: res}
	for _, h := range res.Hits {
		title := Segments(h.TitleOr())
		if len(title) == 0 {
			title = []Seg{{Text: "（无标题）"}}
		}
		v.Hits = append(v.Hits, hitView{
			ID: h.ID, URL: h.URL, Path: h.Path, Source: h.Source, Date: shortDate(h.Published),
			Title: title, Snippet: Segments(h.Snippet),
		})
	}
	if len(res.Hits) > 0 {
		v.From = (res.Page-1)*res.Size + 1
		v.To = v.From + len(res.Hits) - 1
	}
	v.Facets = facetGroups(f, res.Facets)
	active := ""
	if f.From != "" && f.From == f.To && len(f.From) == 7 {
		active = f.From
	}
	v.Timeline = timelineOf(res.Facets[index.FieldMonth], active)
	v.Chips = chipsOf(f)
	v.Pages, v.Prev, v.Next = pagesOf(f, res)
	return v
}

// facetOrder lists the facets shown beside the results, with their labels
// and the URL parameters a click sets.
var facetOrder = []struct{ field, name, param, typ string }{
	{index.FieldOrg, "机构", "entity", "org"},
	{index.FieldPerson, "人物", "entity", "person"},
	{index.FieldLocation, "地点", "entity", "location"},
	{index.FieldSource, "来源", "source", ""},
}

func facetGroups(f Filters, facets map[string][]index.FacetCount) []facetGroup {
	var out []facetGroup
	for _, fo := range facetOrder {
		g := facetGroup{Name: fo.name}
		for _, c := range facets[fo.field] {
			it := facetItem{Term: c.Term, Count: c.Count}
			if fo.param == "source" {
				it.Active = f.Source == c.Term
				it.URL = f.URL("source", toggle(it.Active, c.Term))
			} else {
				it.Active = f.Entity == c.Term && (f.Type == fo.typ || f.Type == "")
				it.URL = f.URL("entity", toggle(it.Active, c.Term), "type", toggle(it.Active, fo.typ))
			}
			g.Items = append(g.Items, it)
		}
		if len(g.Items) > 0 {
			out = append(out, g)
		}
	}
	return out
}

// toggle returns "" (remove the filter) for an active value, else the value.
func toggle(active bool, v string) string {
	if active {
		return ""
	}
	return v
}

func chipsOf(f Filters) []chip {
	var out []chip
	if f.Entity != "" {
		label := "实体"
		if f.Type != "" {
			label = kindNames[f.Type]
		}
		out = append(out, chip{label, f.Entity, f.URL("entity", "", "type", "")})
	}
	if f.Source != "" {
		out = append(out, chip{"来源", f.Source, f.URL("source", "")})
	}
	if f.From != "" || f.To != "" {
		out = append(out, chip{"日期", dateRangeLabel(f.From, f.To), f.URL("from", "", "to", "")})
	}
	return out
}

func dateRangeLabel(from, to string) string {
	switch {
	case from == to:
		return from
	case from == "":
		return "至 " + to
	case to == "":
		return from + " 起"
	}
	return from + " 至 " + to
}

// pagesOf returns the page links: the first, the last, and two either side
// of the current page, with gaps between.
func pagesOf(f Filters, res *index.Result) (links []pageLink, prev, next string) {
	last := int((res.Total + uint64(res.Size) - 1) / uint64(res.Size))
	last = min(last, MaxDepth/res.Size)
	if last <= 1 {
		return nil, "", ""
	}
	cur := res.Page
	for n := 1; n <= last; n++ {
		if n == 1 || n == last || (n >= cur-2 && n <= cur+2) {
			links = append(links, pageLink{N: n, URL: f.URL("page", itoa(n)), Current: n == cur})
		} else if len(links) > 0 && !links[len(links)-1].Gap {
			links = append(links, pageLink{Gap: true})
		}
	}
	if cur > 1 {
		prev = f.URL("page", itoa(cur-1))
	}
	if cur < last {
		next = f.URL("page", itoa(cur+1))
	}
	return links, prev, next
}

// shortDate shows an RFC 3339 time as a date, with the time of day when
// there is one.
func shortDate(s string) string {
	t, err := time.Parse(time.RFC3339, s)
	if err != nil {
		return s
	}
	if t.Hour() == 0 && t.Minute() == 0 && t.Second() == 0 {
		return t.Format("2006-01-02")
	}
	return t.Format("2006-01-02 15:04")
}

// docView is the article page.
type docView struct {
	Rec        *pipeline.Record
	Title      string
	Date       string
	Paras      [][]Run
	Groups     []EntityGroup
	Figures    []Run // distinct figures with their values
	Dates      []Run // distinct dates with their values
	Original   bool
	Kinds      []string
	RemovedLen int
}

// docPage renders GET /doc/{id}.
func (s *Server) docPage(w http.ResponseWriter, r *http.Request) {
	rec, err := s.doc(r.PathValue("id"))
	if err != nil {
		s.errorPage(w, r, err)
		return
	}
	q := r.URL.Query().Get("q")
	if utf8.RuneCountInString(q) > MaxQueryRunes || !utf8.ValidString(q) {
		q = ""
	}
	v := &docView{Rec: rec, Paras: markTerms(Paragraphs(rec), queryTerms(q)), Groups: entityGroups(rec), Original: s.opt.Original != nil,
		Kinds: []string{KindPerson, KindOrg, KindLocation, KindFigure, KindDate}}
	for _, sp := range spansOf(rec) {
		switch sp.kind {
		case KindFigure:
			v.Figures = appendDistinct(v.Figures, Run{Text: sp.text, Kind: sp.kind, Value: sp.value})
		case KindDate:
			v.Dates = appendDistinct(v.Dates, Run{Text: sp.text, Kind: sp.kind, Value: sp.value})
		}
	}
	if t, ok := pipeline.ParseTime(rec.Published); ok {
		v.Date = shortDate(t.Format(time.RFC3339))
	}
	for _, rm := range rec.Removed {
		v.RemovedLen += len([]rune(rm.Text))
	}
	v.Title = strings.TrimSpace(rec.Title)
	if v.Title == "" {
		v.Title = "（无标题）"
	}
	s.render(w, r, "doc.html", &page{Title: v.Title, Doc: v, F: Filters{Q: q}})
}

func appendDistinct(runs []Run, r Run) []Run {
	for _, x := range runs {
		if x == r {
			return runs
		}
	}
	return append(runs, r)
}
