package webpage

import (
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"
)

var (
	// byline finds the names after 记者, 作者, 通讯员, 撰文, 文/ or 执笔/ in
	// a short line; the names must end at a space, punctuation, 发自 or the
	// end of the line. 作者, 撰文 and 编译 need a separator or a space
	// (作者最新文章 is a heading, not a byline); 记者 and 通讯员 often run
	// into the name. The role must follow a non-Han character, a known
	// prefix or an outlet name (澎湃新闻记者, 证券时报网作者：), so that
	// 向记者表示 is no byline.
	byline = regexp.MustCompile(`(?:^|[^\p{Han}]|本报|本報|新华社|新華社|中新社|中央社|见习|實習|实习|特约|特約|专栏|專欄|` + outletBefore + `)` +
		`(?:(?:记者|記者|通讯员|通訊員)\s*[:：]?|(?:作者|撰文|编译|編譯)(?:\s*[:：/／]|\s)|(?:文|执笔|執筆)\s*[/／:：])\s*` +
		`([\p{Han}·]{2,4}(?:[ 　、，,]+[\p{Han}·]{2,4})*|[A-Za-z][\w&]{1,20})(?:$|[\s，,、。；;）)】\]|/]|发自|發自)`)
	// outletBefore is an outlet name glued to 记者 (澎湃新闻记者 X): a few Han
	// characters ending like a paper, a site, an agency or a newsroom.
	outletBefore = `[\p{Han}]{1,8}(?:报|報|网|網|社|新闻|新聞|台|客户端|客戶端)`
	// barByline finds 作者X as a field of a line split by bars: … | 作者魏星.
	barByline = regexp.MustCompile(`[|｜]\s*(?:作者|記者|记者)\s*([\p{Han}·]{2,4}|[A-Za-z][\w]{1,20})\s*$`)
	// tailByline finds a name in brackets closing an article after its last
	// sentence: …举行。（张巨峰）.
	tailByline = regexp.MustCompile(`[。！？!?”"]\s*[（(]\s*([\p{Han}]{2,3})\s*[）)]$`)
	// nameOutlet finds a reporter line of name and outlet: 石佳/中国青年报.
	nameOutlet = regexp.MustCompile(`^([\p{Han}·]{2,4})\s*[/／]\s*([\p{Han}]{2,12})$`)
	// credit finds 来源：X, 转自：X, 稿源：X.
	credit = regexp.MustCompile(`(?:来源|來源|转自|轉自|稿源|出处|出處)(?:于|於)?\s*[:：]\s*([\p{Han}A-Za-z][^\s|｜/=<>"']{1,29})`)
	// bareCredit finds 来源X as a field of a line split by bars, where the
	// bars stand in for the colon: 发表于… | 来源CSDN | 作者X.
	bareCredit = regexp.MustCompile(`(?:^|[|｜]\s*)(?:来源|來源)\s*([\p{Han}A-Za-z][^\s|｜/=<>"':：]{1,29})\s*(?:$|[|｜])`)
)

// nameSuffixes are words that follow a name in a byline and are not part of it.
var nameSuffixes = []string{"报道", "報導", "報道", "摄影", "攝影", "摄", "攝", "编辑", "編輯", "整理", "供稿"}

// bylineAuthors returns the names in a byline such as 记者 王小明 李华, or nil.
func bylineAuthors(line string) []string {
	if !strings.Contains(line, "者") && !strings.Contains(line, "员") && !strings.Contains(line, "員") &&
		!strings.Contains(line, "撰文") && !strings.Contains(line, "译") && !strings.Contains(line, "譯") && !strings.Contains(line, "文") &&
		!strings.Contains(line, "执笔") && !strings.Contains(line, "執筆") {
		if strings.ContainsAny(line, "/／") {
			return barAuthor(line)
		}
		return nil // the regexp is slow; most lines name no one
	}
	loc := byline.FindStringSubmatchIndex(line)
	if loc == nil {
		return barAuthor(line)
	}
	if photoCredit(line[loc[3]:]) {
		return nil
	}
	var out []string
	for i, n := range strings.FieldsFunc(line[loc[2]:loc[3]], nameSep) {
		if i > 0 && (strings.HasSuffix(n, "报道") || strings.HasSuffix(n, "報導") || strings.HasSuffix(n, "報道")) {
			break // 记者 张三 北京报道: a place, and the byline ends
		}
		if photoName(n) {
			return nil // 记者 张三摄: the photographer of a picture
		}
		for _, suf := range nameSuffixes {
			n = strings.TrimSuffix(n, suf)
		}
		n = strings.TrimPrefix(strings.TrimPrefix(n, "记者"), "記者") // 记者 A 记者B
		if utf8.RuneCountInString(n) >= 2 && !nonName(n) {
			out = append(out, n)
		}
	}
	return dedupe(out)
}

// barAuthor reads the author of a line whose fields are split by bars
// (作者魏星 as the last field) or of a name/outlet line (石佳/中国青年报).
func barAuthor(line string) []string {
	line = strings.TrimSpace(line)
	if m := barByline.FindStringSubmatch(line); m != nil && !nonName(m[1]) {
		return []string{m[1]}
	}
	if m := nameOutlet.FindStringSubmatch(line); m != nil && outletName(m[2]) && !outletName(m[1]) && !nonName(m[1]) {
		return []string{m[1]}
	}
	return nil
}

// photoCredit reports the rest of a line after a name that makes the name a
// photo credit: 摄 or 摄影 standing alone (张三 摄), not 摄影报道.
func photoCredit(rest string) bool {
	rest = strings.TrimLeft(rest, " 　")
	for _, w := range []string{"摄影报道", "攝影報導", "攝影報道"} {
		if strings.HasPrefix(rest, w) {
			return false
		}
	}
	return strings.HasPrefix(rest, "摄") || strings.HasPrefix(rest, "攝")
}

// photoName reports a name glued to a photo credit: 张三摄, 张三摄影.
func photoName(n string) bool {
	for _, suf := range []string{"摄", "攝", "摄影", "攝影"} {
		if strings.HasSuffix(n, suf) && utf8.RuneCountInString(n) > utf8.RuneCountInString(suf)+1 {
			return true
		}
	}
	return false
}

// nonName reports a byline word that is not a name: 简介, 网络, 未知, 获悉.
func nonName(n string) bool {
	return nonNames[strings.ToLower(n)]
}

// metaAuthors keeps the author values from meta tags and JSON-LD that read
// as names of people rather than sites or URLs.
func metaAuthors(values []string) []string {
	var out []string
	for _, v := range values {
		for _, n := range strings.FieldsFunc(v, func(r rune) bool { return r == ',' || r == '，' || r == '、' || r == ';' }) {
			n = strings.TrimSpace(n)
			if hanOnly(n) {
				n = strings.Join(strings.Fields(n), "")
			}
			if personLike(n) {
				out = append(out, n)
			}
		}
	}
	return dedupe(out)
}

// personLike reports a short name without the marks of a URL, an id or a site.
func personLike(n string) bool {
	size := utf8.RuneCountInString(n)
	if n == "" || size > 20 || strings.ContainsAny(n, "._/@:!0123456789") || nonName(n) {
		return false
	}
	if !hanOnly(n) {
		return true // a Latin or mixed name
	}
	if size > 4 && !strings.Contains(n, "·") {
		return false // 中文学术期刊: longer than a Chinese name
	}
	for _, suf := range suffixes {
		if strings.HasSuffix(n, suf) && size >= 3 {
			return false // 云南网 reads as a site
		}
	}
	return true
}

// hanOnly reports text of Han characters and spaces only.
func hanOnly(s string) bool {
	return strings.TrimFunc(s, func(r rune) bool { return unicode.Is(unicode.Han, r) || r == ' ' || r == '·' }) == ""
}

func nameSep(r rune) bool {
	return r == ' ' || r == '　' || r == '、' || r == '，' || r == ','
}

// visibleSource returns X of a 来源：X line, or "".
func visibleSource(line string) string {
	if !strings.ContainsAny(line, "源自处處") {
		return ""
	}
	if m := credit.FindStringSubmatch(line); m != nil {
		return cleanSource(m[1])
	}
	if m := bareCredit.FindStringSubmatch(line); m != nil {
		return cleanSource(m[1])
	}
	return ""
}

// cleanSource drops a 来源： label that some pages put inside the meta value,
// a leading 据 (据财联社), a label the value ran into (证券时报网作者：X) and
// a trailing note (人民网 原创稿), and returns "" for a word that names no
// outlet (网络, 未知).
func cleanSource(s string) string {
	s = strings.TrimSpace(s)
	for _, label := range []string{"来源：", "来源:", "来源"} {
		s = strings.TrimPrefix(s, label)
	}
	s = strings.TrimSpace(s)
	for _, w := range sourceStops {
		if i := strings.Index(s, w); i > 0 {
			s = strings.TrimSpace(s[:i])
		}
	}
	if r := []rune(s); len(r) > 2 && (r[0] == '据' || r[0] == '據') {
		s = string(r[1:])
	}
	for _, note := range sourceNotes {
		// Only a note set off by a space: 本站原创 is the whole value.
		if h, ok := strings.CutSuffix(s, " "+note); ok && strings.TrimSpace(h) != "" {
			s = strings.TrimSpace(h)
		}
	}
	if nonSources[strings.ToLower(s)] {
		return ""
	}
	return s
}

// sourceStops are labels that end a source value when a page runs the next
// field into it without a space.
var sourceStops = []string{"作者", "記者", "记者", "编辑", "編輯", "责任编辑", "發布", "发布", "时间", "時間", "浏览", "瀏覽", "点击", "點擊", "阅读", "閱讀"}

// sourceNotes are notes a page appends to the source name.
var sourceNotes = []string{"原创稿", "原創稿", "原创", "原創", "独家", "獨家"}

// datelineSource returns the outlet a dateline near the body names without a
// 来源 label (2019年09月07日 04:04 北京日报, 中国网 2019-11-25 10:37:31), or one
// on a short line right above or below it (石佳/中国青年报), or "". Only the
// first dateline in near is read.
func datelineSource(l *layout, near []int) string {
	for _, i := range near {
		b := &l.blocks[i]
		if b.chars > 60 || findDate(b.text) == "" || copyrightLine(b.text) {
			continue
		}
		menu := menuItems(l)
		if s := bareOutlet(b.text, menu); s != "" {
			return s
		}
		for _, j := range []int{i - 1, i + 1} {
			if j >= 0 && j < len(l.blocks) && l.blocks[j].chars <= 16 && !l.blocks[j].heading {
				if s := bareOutlet(l.blocks[j].text, menu); s != "" {
					return s
				}
			}
		}
		return ""
	}
	return ""
}

// menuItems lists the short lines of the page's menus: a word that
// is also a menu item (时政新闻) names a channel, not the outlet.
func menuItems(l *layout) map[string]bool {
	m := map[string]bool{}
	for i := range l.blocks {
		b := &l.blocks[i]
		if b.chars <= 12 && b.reason == "nav" {
			m[b.text] = true
		}
	}
	return m
}

// bareOutlet returns the field of a short line that reads as an outlet name:
// Han characters ending like a paper, site or agency (rules/outletends.txt).
// Fields are split at spaces, bars and slashes; dates and times are skipped.
func bareOutlet(line string, menu map[string]bool) string {
	for _, f := range strings.FieldsFunc(line, func(r rune) bool {
		return unicode.IsSpace(r) || strings.ContainsRune("|｜/／", r)
	}) {
		if outletName(f) && !menu[f] {
			return f
		}
	}
	return ""
}

// outletName reports a bare outlet name: 3 to 12 Han characters (a Latin
// prefix is allowed: IT之家网) with an outlet ending, not a placeholder.
func outletName(f string) bool {
	n := utf8.RuneCountInString(f)
	if n < 3 || n > 12 || strings.ContainsAny(f, "0123456789:：，。、()（）【】[]<>《》") || nonSources[f] {
		return false
	}
	if !unicode.Is(unicode.Han, []rune(f)[n-1]) {
		return false
	}
	for _, end := range outletEnds {
		if strings.HasSuffix(f, end) {
			return true
		}
	}
	return false
}

// tailAuthors returns the reporter a closing bracket names at the end of
// the article's last paragraph (…举行。（张巨峰）), or nil. The name must
// open with a common surname (rules/surnames.txt); brackets with several
// names are left alone, as they also list people the article is about.
func tailAuthors(last string) []string {
	t := strings.TrimSpace(last)
	if !strings.HasSuffix(t, "）") && !strings.HasSuffix(t, ")") {
		return nil
	}
	m := tailByline.FindStringSubmatch(t)
	if m == nil {
		return nil
	}
	n := m[1]
	r, _ := utf8.DecodeRuneInString(n)
	if !surnames[r] || nonName(n) || outletName(n) {
		return nil
	}
	return []string{n}
}
