package webpage

import (
	"regexp"
	"strconv"
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// Picture captions. News pages set a short line under each picture: what it
// shows and who took it ("姚明场边支招周琦。视频截图", "小温。"). In the DOM
// it is the text right after an <img>, often centered or in an element
// classed as a caption; such lines leave the body with reason "caption".
// A line is judged as a caption only right after a picture (or after a
// caption line that follows one), so the same words in prose stay.

var captionClasses = captionHints("rules/captions.txt")

// captionHints reads the caption class words of an embedded rule file.
func captionHints(name string) []hint {
	var out []hint
	for _, w := range mustLines(name) {
		out = append(out, newHint(w, "caption"))
	}
	return out
}

// boldTags open bold text; a bold line under a picture is a subheading more
// often than a caption.
var boldTags = map[atom.Atom]bool{atom.B: true, atom.Strong: true}

// captionElement reports a <figcaption> or an element whose class or id
// names a caption (rules/captions.txt).
func captionElement(n *html.Node) bool {
	return n.DataAtom == atom.Figcaption || matchHints(captionClasses, attr(n, "class")+" "+attr(n, "id")) != ""
}

// pictureImg reports an <img> that shows a picture, not an icon, an emoji or
// a spacer: none declared narrower or lower than 50 pixels.
func pictureImg(n *html.Node) bool {
	for _, k := range []string{"width", "height"} {
		if v := pixels(attr(n, k)); v > 0 && v < 50 {
			return false
		}
	}
	c := strings.ToLower(attr(n, "class"))
	return !strings.Contains(c, "emoji") && !strings.Contains(c, "icon")
}

// pixels reads a width or height attribute ("600", "600px"); a percentage
// or an unreadable value is 0.
func pixels(v string) int {
	v = strings.TrimSpace(v)
	i := 0
	for i < len(v) && v[i] >= '0' && v[i] <= '9' {
		i++
	}
	if i == 0 || strings.HasPrefix(v[i:], "%") {
		return 0
	}
	n, _ := strconv.Atoi(v[:i])
	return n
}

var (
	// creditRe finds the marks of a caption: a photo credit or screenshot
	// note at the end, a caption opener ("图为", "▲", "图/X", "摄影："), or
	// a note on the article's pictures. "资料图：X" opens a headline set
	// over a file photo as often as a caption.
	creditRe = regexp.MustCompile(`(摄|攝|供图|供圖|截图|截圖|资料图片?|資料圖片?|视觉中国|視覺中國|东方IC|東方IC|图虫创意|圖蟲創意|新华社发|新華社發|\s(图|圖))\s*[)）]?[。.]?(\s+\S{1,8})?$` +
		`|^[▲△]|^(图|圖|图片|圖片|图源|圖源|摄影|攝影)\s*[/／:：|｜]|^(图为|圖為|图片来自|圖片來自)` +
		`|(本文|文中)(图片|圖片|配图|配圖)`)
	// bracketSourceRe is a source in brackets after a caption's sentence:
	// "…“老年人运动场”。（BBC）".
	bracketSourceRe = regexp.MustCompile(`[。！]\s*[(（]([^()（）\d]{1,12})[)）]$`)
	// numberedRe opens a numbered heading: "一、", "（二）", "3.", "第四章".
	numberedRe = regexp.MustCompile(`^([一二三四五六七八九十]+[、.．]|[(（][一二三四五六七八九十\d]+[)）]|\d+[、.．\s]|第[一二三四五六七八九十百\d]+)`)
)

// dropCaptions removes the picture captions from the body and returns what
// is left. When the captions would outweigh the rest (a photo gallery), the
// body is kept as it is.
func (l *layout) dropCaptions(body []*block) []*block {
	var caps []*block
	kept := body[:0:0]
	keptChars, capChars, chain := 0, 0, 0
	for _, b := range body {
		if l.captionLike(b, chain > 0 && chain < 3) {
			caps = append(caps, b)
			capChars += b.chars
			chain++
			continue
		}
		chain = 0
		kept = append(kept, b)
		keptChars += b.chars
	}
	if keptChars < capChars {
		return body
	}
	for _, b := range caps {
		b.removed = "caption"
	}
	return kept
}

// captionLike reports whether b reads as a caption: it comes right after a
// picture, or after a caption (afterCaption), is short, and either carries
// a credit mark, sits in a caption element, is a short centered label
// without clauses, or is a bare label of one short sentence ("冰洞。").
func (l *layout) captionLike(b *block, afterCaption bool) bool {
	if !b.afterImg && !afterCaption || b.heading || b.chars > 100 {
		return false
	}
	t := b.text
	stops := strings.Count(t, "。") + strings.Count(t, "！") + strings.Count(t, "？")
	switch {
	case b.inCaption:
		return stops <= 3
	case b.chars > 80 || stops > 2:
		return false
	case creditRe.MatchString(t) || bracketSource(t):
		return true
	case b.bold || numberedRe.MatchString(t):
		return false
	case b.chars <= 40 && stops <= 1 && !strings.ContainsAny(t, "，,：:；;") && l.centered(b):
		return true // a centered label; centered lines with clauses are verse or quotes
	}
	return b.afterImg && b.chars <= 12 && stops == 1 && strings.HasSuffix(t, "。") && !strings.ContainsAny(t, "，,、")
}

// centered reports a block whose own element is centered: <center>,
// align="center", text-align:center, or a class token "center".
func (l *layout) centered(b *block) bool {
	if b.owner < 0 {
		return false
	}
	n := l.elems[b.owner].node
	if n.DataAtom == atom.Center || strings.EqualFold(strings.TrimSpace(attr(n, "align")), "center") {
		return true
	}
	if strings.Contains(strings.ReplaceAll(strings.ToLower(attr(n, "style")), " ", ""), "text-align:center") {
		return true
	}
	for _, c := range strings.FieldsFunc(strings.ToLower(attr(n, "class")), classSep) {
		if c == "center" {
			return true
		}
	}
	return false
}

// notSourceWords in brackets closing a paragraph make it an end mark, a
// byline or a source line of the article, not a caption's credit.
var notSourceWords = []string{"完", "終", "终", "记者", "記者", "通讯员", "通訊員", "实习生", "實習生", "编辑", "編輯", "责编", "責編", "来源", "來源"}

// bracketSource reports a caption sentence closed by a source in brackets
// ("…。（BBC）"); not a date, an end mark ("（完）") or a byline.
func bracketSource(t string) bool {
	m := bracketSourceRe.FindStringSubmatch(t)
	if m == nil {
		return false
	}
	for _, w := range notSourceWords {
		if strings.Contains(m[1], w) {
			return false
		}
	}
	return true
}
