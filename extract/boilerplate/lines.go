package boilerplate

import (
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"
)

// kind is what a line looks like before its place in the page is known.
type kind int

const (
	kindShort   kind = iota // short text without sentence punctuation: heading, label, title
	kindContent             // sentence-like prose
	kindJunk                // matched a boilerplate rule; reason says which
)

// line is one paragraph of the input, trimmed of whitespace and bullets.
type line struct {
	text   string
	kind   kind
	reason string
	hard   bool   // a hard junk line ends the body
	n      int    // length in runes
	gap    bool   // one or more blank lines came before it
	lead   lead   // for prose: whether it opens like a news article
	link   string // a "back to the home page" link cut off its end (cutHomeLink)
}

// full is the line as the page had it, with any link cut off its end.
func (l line) full() string { return l.text + l.link }

// lead says how a paragraph opens.
type lead int8

const (
	leadNone   lead = iota
	leadWeak        // "近日,", "3月5日,"
	leadStrong      // a dateline: "新华社北京3月5日电", "本报讯"
)

// leadOf classifies the opening of s.
func leadOf(s string) lead {
	switch {
	case isStrongLead(s):
		return leadStrong
	case weakLead.MatchString(s):
		return leadWeak
	}
	return leadNone
}

// splitLines splits text into trimmed non-blank lines. A long line that holds
// several paragraphs separated by spaces after a sentence end is split there.
func splitLines(text string) []line {
	text = strings.ReplaceAll(text, "\r\n", "\n")
	text = strings.ReplaceAll(text, "\r", "\n")
	var out []line
	gap := false
	for _, raw := range strings.Split(text, "\n") {
		t := trimLine(raw)
		if t == "" {
			gap = true
			continue
		}
		for _, p := range splitParagraphs(t) {
			p, link := cutHomeLink(p)
			out = append(out, line{text: p, n: utf8.RuneCountInString(p), gap: gap, link: link})
			gap = false
		}
	}
	return out
}

// homeLinkRe is a link back to the site's home page glued after the last
// sentence of a paragraph: "…仍将持续。返回腾讯网首页>>".
var homeLinkRe = regexp.MustCompile(`[。！？”」』]\s*((返回|回到)[^。！？>»]{0,12}(首页|首頁|主页|主頁|频道|頻道)\s*(>>|》》|»|＞＞|>)?)$`)

// cutHomeLink cuts a home-page link off the end of a prose paragraph of at
// least 30 runes, so the "…>>" of the link does not make the paragraph a
// related-list item. Only the end of s is searched.
func cutHomeLink(s string) (text, link string) {
	off := max(0, len(s)-120)
	for off > 0 && !utf8.RuneStart(s[off]) {
		off--
	}
	tail := s[off:]
	if !strings.Contains(tail, "返回") && !strings.Contains(tail, "回到") {
		return s, ""
	}
	m := homeLinkRe.FindStringSubmatchIndex(tail)
	if m == nil || utf8.RuneCountInString(s[:off+m[2]]) < 30 {
		return s, ""
	}
	return strings.TrimRightFunc(s[:off+m[2]], isSpace), s[off+m[2]:]
}

// isSpace reports white space, including the ideographic space and NBSP.
func isSpace(r rune) bool {
	return unicode.IsSpace(r) || r == '\u3000' || r == '\u00a0' || r == '\ufeff' || r == '\u200b'
}

var bullets = []string{"•", "●", "■", "◆", "▪", "►", "▶", "○", "◇", "□", "★", "☆", "·", "- ", "* ", "+ "}

// trimLine removes surrounding white space and one leading list bullet.
func trimLine(s string) string {
	s = strings.TrimFunc(s, isSpace)
	for _, b := range bullets {
		if strings.HasPrefix(s, b) {
			rest := strings.TrimFunc(s[len(b):], isSpace)
			// "·" also joins transliterated names; only treat it as a bullet before a space.
			if b == "·" && !strings.HasPrefix(s[len(b):], " ") {
				break
			}
			return rest
		}
	}
	return s
}

// sentenceEnd holds the runes after which a space may separate paragraphs.
func sentenceEnd(r rune) bool {
	switch r {
	case '。', '！', '？', '!', '?', '”', '」', '』', '…', '；':
		return true
	}
	return false
}

func isHan(r rune) bool { return unicode.Is(unicode.Han, r) }

// splitParagraphs splits a line at "sentence end, spaces, Han character" when
// the line is long enough to be several paragraphs flattened into one.
func splitParagraphs(s string) []string {
	if len(s) < 300 || !strings.ContainsAny(s, " \u3000\u00a0") {
		return []string{s}
	}
	var out []string
	start := 0
	var prev rune
	for i, r := range s {
		if i < start {
			continue // inside the spaces of the last split
		}
		if isSpace(r) && sentenceEnd(prev) {
			j := i
			for j < len(s) {
				r2, sz := utf8.DecodeRuneInString(s[j:])
				if !isSpace(r2) {
					break
				}
				j += sz
			}
			if j < len(s) {
				if r2, _ := utf8.DecodeRuneInString(s[j:]); isHan(r2) || r2 == '“' || r2 == '「' {
					out = append(out, s[start:i])
					start = j
				}
			}
		}
		if !isSpace(r) {
			prev = r
		}
	}
	out = append(out, s[start:])
	return out
}

// punctuation counts.
type punct struct {
	stops  int // 。！？；!?;
	commas int // ，,、：:
	han    int
}

func countPunct(s string) punct {
	var p punct
	for _, r := range s {
		switch r {
		case '。', '！', '？', '；', '!', '?', ';':
			p.stops++
		case '，', ',', '、', '：', ':':
			p.commas++
		default:
			if isHan(r) {
				p.han++
			}
		}
	}
	return p
}

// isProse reports whether s reads like sentences rather than a label or headline.
func isProse(s string, n int) bool {
	p := countPunct(s)
	if p.han < n/3 {
		return false
	}
	last, _ := utf8.DecodeLastRuneInString(s)
	switch {
	case p.stops > 0 && n >= 12 && (sentenceEnd(last) || last == '.' || last == ')' || last == '）'):
		return true
	case p.stops+p.commas >= 2 && n >= 30:
		return true
	case p.stops > 0 && n >= 40:
		return true
	case p.han >= 5 && (last == '。' || last == '！' || last == '？'):
		return true // a short sentence: "沪指收涨0.5%。"
	}
	return false
}

// isSentence reports text written as sentences: a sentence stop, or two
// commas. Labels with colons ("地址：... 电话：...") are not sentences.
func isSentence(s string) bool {
	commas := 0
	for _, r := range s {
		switch r {
		case '。', '！', '？', '!', '?':
			return true
		case '，', ',':
			commas++
		}
	}
	return commas >= 2
}

// classify sets kind, reason and hard for every line from the line rules and
// the structure of the neighbouring lines (menus, tables, counter runs).
func classify(ls []line) {
	for i := range ls {
		classifyOne(&ls[i])
	}
	markTables(ls)
	markCounters(ls)
	keepLoneCaptions(ls)
}

// keepLoneCaptions reads caption lines as text again when the page has
// less other prose than captions: a photo story whose captions are its
// article.
func keepLoneCaptions(ls []line) {
	prose, caps := 0, 0
	for _, l := range ls {
		switch {
		case l.kind == kindContent:
			prose += l.n
		case l.reason == ReasonCaption:
			caps += l.n
		}
	}
	if prose >= caps {
		return
	}
	for i := range ls {
		if ls[i].reason == ReasonCaption {
			ls[i].reason, ls[i].hard = "", false
			textKind(&ls[i])
		}
	}
}

func classifyOne(l *line) {
	sentence := isSentence(l.text)
	var ok [maxLineRules]bool
	if l.n <= 400 { // longer lines pass only rules without a length limit
		ruleIndex.candidates(l.text, ok[:])
	}
	for i, r := range lineRules {
		if (r.maxLen > 0 && l.n > r.maxLen) || (r.noProse && sentence) {
			continue
		}
		if r.literals != nil && (i >= len(ok) || !ok[i]) && (l.n <= 400 || !ruleHas(r, l.text)) {
			continue
		}
		if r.re.MatchString(l.text) {
			l.kind, l.reason, l.hard = kindJunk, r.reason, r.hard
			return
		}
	}
	if isDatelineLine(l.text, l.n) {
		l.kind, l.reason = kindJunk, ReasonMeta
		return
	}
	if isBylineLine(l.text, l.n) {
		l.kind, l.reason = kindJunk, ReasonByline
		return
	}
	if isMenu(l.text) {
		l.kind, l.reason = kindJunk, ReasonNav
		return
	}
	textKind(l)
}

// textKind sets the kind of a line that is not junk: prose or short.
func textKind(l *line) {
	if isProse(l.text, l.n) && !isSuffixedTitle(l.text, l.n) {
		l.kind = kindContent
		l.lead = leadOf(l.text)
		return
	}
	l.kind = kindShort
}

// ruleHas reports whether s contains one of the words rule r needs.
func ruleHas(r lineRule, s string) bool {
	for _, w := range r.literals {
		if strings.Contains(s, w) {
			return true
		}
	}
	return false
}

// isMenu reports a line of short items separated by pipes, slashes or spaces.
func isMenu(s string) bool {
	if strings.HasPrefix(s, "|") {
		return false // a table row; see markTables
	}
	items := strings.FieldsFunc(s, func(r rune) bool {
		return r == '|' || r == '｜' || r == '丨' || r == '¦'
	})
	seps := len(items) - 1
	if seps < 1 {
		items = strings.FieldsFunc(s, isSpace)
		if len(items) < 3 || spacedHeading(s, items) || codeLine(s) {
			return false
		}
	}
	if len(items) < 2 {
		return false
	}
	for _, it := range items {
		it = strings.TrimFunc(it, isSpace)
		n := utf8.RuneCountInString(it)
		if n > 10 || strings.ContainsAny(it, "。，,！？；;") {
			return false
		}
	}
	return true
}

// headingOpenRe opens a numbered heading: "第一章", "第三节", "第十条".
var headingOpenRe = regexp.MustCompile(`^第\s*[一二三四五六七八九十百零〇\d]+\s*[章节節条條编編部篇卷回]`)

// spacedHeading reports a heading set with spaces between its characters
// ("第一章 总 则", "前 言"), not a menu: it opens like a numbered heading,
// or most of its items are single characters.
func spacedHeading(s string, items []string) bool {
	if headingOpenRe.MatchString(s) {
		return true
	}
	single := 0
	for _, it := range items {
		if utf8.RuneCountInString(it) == 1 {
			single++
		}
	}
	return single*2 > len(items)
}

// codeLine reports a line of program code ("if not data:", "x = f(y)"):
// no Han characters, and the marks of code.
func codeLine(s string) bool {
	for _, r := range s {
		if isHan(r) {
			return false
		}
	}
	return strings.ContainsAny(s, ":=()[]{}'\"")
}

var metaWords = regexp.MustCompile(`来源|來源|作者|编辑|編輯|点击|點擊|浏览|瀏覽|阅读|閱讀|发布|發布|字号|字號|评论|評論|分享`)

// isDatelineLine reports a line that is a date with a little metadata around
// it: "2024年03月29日 15:07:43来源:xx网点击:5434", "2023-03-25 13:59:00".
func isDatelineLine(s string, n int) bool {
	if n > 80 || strings.ContainsAny(s, "。！？") {
		return false
	}
	st, ok := findDate(s)
	if !ok {
		return false
	}
	rest := utf8.RuneCountInString(s[:st.start]) + utf8.RuneCountInString(s[st.end:])
	return rest <= 20 || metaWords.MatchString(s)
}

// isSuffixedTitle reports a headline carrying a site suffix ("标题_新闻中心_长江网"):
// a page title, not prose, however much punctuation it has.
func isSuffixedTitle(s string, n int) bool {
	return n <= 100 && !strings.Contains(s, "。") && stripSiteSuffix(s) != s
}
