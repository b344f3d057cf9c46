package boilerplate

import (
	"net/url"
	"regexp"
	"strings"
	"unicode/utf8"
)

// chooseTitle picks the headline among the lines before the body: a line
// that matches the source's title, repeats elsewhere on the page, ends a
// breadcrumb, or sits right above the dateline. It returns the title and
// the index of its line (-1 when the title did not come from a line).
func chooseTitle(ls []line, start int, opt Options, pm pageMeta) (string, int) {
	hint := stripSiteSuffix(firstNonEmpty(pm.Title, opt.Title))
	end := start
	if end < 0 {
		end = len(ls)
	}
	if pm.html && hint != "" {
		for i := 0; i < end; i++ {
			if normTitle(stripSiteSuffix(ls[i].text)) == normTitle(hint) {
				return hint, i
			}
		}
		return hint, -1
	}
	seen := lineCounts(ls)
	best, bestScore := -1, 0
	for i := 0; i < end; i++ {
		s := titleScore(ls, i, seen, hint)
		if s > 0 && s >= bestScore {
			best, bestScore = i, s
		}
	}
	if best >= 0 && (bestScore >= 3 || nearestShort(ls, end) == best) {
		return stripSiteSuffix(ls[best].text), best
	}
	return hint, -1
}

// lineCounts counts the normalized lines of the page; a breadcrumb also
// counts for its last element, which is often the headline.
func lineCounts(ls []line) map[string]int {
	seen := map[string]int{}
	for _, l := range ls {
		if l.n > 200 {
			continue
		}
		seen[normTitle(l.text)]++
		if l.reason == ReasonBreadcrumb {
			if i := strings.LastIndexAny(l.text, ">＞»›→"); i >= 0 {
				_, sz := utf8.DecodeRuneInString(l.text[i:])
				seen[normTitle(l.text[i+sz:])]++
			}
		}
	}
	return seen
}

// titleScore scores line i as the headline; 0 means it cannot be one.
func titleScore(ls []line, i int, seen map[string]int, hint string) int {
	l := ls[i]
	if l.kind == kindJunk || l.n < 5 || l.n > 80 {
		return 0
	}
	t := normTitle(stripSiteSuffix(l.text))
	s := 1
	if hint != "" && (t == normTitle(hint) || strings.Contains(t, normTitle(hint)) || strings.Contains(normTitle(hint), t)) {
		s += 10
	}
	own := 0
	if t == normTitle(l.text) {
		own = 1 // the line counts itself unless a suffix was stripped
	}
	if seen[t] > own {
		s += 4
	}
	if i+1 < len(ls) && ls[i+1].reason == ReasonMeta {
		if _, ok := findDate(ls[i+1].text); ok {
			s += 3
		}
	}
	if l.kind == kindContent {
		s--
	}
	return s
}

// nearestShort returns the last short line before end, or -1.
func nearestShort(ls []line, end int) int {
	for i := end - 1; i >= 0; i-- {
		if ls[i].kind == kindShort && ls[i].n >= 6 {
			return i
		}
		if ls[i].kind != kindJunk {
			return -1
		}
	}
	return -1
}

// markTitleRepeats marks every line equal to the title as a title repeat.
func markTitleRepeats(ls []line, title string) {
	t := normTitle(title)
	if t == "" {
		return
	}
	for i := range ls {
		if ls[i].kind != kindJunk && ls[i].n <= 120 && normTitle(stripSiteSuffix(ls[i].text)) == t {
			ls[i].kind, ls[i].reason = kindJunk, ReasonTitleRepeat
		}
	}
}

var siteSuffixRe = regexp.MustCompile(`^(.{2,}?)\s*[-_|–—｜]+\s*([^-_|–—｜]{2,20})$`)

// stripSiteSuffix removes trailing site names: "标题-新华网", "标题_网易订阅".
func stripSiteSuffix(s string) string {
	s = strings.TrimFunc(s, isSpace)
	if !strings.ContainsAny(s, "-_|–—｜") {
		return s
	}
	for k := 0; k < 3; k++ {
		g := siteSuffixRe.FindStringSubmatch(s)
		if g == nil || !isSiteName(strings.TrimFunc(g[2], isSpace)) {
			break
		}
		s = strings.TrimFunc(g[1], isSpace)
	}
	return s
}

func isSiteName(s string) bool {
	for _, w := range siteWords {
		if strings.HasSuffix(s, w) {
			return true
		}
	}
	return false
}

var (
	sourceRe   = regexp.MustCompile(`(?:文章来源|文章來源|稿件来源|稿件來源|本文来源|本文來源|来源|來源|转自|轉自|转载自|轉載自|稿源|出处|出處)\s*[:：]\s*([^\s)）\]】|,，。]{2,40})`)
	sourceStop = []string{"点击", "點擊", "作者", "编辑", "編輯", "浏览", "瀏覽", "阅读", "閱讀", "发布", "發布", "时间", "時間", "日期", "字号", "字號", "记者", "記者", "举报", "舉報", "分享", "收藏", "评论", "評論", "参与", "參與"}
)

// sourceFrom reads the outlet from "来源:xx", "转自:xx", "(文章来源:xx)".
func sourceFrom(s string) string {
	if !hasAny(s, sourceWords) {
		return ""
	}
	g := sourceRe.FindStringSubmatch(s)
	if g == nil {
		return ""
	}
	src := g[1]
	for _, w := range sourceStop {
		if i := strings.Index(src, w); i > 0 {
			src = src[:i]
		}
	}
	src = strings.TrimRight(src, ":：")
	if r := []rune(src); len(r) > 2 && r[0] == '据' || len(r) > 2 && r[0] == '據' {
		src = string(r[1:]) // "据财联社"
	}
	return src
}

// siteOf names the outlet of the page: from the URL's host (rules/outlets.txt),
// else from a site suffix of the title hint ("标题-新华网" -> 新华网).
func siteOf(opt Options, pm pageMeta) string {
	if u, err := url.Parse(opt.URL); err == nil && u.Host != "" {
		host := strings.ToLower(u.Hostname())
		for host != "" {
			if o, ok := outlets[host]; ok {
				return o
			}
			_, host, _ = strings.Cut(host, ".")
		}
	}
	for _, t := range []string{pm.Title, opt.Title} {
		if g := siteSuffixRe.FindStringSubmatch(strings.TrimFunc(t, isSpace)); g != nil && isSiteName(strings.TrimFunc(g[2], isSpace)) {
			return strings.TrimFunc(g[2], isSpace)
		}
	}
	return ""
}

// agencyFrom returns the outlet opening a dateline lead ("中新网上海" -> 中新网).
// "本报" and similar self-references return site, which may be empty.
func agencyFrom(prefix, site string) string {
	prefix = strings.TrimFunc(prefix, isSpace)
	prefix = strings.TrimPrefix(strings.TrimPrefix(prefix, "据"), "據") // 据财联社9月26日消息
	best := ""
	for _, a := range agencies {
		if strings.HasPrefix(prefix, a) && len(a) > len(best) {
			best = a
		}
	}
	if strings.HasPrefix(best, "本") {
		return site
	}
	if best != "" {
		return best
	}
	for i, r := range prefix {
		if i > 24 {
			break
		}
		if r == '网' || r == '網' || r == '社' || r == '报' || r == '報' || r == '台' {
			return prefix[:i+utf8.RuneLen(r)]
		}
	}
	return ""
}

var (
	roleWords = `记者|記者|通讯员|通訊員|实习生|實習生|实习记者|實習記者|特约记者|特約記者|摄影|攝影|撰文|撰稿|作者|文字|编译|編譯|文|图|圖`
	bylineRe  = regexp.MustCompile(`^([^\s。，,]{0,16}?)(` + roleWords + `)(\s*[:：/／]\s*|\s+)([\p{Han}·]{2,10}(?:[\s、,，]+[\p{Han}·]{2,10}){0,5})\s*(摄影报道|攝影報導|报道|報導|摄|攝|报道组|/[^\s]{0,8})?$`)
	// nameCut drops what follows a name in a byline: 报道, 摄, and the
	// compiler's note of 记者陈智 整合 (整合, 整理, 综合).
	nameCut   = regexp.MustCompile(`(摄影报道|攝影報導|报道|報導|摄影|攝影|摄|攝|整合|整理|综合|綜合)$`)
	namesSep  = regexp.MustCompile(`[\s、,，]+`)
	roleSplit = regexp.MustCompile(`(` + roleWords + `)`)
)

// isBylineLine reports a standalone byline such as "通讯员 王晋焱 周琴" or
// "南京晨报/爱南京记者 卢斌 摄影报道".
func isBylineLine(s string, n int) bool {
	if n > 48 || strings.ContainsAny(s, "。！？") {
		return false
	}
	s = strings.Trim(s, "()（）[]【】")
	return hasAny(s, roleList) && bylineRe.MatchString(s)
}

// bylineNames returns the person names of a byline: the names after every
// role word, with "报道" endings cut. Photo credits name photographers, not
// authors: names after 摄影/图 and names followed by 摄 (张三 摄, 摄影：李四)
// are left out, while 摄影报道 (a reporter's photo story) keeps its names.
func bylineNames(s string) []string {
	s = strings.Trim(strings.TrimFunc(s, isSpace), "()（）[]【】")
	parts := roleSplit.Split(s, -1)
	roles := roleSplit.FindAllString(s, -1)
	if len(parts) < 2 {
		parts, roles = []string{"", s}, []string{""}
	}
	var out []string
	for k, p := range parts[1:] {
		next := ""
		if k+2 < len(parts) {
			next = strings.TrimFunc(parts[k+2], isSpace)
		}
		// 摄影：李四 credits a photographer; so does 张三 摄影 closing the line.
		if photoRole(roles[k]) || k+1 < len(roles) && (roles[k+1] == "摄影" || roles[k+1] == "攝影") && next == "" {
			continue
		}
		p = strings.TrimLeft(p, ":：/／ \u3000")
		if photoTail.MatchString(p) {
			continue // 通讯员刘娟 摄
		}
		for _, f := range namesSep.Split(p, -1) {
			f = nameCut.ReplaceAllString(f, "")
			if isName(f) {
				out = append(out, f)
			}
		}
	}
	return out
}

// photoTail matches a name part that ends in a photo credit: 张三 摄, 张三摄.
var photoTail = regexp.MustCompile(`[\p{Han}·](?:\s*)(?:摄|攝)\s*$`)

// photoRole reports a role word that credits a picture.
func photoRole(r string) bool {
	return r == "摄影" || r == "攝影" || r == "图" || r == "圖"
}

// isName reports a plausible Chinese personal name: 2-4 Han characters, or a
// transliterated name joined by "·".
func isName(s string) bool {
	n := utf8.RuneCountInString(s)
	if n < 2 {
		return false
	}
	for _, r := range s {
		if !isHan(r) && r != '·' {
			return false
		}
	}
	return n <= 4 || (strings.Contains(s, "·") && n <= 12)
}

func appendNames(dst, names []string) []string {
	for _, n := range names {
		dup := false
		for _, d := range dst {
			dup = dup || d == n
		}
		if !dup {
			dst = append(dst, n)
		}
	}
	return dst
}

// hasAny reports whether s contains one of words; a cheap test before a regexp.
func hasAny(s string, words []string) bool {
	for _, w := range words {
		if strings.Contains(s, w) {
			return true
		}
	}
	return false
}

var (
	roleList    = strings.Split(roleWords, "|")
	sourceWords = []string{"来源", "來源", "转自", "轉自", "转载自", "轉載自", "稿源", "出处", "出處"}
)

func firstNonEmpty(s ...string) string {
	for _, v := range s {
		if strings.TrimSpace(v) != "" {
			return strings.TrimSpace(v)
		}
	}
	return ""
}
