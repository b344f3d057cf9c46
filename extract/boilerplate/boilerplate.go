// Package boilerplate turns a scraped Chinese news page, either crawler-flattened
// text or HTML, into articles: title, publish time, source, authors and clean
// body paragraphs, with every removed piece listed with the reason it went.
//
// It runs before script conversion, so every word list carries Traditional
// variants, and body paragraphs keep their original characters (no conversion,
// no width folding); only surrounding whitespace, list bullets and removed
// pieces are taken out.
//
// How a page is read:
//
//  1. Lines. The text is split into trimmed lines; a long line holding several
//     paragraphs separated by spaces after a sentence end is split there.
//  2. Classes. Each line is junk of some reason (rules/lines.txt, plus
//     structure: datelines, bylines, menus, spam tables, counter runs, runs of
//     menu items), prose (sentence punctuation), or short (headings, labels).
//     Hard junk (related lists, disclaimers, editors, footers...) ends a body.
//  3. Body. Hard lines cut the page into blocks; the article is the first block
//     with at least 40% of the prose of the largest. Before it: title and
//     metadata; after it: the tail, removed with the reason of its section.
//  4. Articles. After the tail, a long prose run opening with a dateline lead
//     starts another article; inside a body, a lead or a headline+dateline
//     pair starts one when the vocabularies on both sides are far apart.
//  5. Cleaning. Column tags, end marks, editors, bylines and sources are cut
//     off paragraph edges; the dateline lead stays in the body and gives
//     publish time (year from the page), source and authors.
//  6. Spinner noise. Fragments built from the title's bigrams and inserted at
//     clause starts in a repeating cycle are cut out (see inject.go).
//
// Rules are data: rules/lines.txt (line rules), spam.txt, agencies.txt,
// sites.txt and outlets.txt, one item a line with # comments; a bad rule
// panics at init with its file:line.
//
// Removal reasons (extract.Removed.Reason):
//
//	breadcrumb   "当前位置:首页 > 百科", "xx网>资讯中心>正文"
//	nav          menus (pipe, space or glued), "返回顶部", navigation labels
//	title-repeat the headline again, or a headline of the page header
//	meta         dateline/source/click lines, column tags "【xx网 时事热点】"
//	related      recommended/related lists, their headers and items
//	ticker       stock ticker rows and quote widgets
//	spam         link tables of streaming/porn/gambling app names
//	counter      runs of bare numbers and timestamps
//	disclaimer   disclaimers and copyright notices
//	promo        share/follow/app/QR-code promotions and ads
//	editor       "(责任编辑:...)" and similar staff lines
//	endmark      "(完)", "-END-"
//	footer       contact, sitemap, ICP and other site footer lines
//	byline       "通讯员 X Y", "X记者 Y 摄影报道" (names go to Authors)
//	injected     content-farm fragments spun from the title's bigrams
//	comment      reader comment threads: headers, reply/like/report counters
//	caption      picture captions and photo credits: "（视觉中国）", "X供图",
//	             "资料图", "图/X", "图为...", "...。记者 X 摄"
package boilerplate

import (
	"github.com/zhnews/zhnews/extract"
)

// Reasons lists the removal reasons this package uses.
var Reasons = []string{
	ReasonBreadcrumb, ReasonNav, ReasonTitleRepeat, ReasonMeta, ReasonRelated,
	ReasonTicker, ReasonSpam, ReasonCounter, ReasonDisclaimer, ReasonPromo,
	ReasonEditor, ReasonEndmark, ReasonFooter, ReasonByline, ReasonInjected,
	ReasonComment, ReasonCaption,
}

// Removal reasons; see the package documentation.
const (
	ReasonBreadcrumb  = "breadcrumb"
	ReasonNav         = "nav"
	ReasonTitleRepeat = "title-repeat"
	ReasonMeta        = "meta"
	ReasonRelated     = "related"
	ReasonTicker      = "ticker"
	ReasonSpam        = "spam"
	ReasonCounter     = "counter"
	ReasonDisclaimer  = "disclaimer"
	ReasonPromo       = "promo"
	ReasonEditor      = "editor"
	ReasonEndmark     = "endmark"
	ReasonFooter      = "footer"
	ReasonByline      = "byline"
	ReasonInjected    = "injected"
	ReasonComment     = "comment"
	ReasonCaption     = "caption"
)

func validReason(r string) bool {
	for _, v := range Reasons {
		if v == r {
			return true
		}
	}
	return false
}

// Article is one news article found in a page.
type Article struct {
	Title     string
	Published string // ISO 8601: 2025-07-09, or 2024-03-29T15:07:43+08:00 with a time
	Source    string
	Authors   []string
	// Paragraphs is the clean body, in the page's own script and width.
	Paragraphs []string
	// Removed lists every piece taken out, in page order, with its reason.
	Removed []extract.Removed
}

// Options carries metadata the source already knew; every field may be empty.
type Options struct {
	Title     string // headline from the source; site suffixes are stripped
	Published string // publish time; used when the page shows none
	URL       string // page address; its host names the outlet "本报" means (rules/outlets.txt)
}

// FromText extracts the articles of a crawler-flattened text page. It returns
// one article for an ordinary page, several when the page glues articles
// together, and nil only when the text has no content at all.
func FromText(text string, opt Options) []Article {
	ls := splitLines(text)
	if len(ls) == 0 {
		return nil
	}
	return build(ls, opt, pageMeta{})
}
