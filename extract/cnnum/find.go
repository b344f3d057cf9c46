package cnnum

// Number is a numeral found in text.
type Number struct {
	Text   string
	Value  float64
	Max    float64 // high end of a range written as 四五千; 0 otherwise
	Approx bool    // 余, 多 or 几 before the multiplier, as in 十余万
	Den    float64 // denominator of a fraction X分之Y (百分之五: 100); 0 otherwise
	Start  int     // rune offset of the first character
	End    int     // rune offset after the last character
}

// Find returns the numerals in text, left to right, without overlaps. Words
// whose numeral characters are not numbers (一切, 四川, 统一) and runs of
// more than 40 numeral characters (codes, IDs) are skipped.
func Find(text string) []Number { return FindRunes([]rune(text)) }

// FindRunes is Find for text already split into runes.
func FindRunes(rs []rune) []Number {
	var out []Number
	for i := 0; i < len(rs); {
		if n := nonnum.match(rs, i); n > 0 && !(i+n+1 < len(rs) && rs[i+n] == '分' && rs[i+n+1] == '之') {
			i += n // a word such as 千万 (by all means), unless it is 千万分之六
			continue
		}
		if !canStart(rs, i) {
			i = skipCode(rs, i)
			continue
		}
		end := runEnd(rs, i)
		if end-i > maxRun {
			i = end
			continue
		}
		if num, ok := best(rs, i, end); ok {
			out = append(out, num)
			i = num.End
			continue
		}
		i = end
	}
	return out
}

// canStart reports whether a numeral may begin at rs[i].
func canStart(rs []rune, i int) bool {
	r := rs[i]
	if i > 0 && isASCIILetter(rs[i-1]) && IsArabic(r) {
		return false
	}
	switch {
	case IsDigit(r), IsUnit(r), tens(r) != "":
		return true
	case r == '半':
		return i+1 < len(rs) && rs[i+1] == '百'
	case isMinus(r):
		return i+1 < len(rs) && IsDigit(rs[i+1]) && (i == 0 || !(IsArabic(rs[i-1]) || isASCIILetter(rs[i-1])))
	}
	return false
}

// skipCode steps over a letter-and-digit code such as A2021 after rs[i].
func skipCode(rs []rune, i int) int {
	if !isASCIILetter(rs[i]) {
		return i + 1
	}
	for i < len(rs) && (isASCIILetter(rs[i]) || IsArabic(rs[i]) || rs[i] == '-' || rs[i] == '_') {
		i++
	}
	return i
}

func isASCIILetter(r rune) bool { return (r >= 'a' && r <= 'z') || (r >= 'A' && r <= 'Z') }

// numeralRune reports whether r is a digit or a multiplier.
func numeralRune(r rune) bool { return IsDigit(r) || IsUnit(r) || tens(r) != "" }

// prevSolid returns the last rune before rs[j] that is not a space.
func prevSolid(rs []rune, j int) rune {
	for j--; j >= 0; j-- {
		if rs[j] != ' ' && rs[j] != '\u3000' {
			return rs[j]
		}
	}
	return 0
}

// nextSolid returns the index of the first rune from rs[j] that is not a
// space, looking at most four runes ahead.
func nextSolid(rs []rune, j int) int {
	for k := j; k < len(rs) && k-j <= 4; k++ {
		if rs[k] != ' ' && rs[k] != '\u3000' {
			return k
		}
	}
	return len(rs)
}

// runEnd returns the end of the longest run of numeral material at rs[i].
func runEnd(rs []rune, i int) int {
	j := i + 1
	for j < len(rs) {
		n := continues(rs, j)
		if n == 0 {
			break
		}
		j += n
	}
	return j
}

// continues returns how many runes at rs[j] extend a numeral, or 0.
func continues(rs []rune, j int) int {
	r, prev := rs[j], prevSolid(rs, j)
	next := rune(0)
	if k := nextSolid(rs, j+1); k < len(rs) {
		next = rs[k]
	}
	switch {
	case numeralRune(r):
		return 1
	case isPoint(r):
		return b2i(numeralRune(prev) && IsDigit(next))
	case r == '.' || r == '．':
		return b2i(IsArabic(rs[j-1]) && j+1 < len(rs) && IsArabic(rs[j+1]))
	case (r == 'k' || r == 'K') && IsArabic(rs[j-1]):
		return b2i(j+1 >= len(rs) || !isASCIILetter(rs[j+1]))
	case r == ',' || r == '，':
		return b2i(IsArabic(rs[j-1]) && threeDigits(foldAll(rs[j+1:min(len(rs), j+5)])))
	case r == '余' || r == '多' || r == '几' || r == '幾':
		return b2i(numeralRune(prev) && IsMultiplier(next))
	case r == '分':
		return fenZhi(rs, j, prev)
	case r == '又':
		return b2i(numeralRune(prev) && numeralRune(next))
	case r == ' ' || r == '\u3000':
		return spaces(rs, j)
	}
	return 0
}

// fenZhi returns the length of 分之 (with spaces and a minus after it)
// at rs[j] when a numeral follows, or 0.
func fenZhi(rs []rune, j int, prev rune) int {
	k := nextSolid(rs, j+1)
	if !numeralRune(prev) || k >= len(rs) || rs[k] != '之' {
		return 0
	}
	k = nextSolid(rs, k+1)
	if k < len(rs) && isMinus(rs[k]) {
		k++
	}
	if k >= len(rs) || !numeralRune(rs[k]) {
		return 0
	}
	return k - j
}

// spaces accepts up to four spaces inside a Chinese numeral (一百 五 十).
func spaces(rs []rune, j int) int {
	k := j
	for k < len(rs) && k-j < 4 && (rs[k] == ' ' || rs[k] == '\u3000') {
		k++
	}
	if k >= len(rs) {
		return 0
	}
	prev, next := rs[j-1], rs[k]
	chinese := func(r rune) bool {
		return (numeralRune(r) && !IsArabic(r)) || isPoint(r) || r == '分' || r == '之' || r == '又' || r == '余' || r == '多' || r == '几' || r == '幾'
	}
	if (chinese(prev) && (numeralRune(next) || chinese(next))) || (numeralRune(prev) && chinese(next)) {
		return k - j
	}
	return 0
}

func foldAll(rs []rune) []rune {
	out := make([]rune, len(rs))
	for i, r := range rs {
		out[i] = foldDigit(r)
	}
	return out
}

func b2i(b bool) int {
	if b {
		return 1
	}
	return 0
}

// best parses the longest prefix of rs[i:end] that is a numeral.
func best(rs []rune, i, end int) (Number, bool) {
	for e := end; e > i && end-e < 6; e-- {
		for e > i+1 && (rs[e-1] == ' ' || rs[e-1] == '\u3000') {
			e--
		}
		if e < end && IsDigit(rs[e-1]) && IsDigit(rs[e]) {
			break // never cut a run of digits: 百分之二三十 is not 百分之二
		}
		if num, ok := parseSpan(rs, i, e); ok {
			return num, true
		}
	}
	return Number{}, false
}

// parseSpan parses rs[i:e] as one numeral, a 四五千 range, or a numeral with
// 余/多/几 before its multiplier.
func parseSpan(rs []rune, i, e int) (Number, bool) {
	num := Number{Start: i, End: e}
	if e-i == 1 && (rs[i] == '零' || rs[i] == '〇' || rs[i] == '○' || IsMultiplier(rs[i])) {
		return num, false
	}
	clean, approx := dropApprox(compact(rs[i:e]))
	num.Approx = approx
	ok := false
	if lo, hi, pair := adjacentPair(clean); pair { // 七八岁 is 7 to 8, not 78
		num.Value, num.Max, ok = lo, hi, true
	} else if v, parsed := parseCompact(clean); parsed {
		num.Value, num.Den, ok = v, denominator(clean), true
	} else if lo, hi, ranged := parseRangeCompact(clean); ranged {
		num.Value, num.Max, ok = lo, hi, true
	}
	if ok {
		num.Text = string(rs[i:e])
	}
	return num, ok
}

// dropApprox removes, in place, 余, 多 and 几 that stand before a
// multiplier.
func dropApprox(rs []rune) ([]rune, bool) {
	out := rs[:0]
	approx := false
	for k, r := range rs {
		if (r == '余' || r == '多' || r == '几' || r == '幾') && k+1 < len(rs) && IsMultiplier(rs[k+1]) {
			approx = true
			continue
		}
		out = append(out, r)
	}
	return out, approx
}

// denominator returns X of a fraction X分之Y, or 0.
func denominator(rs []rune) float64 {
	for k := range rs {
		if rs[k] == '分' && k+1 < len(rs) && rs[k+1] == '之' {
			d, ok := parseDenominator(rs[:k])
			if ok && d < 0 {
				d = -d
			}
			if !ok {
				return 0
			}
			return d
		}
	}
	return 0
}

// adjacentPair reads two consecutive Chinese digits (七八, 六七) as the
// approximate range they mean in prose.
func adjacentPair(rs []rune) (float64, float64, bool) {
	if len(rs) != 2 || !isChineseDigit(rs[0]) || !isChineseDigit(rs[1]) {
		return 0, 0, false
	}
	a, b := digit(rs[0]), digit(rs[1])
	if a == 0 || b != a+1 {
		return 0, 0, false
	}
	return float64(a), float64(b), true
}
