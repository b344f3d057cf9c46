package boilerplate

import (
	"regexp"
	"strings"
	"unicode/utf8"

	"github.com/zhnews/zhnews/extract"
)

// tailPiece is a piece that may close a paragraph and is cut off it.
type tailPiece struct {
	reason string
	re     *regexp.Regexp
}

var (
	tailPieces = []tailPiece{
		{ReasonEndmark, regexp.MustCompile(`\s*[(（\[【]\s*[完終终]\s*[)）\]】]\s*$`)},
		{ReasonEditor, regexp.MustCompile(`\s*[(（\[【]\s*(责任编辑|責任編輯|责编|責編|编辑|編輯|审核|審核|校对|校對)\s*[:：]?[^()（）\[\]【】]{1,40}[)）\]】]\s*$`)},
		{ReasonMeta, regexp.MustCompile(`\s*[(（\[【]\s*(文章来源|文章來源|稿件来源|本文来源|来源|來源|转自|轉自|稿源)\s*[:：][^()（）\[\]【】]{1,40}[)）\]】]\s*$`)},
		{ReasonByline, regexp.MustCompile(`\s*[(（]\s*(本报|本報)?(记者|記者|通讯员|通訊員|实习生|實習生|摄影|攝影)[^()（）]{2,40}[)）]\s*$`)},
		{ReasonByline, regexp.MustCompile(`\s+([^\s。，,！？]{0,12}?)(记者|記者|通讯员|通訊員|实习生|實習生|摄影|攝影)[\s:：]*[\p{Han}·]{2,4}([\s、]+[\p{Han}·]{2,4}){0,5}(\s*(摄影报道|攝影報導|报道|報導|摄|攝))?\s*$`)},
	}
	columnTagRe = regexp.MustCompile(`^[【\[]([^】\]。，,！？]{1,20})[】\]]\s*`)
	leadParenRe = regexp.MustCompile(`^\s*[(（]([^()（）]{2,40})[)）]`)
	strongLead  = regexp.MustCompile(`^(.{0,30}?)(\d{1,2}月\d{1,2}日\s*(电|電|讯|訊|消息)|本报讯|本報訊|[\p{Han}]{2,10}讯\s*[(（]|[\p{Han}]{2,10}訊\s*[(（]|[\p{Han}]{1,10}(社|网|網|报|報|台)(讯|訊))`)
	weakLead    = regexp.MustCompile(`^(近日|日前|近期|昨日|昨天|今天|今日|当天|當天|当地时间|當地時間|记者从|記者從|记者日前|記者日前|\d{1,2}月\d{1,2}日|今年\d{1,2}月|\d{4}年\d{1,2}月\d{1,2}日)`)
)

// isStrongLead reports a dateline lead: "新华社北京3月1日电", "本报讯".
func isStrongLead(s string) bool {
	head := s
	if len(head) > 150 {
		head = head[:150]
	}
	return strongLead.MatchString(head)
}

// addParagraph cuts a column tag and closing pieces (end marks, editors,
// bylines) off p, reads the dateline lead of the first paragraph, and appends
// what is left to the body of a.
func addParagraph(a *Article, p string, dates *page) {
	if m := columnTagRe.FindStringSubmatchIndex(p); m != nil && utf8.RuneCountInString(p[m[1]:]) >= 10 {
		a.Removed = append(a.Removed, extract.Removed{Text: strings.TrimFunc(p[:m[1]], isSpace), Reason: ReasonMeta})
		p = p[m[1]:]
	}
	p = cutTails(a, p)
	if strings.TrimFunc(p, isSpace) == "" {
		return
	}
	if len(a.Paragraphs) == 0 {
		readLead(a, p, dates)
	}
	a.Paragraphs = append(a.Paragraphs, p)
}

// cutTails repeatedly cuts closing pieces off the end of p.
func cutTails(a *Article, p string) string {
	for changed := true; changed; {
		changed = false
		// Pieces are short: match only the end of p, so the cost does not
		// grow with the paragraph.
		off := tailStart(p, 240)
		if !mayHaveTail(p[off:]) {
			return p
		}
		for _, tp := range tailPieces {
			loc := tp.re.FindStringIndex(p[off:])
			if loc == nil || off+loc[0] == 0 {
				continue
			}
			loc[0] += off
			piece := strings.TrimFunc(p[loc[0]:], isSpace)
			switch tp.reason {
			case ReasonByline:
				a.Authors = appendNames(a.Authors, bylineNames(piece))
			case ReasonMeta:
				if a.Source == "" {
					a.Source = sourceFrom(piece)
				}
			}
			a.Removed = append(a.Removed, extract.Removed{Text: piece, Reason: tp.reason})
			p = strings.TrimRightFunc(p[:loc[0]], isSpace)
			changed = true
		}
	}
	return p
}

// mayHaveTail is a cheap test that the end of a paragraph could hold a
// closing piece: a closing bracket last, or a byline role word.
func mayHaveTail(s string) bool {
	t := strings.TrimRightFunc(s, isSpace)
	last, _ := utf8.DecodeLastRuneInString(t)
	return strings.ContainsRune(")）]】", last) || hasAny(t, tailRoles)
}

var tailRoles = []string{"记者", "記者", "通讯员", "通訊員", "实习生", "實習生", "摄影", "攝影"}

// tailStart returns a rune boundary about n bytes before the end of s.
func tailStart(s string, n int) int {
	if len(s) <= n {
		return 0
	}
	i := len(s) - n
	for i < len(s) && !utf8.RuneStart(s[i]) {
		i++
	}
	return i
}

// readLead takes publish time, source and authors from a dateline lead such as
// "中新网上海7月9日电 (记者 陈静)" or "本报讯(记者 X)". The lead stays in the body.
func readLead(a *Article, p string, dates *page) {
	if !isStrongLead(p) {
		return
	}
	rest := p
	if prefix, m, d, ok := leadDate(p); ok {
		if a.Published == "" {
			if y := inferYear(m, d, dates); y != 0 {
				a.Published = stamp{y: y, m: m, d: d}.iso()
			}
		}
		if a.Source == "" {
			a.Source = agencyFrom(prefix, dates.site)
		}
		rest = p[len(leadDateRe.FindString(p)):]
	} else if i := strings.IndexAny(p, "讯訊"); i >= 0 && i < 40 {
		if a.Source == "" {
			a.Source = agencyFrom(p[:i], dates.site)
		}
		rest = p[i+len("讯"):]
	}
	if g := leadParenRe.FindStringSubmatch(rest); g != nil {
		a.Authors = appendNames(a.Authors, bylineNames(g[1]))
	}
}

// headerMeta reads publish time, source and authors from the lines above the body.
func headerMeta(a *Article, header []line, pm pageMeta) {
	for _, l := range header {
		if l.reason == ReasonCounter {
			continue
		}
		if a.Published == "" && (l.reason == ReasonMeta || l.kind != kindContent) {
			if st, ok := findDate(l.text); ok {
				a.Published = st.iso()
			}
		}
		if a.Source == "" {
			a.Source = sourceFrom(l.text)
		}
		if l.reason == ReasonByline || l.reason == ReasonMeta {
			a.Authors = appendNames(a.Authors, headerAuthors(l.text))
		}
	}
}

var authorFieldRe = regexp.MustCompile(`(作者|記者|记者|撰文|撰稿)\s*[:：]\s*([\p{Han}·]{2,12}(?:[\s、,，]+[\p{Han}·]{2,4}){0,4})`)

func headerAuthors(s string) []string {
	if g := authorFieldRe.FindStringSubmatch(s); g != nil {
		return bylineNames(g[1] + " " + g[2])
	}
	if isBylineLine(s, utf8.RuneCountInString(s)) {
		return bylineNames(s)
	}
	return nil
}

// finishMeta fills what the page text did not give from HTML metadata and
// the source's hints, and strips site suffixes from the title.
func finishMeta(a *Article, opt Options, pm pageMeta) {
	if pm.html {
		a.Title = firstNonEmpty(stripSiteSuffix(pm.Title), a.Title)
		a.Published = firstNonEmpty(normDate(pm.Published), a.Published)
		a.Source = firstNonEmpty(pm.Source, a.Source)
		a.Authors = appendNames(appendNames(nil, pm.Authors), a.Authors)
	}
	if a.Title == "" {
		a.Title = stripSiteSuffix(firstNonEmpty(pm.Title, opt.Title))
	}
	if a.Published == "" {
		a.Published = normDate(firstNonEmpty(pm.Published, opt.Published))
	}
	if a.Source == "" {
		a.Source = pm.Source
	}
	if len(a.Authors) == 0 {
		a.Authors = appendNames(nil, pm.Authors)
	}
}

// normDate rewrites a date hint to ISO 8601 when it can be read; an ISO
// value is returned as it is.
func normDate(s string) string {
	if s == "" || regexp.MustCompile(`^\d{4}-\d{2}-\d{2}(T[\d:.]+(Z|[+-]\d{2}:?\d{2})?)?$`).MatchString(s) {
		return s
	}
	if st, ok := findDate(s); ok {
		return st.iso()
	}
	return s
}
