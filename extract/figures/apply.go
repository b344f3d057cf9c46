package figures

import (
	"strings"

	"github.com/zhnews/zhnews/extract/cnnum"
)

// applyUnit checks the unit u found at rs[at:end] against the number and
// fills the candidate.
func applyUnit(rs []rune, c *candidate, lo, hi cnnum.Number, u unit, at, end int) bool {
	if at < hi.End { // the unit began inside the numeral: 12千米
		v, ok := cnnum.Parse(string(rs[hi.Start:at]))
		if !ok {
			return false
		}
		if lo.Start == hi.Start {
			c.value = v
		}
		c.max = v
	}
	if indefinite(lo, u) || !unitFits(rs, c, u, end) {
		return false
	}
	if u.class == classTime && end < len(rs) && rs[end] == '前' && !c.hasMax {
		return false // 3天前 is a date (package dates), not a duration
	}
	c.unit = unitName(rs[at:end], u)
	if u.name != "" {
		c.unit = u.name
	}
	c.end = end
	if u.class == classCurrency && c.unit == "元" && hasPrefix(rs[end:], "人民币") {
		c.end += 3
	}
	if (c.unit == "元" || c.unit == "块") && !c.hasMax {
		c.end += jiaoFen(rs, c)
	}
	c.end += half(rs, c, u)
	c.end += suffix(rs, c)
	c.class = u.class
	return true
}

// indefinite reports the 一 of 一个, 一批, 一大 (an article, not a count),
// and counts that start with a bare multiplier (百万大歌星).
func indefinite(lo cnnum.Number, u unit) bool {
	switch u.class {
	case classClassifier, classTime, classRank, classAge, classCurrency:
	default:
		return false
	}
	if u.class == classCurrency && string(u.text) != "块" && string(u.text) != "块钱" {
		return false
	}
	one := lo.Text == "一" || lo.Text == "壹" || lo.Text == "幺"
	if one && (string(u.text) == "块" || string(u.text) == "块钱") {
		return true // 一块纸片, 在一块: a piece, together
	}
	first := []rune(lo.Text)[0]
	return one || cnnum.IsMultiplier(first)
}

// unitFits applies the rules of particular units; it may rescale c.
func unitFits(rs []rune, c *candidate, u unit, end int) bool {
	switch string(u.text) {
	case "成":
		if c.value > 10 || (c.hasMax && c.max > 10) {
			return false
		}
		c.value, c.max = c.value*10, c.max*10
	case "折":
		if c.value >= 10 || c.value <= 0 {
			return c.value > 10 && c.value < 100 && !c.hasMax
		}
		c.value, c.max = c.value*10, c.max*10
	case "大":
		return c.value <= 100 && end < len(rs) && han(rs[end]) && !blockedAfterDa[rs[end]]
	case "度":
		return cnnum.IsArabic(rs[c.start]) || cnnum.IsMinus(rs[c.start]) // 两度做客 is twice, 30度 a measure
	case "对":
		return end >= len(rs) || !cnnum.IsDigit(rs[end]) // 1对1 is a format, not a count
	}
	return true
}

// blockedAfterDa lists characters that make N大 a place or body name
// (3大街, 十大学) rather than a count of groups.
var blockedAfterDa = map[rune]bool{'学': true, '街': true, '道': true, '厦': true, '桥': true, '楼': true, '院': true, '军': true}

func han(r rune) bool { return r >= 0x4E00 && r <= 0x9FFF }

// half adds the 半 of 一吨半 and 三成半.
func half(rs []rune, c *candidate, u unit) int {
	if c.end >= len(rs) || rs[c.end] != '半' || c.hasMax {
		return 0
	}
	switch {
	case string(u.text) == "成":
		c.value += 5
	case u.class == classMeasure || u.class == classTime || u.class == classAge:
		c.value += 0.5
	default:
		return 0
	}
	return 1
}

// unitName is the unit as written, without the spaces inside it.
func unitName(w []rune, u unit) string {
	out := make([]rune, 0, len(w))
	for _, r := range w {
		if r != ' ' {
			out = append(out, r)
		}
	}
	return string(out)
}

func hasPrefix(rs []rune, s string) bool {
	w := []rune(s)
	return len(rs) >= len(w) && equal(rs[:len(w)], w)
}

// currencySigns are symbols written before an amount, with the unit they
// stand for.
var currencySigns = map[rune]string{'$': "美元", '＄': "美元", '￥': "元", '¥': "元", '€': "欧元", '£': "英镑"}

// attachPrefix extends the figure left over a currency sign, 零下, or an
// approximation marker, never before floor.
func attachPrefix(rs []rune, c *candidate, lo cnnum.Number, floor int) {
	if s := c.start; s > floor {
		if name, ok := currencySigns[rs[s-1]]; ok {
			c.start--
			if c.unit == "" {
				c.unit = name
			}
			if c.start-2 >= floor && (hasPrefix(rs[c.start-2:], "HK") || hasPrefix(rs[c.start-2:], "US")) {
				c.start -= 2
				if hasPrefix(rs[c.start:], "HK") {
					c.unit = "港元"
				}
			}
		}
	}
	if c.start-2 >= floor && hasPrefix(rs[c.start-2:], "零下") && c.class == classTemp {
		c.start -= 2
		c.value, c.max = -c.value, -c.max
	}
	if c.class == classTemp || c.unit == "度" {
		scale(rs, c, floor)
	}
	if c.unit == "名" || c.unit == "强" {
		if c.start-1 >= floor && rs[c.start-1] == '前' { // 前五名 is a rank, not an approximation
			c.start--
			return
		}
	}
	w := approx.prefixBefore(rs, floor, c.start)
	if w == 0 {
		return
	}
	word := string(rs[c.start-w : c.start])
	first := []rune(lo.Text)[0]
	if (word == "近" && c.class == classTime) || ((word == "数" || word == "几") && !cnnum.IsUnit(first)) {
		return
	}
	c.start -= w
	c.approx = true
}

// scales name temperature scales written before the number: 华氏温度98.6度.
var scales = []struct{ text, unit string }{
	{"华氏温度", "℉"}, {"摄氏温度", "℃"}, {"华氏", "℉"}, {"摄氏", "℃"},
}

// scale extends a temperature over its scale and sets the unit from it.
func scale(rs []rune, c *candidate, floor int) {
	for _, s := range scales {
		n := len([]rune(s.text))
		if c.start-n >= floor && hasPrefix(rs[c.start-n:], s.text) {
			c.start -= n
			c.unit = s.unit
			return
		}
	}
}

// jiaoFen adds the 角 (or 毛) and 分 of 五元三毛 and 3元5角2分 to an amount
// in 元, returning how many runes it read.
func jiaoFen(rs []rune, c *candidate) int {
	j := c.end
	for _, sub := range []struct {
		marks string
		value float64
	}{{"角毛", 0.1}, {"分", 0.01}} {
		if j+1 < len(rs) && cnnum.IsDigit(rs[j]) && strings.ContainsRune(sub.marks, rs[j+1]) && !(j+2 < len(rs) && rs[j+2] == '之') {
			v, _ := cnnum.Parse(string(rs[j]))
			c.value += v * sub.value
			j += 2
		}
	}
	return j - c.end
}
