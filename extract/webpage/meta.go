package webpage

import (
	"encoding/json"
	"regexp"
	"strings"
	"unicode/utf8"

	"github.com/PuerkitoBio/goquery"
	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// pageMeta is what the page says about itself outside the visible text.
type pageMeta struct {
	ogTitle, title string
	dates          []string // raw publish times from meta, JSON-LD and <time>
	modified       []string // raw update times: never the publish time, but they date a year-less dateline
	authors        []string
	source         string
}

// dateMetaKeys are meta name/property/itemprop values that hold the publish time.
var dateMetaKeys = map[string]bool{
	"article:published_time": true, "og:published_time": true, "og:article:published_time": true,
	"pubdate": true, "publishdate": true, "publish_date": true, "publish-date": true, "publishtime": true,
	"published_time": true, "datepublished": true, "dc.date": true, "dc.date.issued": true,
	"dcterms.created": true, "dcterms.issued": true, "date": true, "sailthru.date": true,
	"og:release_date": true, "article:create_at": true, "og:time": true, "releasedate": true,
	"apub:time": true, "parsely-pub-date": true, "created": true, "firstpublishedtime": true,
}

// modifiedMetaKeys are meta name/property/itemprop values that hold the time
// of the last update.
var modifiedMetaKeys = map[string]bool{
	"article:modified_time": true, "og:updated_time": true, "datemodified": true, "dateupdate": true,
	"lastmod": true, "last-modified": true, "dcterms.modified": true,
}

var authorMetaKeys = map[string]bool{
	"author": true, "article:author": true, "dc.creator": true, "byl": true, "og:article:author": true,
}

var sourceMetaKeys = map[string]bool{
	"source": true, "og:article:source": true, "mediaid": true, "contentsource": true,
}

// readMeta collects <meta>, <title>, JSON-LD and <time> facts in one walk.
// Publish times are listed meta tags first, then JSON-LD, then <time>.
func readMeta(doc *goquery.Document) *pageMeta {
	m := &pageMeta{}
	var ld, times []string
	stack := []*html.Node{doc.Get(0)}
	for len(stack) > 0 {
		n := stack[len(stack)-1]
		stack = stack[:len(stack)-1]
		for c := n.LastChild; c != nil; c = c.PrevSibling {
			stack = append(stack, c)
		}
		if n.Type != html.ElementNode {
			continue
		}
		switch {
		case n.DataAtom == atom.Title && m.title == "" && n.FirstChild != nil:
			m.title = cleanSpace(n.FirstChild.Data)
		case n.DataAtom == atom.Meta:
			m.readTag(n)
		case n.DataAtom == atom.Script && strings.EqualFold(attr(n, "type"), "application/ld+json") && n.FirstChild != nil:
			ld = append(ld, n.FirstChild.Data)
		case n.DataAtom == atom.Time || strings.EqualFold(attr(n, "itemprop"), "datePublished"):
			if v := firstAttr(n, "datetime", "content"); v != "" {
				times = append(times, v)
			}
		}
	}
	for _, text := range ld {
		readJSONLD(text, m)
	}
	m.dates = append(m.dates, times...)
	return m
}

// readTag takes the title, time, author or source a <meta> tag gives.
func (m *pageMeta) readTag(n *html.Node) {
	key := strings.ToLower(firstAttr(n, "property", "name", "itemprop", "http-equiv"))
	val := strings.TrimSpace(firstAttr(n, "content", "value"))
	if key == "" || val == "" {
		return
	}
	switch {
	case key == "og:title" || key == "twitter:title":
		if m.ogTitle == "" {
			m.ogTitle = cleanSpace(val)
		}
	case dateMetaKeys[key]:
		m.dates = append(m.dates, val)
	case modifiedMetaKeys[key]:
		m.modified = append(m.modified, val)
	case authorMetaKeys[key]:
		if !strings.Contains(val, "http") {
			m.authors = append(m.authors, val)
		}
	case sourceMetaKeys[key]:
		if m.source == "" {
			m.source = val
		}
	}
}

// firstAttr returns the first of the named attributes of n that is set.
func firstAttr(n *html.Node, names ...string) string {
	for _, name := range names {
		if v := attr(n, name); strings.TrimSpace(v) != "" {
			return v
		}
	}
	return ""
}

// readJSONLD takes datePublished and author from a JSON-LD script.
func readJSONLD(text string, m *pageMeta) {
	var v any
	if json.Unmarshal([]byte(text), &v) != nil {
		return
	}
	// Breadth-first over the JSON tree, bounded by the size of the input.
	queue := []any{v}
	for steps := 0; len(queue) > 0 && steps < 10000; steps++ {
		cur := queue[0]
		queue = queue[1:]
		switch x := cur.(type) {
		case []any:
			queue = append(queue, x...)
		case map[string]any:
			if d, ok := x["datePublished"].(string); ok {
				m.dates = append(m.dates, d)
			}
			if d, ok := x["dateModified"].(string); ok {
				m.modified = append(m.modified, d)
			}
			if a, ok := x["author"]; ok {
				m.authors = append(m.authors, jsonNames(a)...)
			}
			if g, ok := x["@graph"]; ok {
				queue = append(queue, g)
			}
		}
	}
}

func jsonNames(a any) []string {
	switch x := a.(type) {
	case string:
		return []string{x}
	case map[string]any:
		if n, ok := x["name"].(string); ok {
			return []string{n}
		}
	case []any:
		var out []string
		for _, y := range x {
			out = append(out, jsonNames(y)...)
		}
		return out
	}
	return nil
}

func cleanSpace(s string) string {
	return strings.Join(strings.Fields(s), " ")
}

// titleSeps split a <title> into headline and site or channel names.
var titleSeps = regexp.MustCompile(`\s*(?:[_|｜–—»«<>]|--|－|\s-\s|-)\s*`)

// chooseTitle prefers a heading that the <title> or og:title contains, then
// a title-classed line or a line just above the body that is the <title>
// without a site name stripSuffix cannot see, then the <title> without its
// site suffixes, unless that is only a site name and a heading stands just
// before the body.
func chooseTitle(m *pageMeta, l *layout, body []*block) string {
	full := m.ogTitle
	if full == "" {
		full = m.title
	}
	best, bestLen := "", 0
	title, og := strings.ReplaceAll(m.title, " ", ""), strings.ReplaceAll(m.ogTitle, " ", "")
	for i := range l.blocks {
		b := &l.blocks[i]
		if !b.heading || b.chars < 4 || b.chars <= bestLen || b.link*2 > b.chars || b.chars > 200 {
			continue
		}
		t := strings.ReplaceAll(b.text, " ", "")
		if strings.Contains(title, t) || strings.Contains(og, t) {
			best, bestLen = b.text, b.chars
		}
	}
	if best != "" {
		return best
	}
	t := stripSuffix(full)
	if h := lineInTitle(l, body, t); h != "" {
		return h
	}
	if t == "" || utf8.RuneCountInString(t) <= 4 || (utf8.RuneCountInString(t) <= 16 && siteSuffix(t)) {
		if h := headingBefore(l, body); h != "" {
			return h
		}
	}
	return t
}

// lineInTitle returns a title-classed line, or a line among the six above
// the body, that is title less a site name: one after a space
// (…工作 东区办事处) or one before "--", "_" or "|" (明日股市预测--…). The
// name must read as a site name or stand in the page's copyright line. It
// returns "" when there is none.
func lineInTitle(l *layout, body []*block, title string) string {
	first := firstIndex(l, body)
	for i := range l.blocks {
		b := &l.blocks[i]
		if b.chars < 8 || b.link*2 > b.chars || b.chars > 200 ||
			!(b.reason == "title" || first >= 0 && i < first && i >= first-6) {
			continue
		}
		if rest, ok := strings.CutPrefix(title, b.text); ok && siteRest(l, rest, " ", false) {
			return b.text
		}
		if rest, ok := strings.CutSuffix(title, b.text); ok && prefixSep(rest) && siteRest(l, rest, "-_|｜", true) {
			return b.text
		}
	}
	return ""
}

// prefixSep reports a site name prefix ended by a separator that sets off a
// site rather than a topic: "--", "_" or "|" (not " - ", as in 人名 - 维基百科).
func prefixSep(rest string) bool {
	r := strings.TrimRight(rest, " ")
	return strings.HasSuffix(r, "--") || strings.HasSuffix(r, "_") || strings.HasSuffix(r, "|") || strings.HasSuffix(r, "｜")
}

// siteRest reports whether rest, the part of a <title> beside the headline,
// is a site name set off by one of the characters in seps: a name with a
// site ending, one the page's copyright line or a 来源 line gives, or, when
// loose, any short name without punctuation (the separators say enough).
func siteRest(l *layout, rest, seps string, loose bool) bool {
	name := strings.TrimSpace(strings.Trim(rest, " "+seps))
	if name == "" || !strings.ContainsAny(rest, seps) || utf8.RuneCountInString(name) > 20 ||
		strings.ContainsAny(name, "，。！？：；“”,!?") {
		return false
	}
	if siteSuffix(name) || loose && siteName(name) {
		return true
	}
	for i := range l.blocks {
		t := l.blocks[i].text
		if copyrightLine(t) && strings.Contains(t, name) || visibleSource(t) == name {
			return true
		}
	}
	return false
}

// firstIndex returns the index of the body's first block in l, or -1.
func firstIndex(l *layout, body []*block) int {
	if len(body) == 0 {
		return -1
	}
	for i := range l.blocks {
		if &l.blocks[i] == body[0] {
			return i
		}
	}
	return -1
}

// headingBefore returns the nearest heading in the lines just before the
// body, or "".
func headingBefore(l *layout, body []*block) string {
	if len(body) == 0 {
		return ""
	}
	first := -1
	for i := range l.blocks {
		if &l.blocks[i] == body[0] {
			first = i
			break
		}
	}
	for i := first - 1; i >= 0 && i >= first-15; i-- {
		b := &l.blocks[i]
		if (b.heading || b.reason == "title") && b.chars >= 4 && b.chars <= 80 && !linky(b) {
			return b.text
		}
	}
	// No heading tag: a plain short line just before the body, as old
	// pages set headlines in <font> or <b>.
	for i := first - 1; i >= 0 && i >= first-5; i-- {
		b := &l.blocks[i]
		if b.chars >= 6 && b.chars <= 50 && b.link == 0 && b.reason == "" && !metaLine(b.text) &&
			!relatedHeading(b.text) && !strings.ContainsAny(b.text, "。>|") {
			return b.text
		}
	}
	return ""
}

// stripSuffix drops trailing title segments that name a site or channel.
// Once a site name is gone, a short segment before it is the channel
// (…_10%公司_澎湃新闻-The Paper) and goes too.
func stripSuffix(title string) string {
	stripped := false
	for {
		locs := titleSeps.FindAllStringIndex(title, -1)
		if len(locs) == 0 {
			return title
		}
		last := locs[len(locs)-1]
		tail := strings.TrimSpace(title[last[1]:])
		head := strings.TrimSpace(title[:last[0]])
		if head == "" || !(siteName(tail) || stripped && channelName(tail, head)) {
			return title
		}
		title, stripped = head, true
	}
}

// siteName reports a short title segment that ends like a site or channel
// name, or is a site's Latin name (The Paper, China Daily).
func siteName(s string) bool {
	if s == "" {
		return true
	}
	if latinName.MatchString(s) {
		return true
	}
	if utf8.RuneCountInString(s) > 16 {
		return false
	}
	return siteSuffix(s) || !strings.ContainsFunc(s, isPunct) && utf8.RuneCountInString(s) <= 6
}

// latinName matches a site name written in Latin letters.
var latinName = regexp.MustCompile(`^[A-Za-z][A-Za-z0-9 .&'-]{1,30}$`)

// channelName reports a short segment without sentence punctuation, read as
// a channel once the site after it is known; the headline left must stay
// longer than it.
func channelName(s, head string) bool {
	n := utf8.RuneCountInString(s)
	return n <= 8 && !strings.ContainsAny(s, "，。！？：；“”,!?") && utf8.RuneCountInString(head) > 2*n
}

// siteSuffix reports a name that ends like a site or channel: 新华网, 财经频道.
func siteSuffix(s string) bool {
	low := strings.ToLower(s)
	for _, suf := range suffixes {
		if strings.HasSuffix(low, suf) {
			return true
		}
	}
	return false
}
