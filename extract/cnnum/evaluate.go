package cnnum

// token is one piece of a numeral: a number (an Arabic number or one
// Chinese digit), a multiplier, or 零 used as a place holder.
type token struct {
	kind   byte // 'n' number, 'u' multiplier, 'z' zero place holder
	value  float64
	single bool // a number that is one digit (so 一万三 reads as 13000)
}

// tokenize splits rs into tokens, or fails on a character that is not part
// of a numeral.
func tokenize(rs []rune) ([]token, bool) {
	toks := make([]token, 0, len(rs))
	for i := 0; i < len(rs); {
		r := rs[i]
		switch {
		case r >= '0' && r <= '9':
			v, n, ok := arabic(rs[i:])
			if !ok {
				return nil, false
			}
			toks = append(toks, token{kind: 'n', value: v, single: n == 1})
			i += n
			continue
		case r == '零' || r == '〇' || r == '○':
			toks = append(toks, token{kind: 'z'})
		case IsDigit(r):
			toks = append(toks, token{kind: 'n', value: float64(digit(r)), single: true})
		case IsUnit(r):
			toks = append(toks, token{kind: 'u', value: unitValue(r)})
		default:
			return nil, false
		}
		i++
	}
	return toks, len(toks) > 0
}

// evaluate computes the value of an unsigned integer-or-decimal numeral.
func evaluate(rs []rune) (float64, bool) {
	toks, ok := tokenize(rs)
	if !ok {
		return 0, false
	}
	if v, ok, done := digitString(rs, toks); done {
		return v, ok
	}
	return evaluateUnits(toks)
}

// digitString handles numerals without multipliers: one number, or a
// digit-by-digit Chinese numeral such as 二〇二五. done is false when the
// numeral has multipliers and needs evaluateUnits.
func digitString(rs []rune, toks []token) (v float64, ok, done bool) {
	for _, t := range toks {
		if t.kind == 'u' {
			return 0, false, false
		}
	}
	if len(toks) == 1 {
		return toks[0].value, true, true
	}
	for _, r := range rs {
		if !positional(r) {
			return 0, false, true
		}
		v = v*10 + float64(digit(r))
	}
	return v, true, true
}

// reader accumulates a numeral with multipliers, section by section.
type reader struct {
	result    float64 // sections closed by 万, 亿 or 兆
	section   float64 // the part below the last large multiplier
	number    float64 // a number waiting for its multiplier
	hasNumber bool
	lastLarge float64 // last of 万 亿 兆 seen
	lastSmall float64 // last of 十 百 千 in this section
	lastUnit  float64 // the multiplier just before the pending number
	prev      byte    // kind of the previous token
}

func evaluateUnits(toks []token) (float64, bool) {
	var rd reader
	for i, t := range toks {
		if !rd.step(i, t) {
			return 0, false
		}
		rd.prev = t.kind
	}
	return rd.finish(toks), true
}

func (rd *reader) step(i int, t token) bool {
	switch t.kind {
	case 'n':
		if rd.hasNumber {
			return false
		}
		rd.number, rd.hasNumber = t.value, true
		if rd.prev != 'u' {
			rd.lastUnit = 0
		}
	case 'z':
		if rd.hasNumber {
			return false
		}
		rd.lastUnit = 0
	case 'u':
		if t.value < 1e4 {
			return rd.small(i, t.value)
		}
		return rd.large(t.value)
	}
	return true
}

// small applies 十, 百 or 千 to the pending number.
func (rd *reader) small(i int, u float64) bool {
	if !rd.hasNumber {
		if i != 0 && rd.prev != 'z' && !(u == 10 && rd.prev == 'u') {
			return false
		}
		rd.number = 1
	}
	if rd.lastSmall != 0 && u >= rd.lastSmall {
		return false
	}
	rd.section += rd.number * u
	rd.number, rd.hasNumber = 0, false
	rd.lastSmall, rd.lastUnit = u, u
	return true
}

// large applies 万, 亿 or 兆 to everything since the previous large one.
func (rd *reader) large(u float64) bool {
	v := rd.section + rd.number
	switch {
	case v == 0 && rd.result == 0:
		return false
	case v == 0:
		rd.result *= u
	case rd.lastLarge != 0 && u > rd.lastLarge:
		rd.result = (rd.result + v) * u
	default:
		rd.result += v * u
	}
	rd.section, rd.number, rd.hasNumber = 0, 0, false
	rd.lastLarge, rd.lastSmall, rd.lastUnit = u, 0, u
	return true
}

// finish adds the last pending number; a single digit right after a
// multiplier counts in the next lower place (一万三 is 13000, 十五 is 15).
func (rd *reader) finish(toks []token) float64 {
	if rd.hasNumber {
		last := toks[len(toks)-1]
		if rd.prev == 'n' && last.single && rd.lastUnit >= 10 && len(toks) > 1 && toks[len(toks)-2].kind == 'u' {
			rd.number *= rd.lastUnit / 10
		}
	}
	return rd.result + rd.section + rd.number
}
