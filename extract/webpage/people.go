package webpage

import (
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"
)

var (
	// byline finds the names after 记者, 作者, 通讯员, 撰文 or 文/ in a short
	// line; the names must end at a space, punctuation or the end of the line.
	// 作者, 撰文 and 编译 need a separator or a space (作者最新文章 is a
	// heading, not a byline); 记者 and 通讯员 often run into the name.
	byline = regexp.MustCompile(`(?:^|[^\p{Han}]|本报|本報|新华社|新華社|中新社|中央社|见习|實習|实习|特约|特約)(?:(?:记者|記者|通讯员|通訊員)\s*[:：]?|(?:作者|撰文|编译|編譯)(?:\s*[:：/／]|\s)|文\s*[/／:：])\s*` +
		`([\p{Han}·]{2,4}(?:[ 　、，,]+[\p{Han}·]{2,4})*|[A-Za-z][\w&]{1,20})(?:$|[\s，,、。；;）)】\]|/])`)
	// credit finds 来源：X, 转自：X, 稿源：X.
	credit = regexp.MustCompile(`(?:来源|來源|转自|轉自|稿源|出处|出處)\s*[:：]\s*([\p{Han}A-Za-z][^\s|｜/=<>"']{1,29})`)
)

// nameSuffixes are words that follow a name in a byline and are not part of it.
var nameSuffixes = []string{"报道", "報導", "報道", "摄影", "攝影", "摄", "攝", "编辑", "編輯", "整理", "供稿"}

// bylineAuthors returns the names in a byline such as 记者 王小明 李华, or nil.
func bylineAuthors(line string) []string {
	if !strings.Contains(line, "者") && !strings.Contains(line, "员") && !strings.Contains(line, "員") &&
		!strings.Contains(line, "撰文") && !strings.Contains(line, "译") && !strings.Contains(line, "譯") && !strings.Contains(line, "文") {
		return nil // the regexp is slow; most lines name no one
	}
	m := byline.FindStringSubmatch(line)
	if m == nil {
		return nil
	}
	var out []string
	for i, n := range strings.FieldsFunc(m[1], nameSep) {
		if i > 0 && (strings.HasSuffix(n, "报道") || strings.HasSuffix(n, "報導") || strings.HasSuffix(n, "報道")) {
			break // 记者 张三 北京报道: a place, and the byline ends
		}
		for _, suf := range nameSuffixes {
			n = strings.TrimSuffix(n, suf)
		}
		n = strings.TrimPrefix(strings.TrimPrefix(n, "记者"), "記者") // 记者 A 记者B
		if utf8.RuneCountInString(n) >= 2 && !nonNames[n] {
			out = append(out, n)
		}
	}
	return dedupe(out)
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
	if n == "" || size > 20 || strings.ContainsAny(n, "._/@:!0123456789") || nonNames[n] {
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
		return m[1]
	}
	return ""
}

// cleanSource drops a 来源： label that some pages put inside the meta value.
func cleanSource(s string) string {
	s = strings.TrimSpace(s)
	for _, label := range []string{"来源：", "来源:", "来源"} {
		s = strings.TrimPrefix(s, label)
	}
	return strings.TrimSpace(s)
}
