// Package cnnum parses numerals as Chinese news writes them: Arabic digits
// with thousands separators, Chinese numerals in common, financial and
// traditional forms (一百零五, 壹拾, 兩千), digit-by-digit years (二〇二五),
// mixed forms with multipliers (4.72万亿, 13万2, 3万4000), Chinese decimals
// (十五点七) and fractions (三分之一, 百分之五).
//
// Find locates numerals in running text; offsets are runes (Unicode code
// points) into the text, end exclusive. Everything here is a pure function
// and safe for concurrent use.
package cnnum

import (
	"math"
	"strconv"
	"strings"
	"unicode"
)

// Parse returns the value of s when the whole of s is one numeral. Spaces
// inside the numeral are ignored.
func Parse(s string) (float64, bool) { return parseCompact(compact([]rune(s))) }

// parseCompact is Parse for a numeral already compacted.
func parseCompact(rs []rune) (float64, bool) {
	if len(rs) == 0 || len(rs) > maxRun {
		return 0, false
	}
	v, ok := parseSigned(rs)
	if !ok || math.IsInf(v, 0) || math.IsNaN(v) {
		return 0, false
	}
	return Tidy(v), true
}

// Tidy rounds v to 15 significant digits, removing the binary noise of
// decimal arithmetic: 2519.3亿 is 251930000000, not 251930000000.00003.
func Tidy(v float64) float64 {
	if v == math.Trunc(v) && math.Abs(v) < 1e15 || math.IsInf(v, 0) || math.IsNaN(v) {
		return v // integers below 1e15 are exact
	}
	t, err := strconv.ParseFloat(strconv.FormatFloat(v, 'g', 15, 64), 64)
	if err != nil {
		return v
	}
	return t
}

// ParseRange returns the bounds of an approximate range written as two
// adjacent digits before a multiplier, as in 四五千 (4000 to 5000) or 二三十
// (20 to 30).
func ParseRange(s string) (lo, hi float64, ok bool) { return parseRangeCompact(compact([]rune(s))) }

func parseRangeCompact(rs []rune) (lo, hi float64, ok bool) {
	if len(rs) < 2 || len(rs) > maxRun {
		return 0, 0, false
	}
	a, b := rs[0], rs[1]
	if !isChineseDigit(a) || !isChineseDigit(b) || digit(b) != digit(a)+1 || digit(a) == 0 {
		return 0, 0, false
	}
	rest := rs[2:]
	if len(rest) == 0 || !IsUnit(rest[0]) {
		return 0, 0, false
	}
	lo, ok1 := parseSigned(append([]rune{a}, rest...))
	hi, ok2 := parseSigned(append([]rune{b}, rest...))
	if !ok1 || !ok2 {
		return 0, 0, false
	}
	return lo, hi, true
}

// maxRun bounds the length of a numeral; longer digit runs are codes or IDs.
const maxRun = 40

// compact folds full-width digits and punctuation, expands 廿 and drops
// spaces, into a new slice.
func compact(in []rune) []rune {
	rs := make([]rune, 0, len(in)+2)
	for _, r := range in {
		switch {
		case unicode.IsSpace(r):
			continue
		case r == '，':
			r = ','
		case tens(r) != "":
			rs = append(rs, []rune(tens(r))...)
			continue
		case r == '．':
			r = '.'
		}
		rs = append(rs, foldDigit(r))
	}
	return rs
}

func parseSigned(rs []rune) (float64, bool) {
	if len(rs) > 0 && isMinus(rs[0]) {
		v, ok := parseUnsigned(rs[1:])
		return -v, ok
	}
	if len(rs) > 0 && rs[0] == '+' {
		return parseUnsigned(rs[1:])
	}
	return parseUnsigned(rs)
}

func parseUnsigned(rs []rune) (float64, bool) {
	if len(rs) == 0 {
		return 0, false
	}
	if i := index(rs, '又'); i > 0 {
		whole, ok := parseUnsigned(rs[:i])
		frac, ok2 := parseFraction(rs[i+1:])
		return whole + frac, ok && ok2 && frac >= 0
	}
	if indexSeq(rs, fenZhiRunes) >= 0 {
		return parseFraction(rs)
	}
	if string(rs) == "半百" {
		return 50, true
	}
	for i, r := range rs {
		if isPoint(r) {
			return parseChineseDecimal(rs[:i], rs[i+1:])
		}
	}
	if n := len(rs); n >= 2 && (rs[n-1] == 'k' || rs[n-1] == 'K') && IsArabic(rs[n-2]) {
		v, ok := evaluate(rs[:n-1])
		return v * 1000, ok
	}
	return evaluate(rs)
}

// parseFraction reads X分之Y as Y/X.
func parseFraction(rs []rune) (float64, bool) {
	i := indexSeq(rs, fenZhiRunes)
	if i <= 0 || i+2 >= len(rs) {
		return 0, false
	}
	den, ok := parseDenominator(rs[:i])
	num, ok2 := parseSigned(rs[i+2:])
	if n := rs[i+2:]; len(n) > 1 && positional(n[0]) && positional(n[1]) {
		return 0, false // 百分之二三 is a 二三十 range cut short, not 23
	}
	if !ok || !ok2 || den == 0 {
		return 0, false
	}
	return num / den, true
}

// parseDenominator accepts the bare multipliers of 百分之 and 万分之.
func parseDenominator(rs []rune) (float64, bool) {
	if len(rs) > 0 && isMinus(rs[0]) {
		v, ok := parseDenominator(rs[1:])
		return -v, ok
	}
	if len(rs) > 0 && IsUnit(rs[0]) {
		return evaluate(append([]rune{'一'}, rs...))
	}
	return evaluate(rs)
}

// parseChineseDecimal reads the integer part and the digits after 点.
func parseChineseDecimal(intPart, frac []rune) (float64, bool) {
	whole, ok := evaluate(intPart)
	if !ok || len(frac) == 0 {
		return 0, false
	}
	scale := 0.1
	for _, r := range frac {
		d := digit(r)
		if d < 0 {
			return 0, false
		}
		whole += float64(d) * scale
		scale /= 10
	}
	return whole, true
}

var fenZhiRunes = []rune("分之")

func index(rs []rune, r rune) int {
	for i, x := range rs {
		if x == r {
			return i
		}
	}
	return -1
}

func indexSeq(rs, seq []rune) int {
	for i := range rs {
		if hasPrefix(rs[i:], seq) {
			return i
		}
	}
	return -1
}

// arabic reads an Arabic number with optional thousands separators and one
// decimal point at the start of rs, returning its value and length.
func arabic(rs []rune) (float64, int, bool) {
	n := 0
	var b strings.Builder
	for n < len(rs) {
		r := rs[n]
		switch {
		case r >= '0' && r <= '9':
			b.WriteRune(r)
		case r == ',' && n > 0 && threeDigits(rs[n+1:]) && !strings.Contains(b.String(), "."):
		case r == '.' && n > 0 && n+1 < len(rs) && rs[n+1] >= '0' && rs[n+1] <= '9' && !strings.Contains(b.String(), "."):
			b.WriteRune(r)
		default:
			v, err := strconv.ParseFloat(b.String(), 64)
			return v, n, err == nil && n > 0
		}
		n++
	}
	v, err := strconv.ParseFloat(b.String(), 64)
	return v, n, err == nil && n > 0
}

// threeDigits reports whether rs starts with exactly three digits.
func threeDigits(rs []rune) bool {
	if len(rs) < 3 {
		return false
	}
	for _, r := range rs[:3] {
		if r < '0' || r > '9' {
			return false
		}
	}
	return len(rs) == 3 || rs[3] < '0' || rs[3] > '9'
}
