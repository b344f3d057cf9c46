package figures

import (
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
	c.unit = unitName(rs[at:end], u)
	c.end = end
	if u.class == classCurrency && string(c.unit) == "元" && hasPrefix(rs[end:], "人民币") {
		c.end += 3
	}
	c.end += half(rs, c, u)
	c.end += suffix(rs, c)
	c.class = u.class
	return true
}

// indefinite reports the 一 of 一个, 一批, 一大: an article, not a count.
func indefinite(lo cnnum.Number, u unit) bool {
	if lo.Text != "一" && lo.Text != "壹" && lo.Text != "幺" {
		return false
	}
	switch u.class {
	case classClassifier, classTime, classRank, classAge:
		return true
	}
	return false
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
		return end < len(rs) && han(rs[end]) && !blockedAfterDa[rs[end]]
	}
	return true
}

// blockedAfterDa lists characters that make N大 a place or body name
// (3大街, 十大学) rather than a count of groups.
var blockedAfterDa = map[rune]bool{'学': true, '街': true, '道': true, '厦': true, '桥': true, '楼': true, '院': true}

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

// unitName is the unit as reported: ASCII units as written, percent and
// degree signs unified.
func unitName(w []rune, u unit) string {
	switch s := string(w); s {
	case "％", "成", "折":
		return "%"
	case "元钱":
		return "元"
	case "块钱":
		return "块"
	case "°C", "°c":
		return "℃"
	case "°F", "°f":
		return "℉"
	default:
		return s
	}
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
	w := approx.prefixBefore(rs, floor, c.start)
	if w == 0 {
		return
	}
	word := string(rs[c.start-w : c.start])
	first := []rune(lo.Text)[0]
	if (word == "近" && c.class == classTime) || (word == "数" && !cnnum.IsUnit(first)) {
		return
	}
	c.start -= w
	c.approx = true
}
