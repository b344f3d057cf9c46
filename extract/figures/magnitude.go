package figures

import (
	"strings"

	"github.com/zhnews/zhnews/extract"
	"github.com/zhnews/zhnews/extract/cnnum"
)

// magnitudes finds ranks, size classes and rough counts written with
// multipliers alone: 百强 (100 强), 万亿级 (1e12 级), 百余位 (100 位, approx). Multipliers after a numeral
// (5千亿级) belong to that numeral and are not matched here.
func magnitudes(rs []rune) []extract.Figure {
	var out []extract.Figure
	for i := 0; i < len(rs); i++ {
		if !cnnum.IsMultiplier(rs[i]) || (i > 0 && (cnnum.IsDigit(rs[i-1]) || cnnum.IsUnit(rs[i-1]) || rs[i-1] == '第')) {
			continue
		}
		j, v := i, 1.0
		for j < len(rs) && j-i < 3 && cnnum.IsMultiplier(rs[j]) {
			v *= cnnum.UnitValue(rs[j])
			j++
		}
		if f, ok := roughCount(rs, i, j, v); ok {
			out = append(out, f)
			i = f.End
			continue
		}
		if i > 0 && (rs[i-1] == '数' || rs[i-1] == '几') {
			i = j
			continue
		}
		switch {
		case j < len(rs) && (rs[j] == '强' || rs[j] == '级'):
			out = append(out, extract.Figure{Text: string(rs[i : j+1]), Value: v, Unit: string(rs[j]), Start: i, End: j + 1})
		case j+1 < len(rs) && (rs[j] == '余' || rs[j] == '多'): // 百余位, 千余家
			if u, end, ok := units.match(rs, j+1); ok && u.class != classRank && end == j+1+len(u.text) {
				name := u.name
				if name == "" {
					name = string(u.text)
				}
				out = append(out, extract.Figure{Text: string(rs[i:end]), Value: v, Unit: name, Approx: true, Start: i, End: end})
				j = end
			}
		}
		i = j
	}
	return out
}

// quotes pairs opening and closing quotation marks.
var quotes = map[rune]rune{'“': '”', '"': '"', '「': '」', '‘': '’', '《': '》'}

// slogan reports a figure that is most of a short quoted phrase, such as
// “两个转型” or “3”: a slogan or a name, not a quantity.
func slogan(rs []rune, start, end int) bool {
	if start == 0 || end >= len(rs) {
		return false
	}
	o := start - 1
	for o > 0 && start-o < 3 && quotes[rs[o]] == 0 {
		o--
	}
	closeQ, ok := quotes[rs[o]]
	if !ok {
		return false
	}
	c := end
	for c < len(rs) && c-end < 3 && rs[c] != closeQ {
		c++
	}
	return c < len(rs) && rs[c] == closeQ && c-o-1 <= 6
}

// roughPrefixes may stand before a bare multiplier to make a rough count:
// 近万人, 上千家, 数百名, 逾万元.
const roughPrefixes = "近上逾超数几"

// roughCount reads a rough count whose multipliers rs[i:j] (value v) follow
// one of roughPrefixes and precede a unit.
func roughCount(rs []rune, i, j int, v float64) (extract.Figure, bool) {
	if i == 0 || !strings.ContainsRune(roughPrefixes, rs[i-1]) || (i >= 2 && rs[i-2] == '千') { // 成千上万
		return extract.Figure{}, false
	}
	u, end, ok := units.match(rs, j)
	if !ok || end != j+len(u.text) || u.class == classRank || u.class == classPercent {
		return extract.Figure{}, false
	}
	name := u.name
	if name == "" {
		name = string(u.text)
	}
	return extract.Figure{Text: string(rs[i-1 : end]), Value: v, Unit: name, Approx: true, Start: i - 1, End: end}, true
}
