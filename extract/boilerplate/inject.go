package boilerplate

import (
	"sort"
	"strings"
	"unicode"

	"github.com/zhnews/zhnews/extract"
)

// Content farms "spin" a copied article by inserting fragments made of the
// title's character bigrams after punctuation, cycling through the same
// fragments again and again ("新材新高", "业将育壮" for a title 上海新材料产业将...
// 创新高地...). The evidence used here, all from the page itself:
//
//   - a strong fragment is 4, 6 or 8 characters at a clause start, made
//     entirely of title bigrams, yet not a substring of the title (so it is not
//     the title's own wording quoted in the text), and it recurs at clause
//     starts at least twice;
//   - it is not the article's own wording (ownWording): an article repeats
//     the names and terms of its headline (中国地理学会 under a headline with
//     中国, 地理), which read on the same way each time or sit inside
//     clauses more often than at their starts;
//   - a page is spun when at least two strong fragments recur and their order
//     repeats (a cycle), with hardly a fragment right after itself;
//   - on a spun page, a title bigram at a clause start between two strong
//     fragments is injected too when the same bigram sits in the same gap of
//     the cycle at least twice.
//
// Legitimate uses of title words ("上海新材料产业将聚力建设纤维") are title
// substrings or do not recur in the cycle's gaps, so they stay.

// pos is a rune position in a paragraph.
type pos struct{ para, at int }

// occ is one occurrence of a fragment.
type occ struct {
	pos
	text string
	n    int // length in runes
}

type injector struct {
	title   []rune
	tstr    string
	bigrams map[[2]rune]bool
	paras   [][]rune
	counts  map[[2]rune]int // bigram counts of the paragraphs, built on first use
}

func newInjector(title string, paras []string) *injector {
	in := &injector{bigrams: map[[2]rune]bool{}}
	for _, r := range title {
		if isHan(r) || (r >= '0' && r <= '9') {
			in.title = append(in.title, r)
		}
	}
	in.tstr = string(in.title)
	for i := 0; i+1 < len(in.title); i++ {
		in.bigrams[[2]rune{in.title[i], in.title[i+1]}] = true
	}
	for _, p := range paras {
		in.paras = append(in.paras, []rune(p))
	}
	return in
}

func isClauseMark(r rune) bool {
	return strings.ContainsRune("，,、。；;：:！!？?“”\"「」『』（）()【】《》 \u3000", r)
}

// boundary reports whether a clause starts at rune i of paragraph p.
func (in *injector) boundary(p []rune, i int, after map[pos]bool, para int) bool {
	return i == 0 || isClauseMark(p[i-1]) || after[pos{para, i}]
}

// composed reports whether s is a concatenation of title bigrams.
func (in *injector) composed(s []rune) bool {
	if len(s)%2 != 0 {
		return false
	}
	for k := 0; k+1 < len(s); k += 2 {
		if !in.bigrams[[2]rune{s[k], s[k+1]}] {
			return false
		}
	}
	return true
}

// strongCandidates returns, for every clause start, the fragments that could
// be injected there, keyed by text.
func (in *injector) strongCandidates() map[string][]pos {
	cands := map[string][]pos{}
	for pi, p := range in.paras {
		for i := range p {
			if !in.boundary(p, i, nil, pi) {
				continue
			}
			for L := 4; L <= 8 && i+L <= len(p); L += 2 {
				s := p[i : i+L]
				if !in.composed(s) {
					break
				}
				if str := string(s); !strings.Contains(in.tstr, str) {
					cands[str] = append(cands[str], pos{pi, i})
				}
			}
		}
	}
	return cands
}

// strongOccurrences picks, at each clause start, the longest candidate that
// recurs, and returns all occurrences in page order.
func (in *injector) strongOccurrences() []occ {
	byPos := map[pos]string{}
	for s, ps := range in.strongCandidates() {
		if len(ps) < 2 || in.ownWording(s, len(ps)) {
			continue
		}
		for _, p := range ps {
			if len([]rune(s)) > len([]rune(byPos[p])) {
				byPos[p] = s
			}
		}
	}
	var out []occ
	for p, s := range byPos {
		out = append(out, occ{pos: p, text: s, n: len([]rune(s))})
	}
	sort.Slice(out, func(i, j int) bool { return before(out[i].pos, out[j].pos) })
	return dropOverlaps(out)
}

// ownWording reports whether the fragment s, found at starts clauses times,
// is the article's own wording rather than a spinner's insertion. An article
// repeats the names and terms its headline is made of; a spinner drops the
// same few fragments before whatever clause comes next. So s is the text's
// own when
//
//   - it reads on the same way wherever the page has it: most of its
//     occurrences (two at least) are followed by the same two characters, as
//     a name is (中国地理|学会, 西南大学地理|科学学院 under a headline with 中国,
//     地理, 西南, 大学), and no clause of the page starts with those two (a
//     spinner that twice hits a clause opening with a name, 亚马逊海外购...,
//     leaves other such clauses bare);
//   - or it sits inside clauses more often than at their starts, as a term
//     of the text does (由监察人员..., 的中国经济...).
func (in *injector) ownWording(s string, starts int) bool {
	sr := []rune(s)
	next := map[string]int{}
	total, best, mid, f := 0, 0, 0, ""
	for pi, p := range in.paras {
		for i := 0; i+len(sr) <= len(p); i++ {
			if p[i] != sr[0] || string(p[i:i+len(sr)]) != s {
				continue
			}
			total++
			if !in.boundary(p, i, nil, pi) {
				mid++
			}
			if fl, ok := follower(p, i+len(sr)); ok {
				if next[fl]++; next[fl] > best {
					best, f = next[fl], fl
				}
			}
			i += len(sr) - 1
		}
	}
	return (best >= 2 && 2*best > total && !in.startsClause(f)) || mid > starts
}

// startsClause reports whether some clause of the page starts with s: a
// clause that reads on without what a spinner put before it elsewhere.
func (in *injector) startsClause(s string) bool {
	sr := []rune(s)
	for pi, p := range in.paras {
		for i := 0; i+len(sr) <= len(p); i++ {
			if p[i] == sr[0] && in.boundary(p, i, nil, pi) && string(p[i:i+len(sr)]) == s {
				return true
			}
		}
	}
	return false
}

// follower returns the two characters of text at rune i of p, if both are
// letters or digits: two, as one character is often a common clause opener
// (在, 并, 这) that follows a spinner's fragment twice by chance.
func follower(p []rune, i int) (string, bool) {
	if i+2 > len(p) {
		return "", false
	}
	for _, r := range p[i : i+2] {
		if !unicode.IsLetter(r) && !unicode.IsDigit(r) {
			return "", false
		}
	}
	return string(p[i : i+2]), true
}

func before(a, b pos) bool { return a.para < b.para || (a.para == b.para && a.at < b.at) }

func dropOverlaps(os []occ) []occ {
	var out []occ
	for _, o := range os {
		if k := len(out); k > 0 && out[k-1].para == o.para && out[k-1].at+out[k-1].n > o.at {
			continue
		}
		out = append(out, o)
	}
	return out
}

// cyclic reports whether the strong fragments look spun: two or more
// recurring fragments whose succession repeats (A then B, twice), with
// hardly a fragment right after itself. A spinner goes round its cycle; an
// article repeating a name of its headline (北京大学, 北京大学, 北京大学
// 经济学院, 北京大学, ...) names the same thing again and again.
func cyclic(os []occ) bool {
	types := map[string]int{}
	for _, o := range os {
		types[o.text]++
	}
	recurring := 0
	for _, n := range types {
		if n >= 2 {
			recurring++
		}
	}
	if recurring < 2 || len(os) < 4 {
		return false
	}
	seen := map[[2]string]bool{}
	repeats, self, other := false, 0, 0
	for i := 0; i+1 < len(os); i++ {
		k := [2]string{os[i].text, os[i+1].text}
		if k[0] == k[1] {
			self++
			continue
		}
		other++
		repeats = repeats || seen[k]
		seen[k] = true
	}
	return repeats && 4*self <= other
}

// removeInjected cuts spun fragments out of the paragraphs of a, using its
// title as the source of the fragments, and lists each cut as injected.
func removeInjected(a *Article) {
	in := newInjector(a.Title, a.Paragraphs)
	if len(in.title) < 6 {
		return
	}
	strong := in.strongOccurrences()
	if !cyclic(strong) {
		return
	}
	weak := in.weakOccurrences(strong)
	all := append(append([]occ(nil), strong...), weak...)
	all = append(all, in.midClause(strong)...)
	if o, ok := in.leadIn(strong, weak); ok {
		all = append(all, o)
	}
	sort.Slice(all, func(i, j int) bool { return before(all[i].pos, all[j].pos) })
	all = dropOverlaps(all)
	cut := make([]map[int]int, len(in.paras)) // start rune -> length
	for _, o := range all {
		if cut[o.para] == nil {
			cut[o.para] = map[int]int{}
		}
		cut[o.para][o.at] = o.n
		a.Removed = append(a.Removed, extract.Removed{Text: o.text, Reason: ReasonInjected})
	}
	for pi, c := range cut {
		if c == nil {
			continue
		}
		var b strings.Builder
		p := in.paras[pi]
		for i := 0; i < len(p); i++ {
			if n, ok := c[i]; ok {
				i += n - 1
				continue
			}
			b.WriteRune(p[i])
		}
		a.Paragraphs[pi] = b.String()
	}
}
