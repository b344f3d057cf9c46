package cnnum

// digit returns the value of a character that stands for a single digit:
// Arabic (half and full width), common, financial and traditional Chinese
// forms; or -1.
func digit(r rune) int {
	switch {
	case r >= '0' && r <= '9':
		return int(r - '0')
	case r >= '０' && r <= '９':
		return int(r - '０')
	case r < '○':
		return -1
	}
	switch r {
	case '零', '〇', '○', 'Ｏ':
		return 0
	case '一', '壹', '幺':
		return 1
	case '二', '贰', '貳', '两', '兩', '倆', '俩':
		return 2
	case '三', '叁', '參':
		return 3
	case '四', '肆':
		return 4
	case '五', '伍':
		return 5
	case '六', '陆', '陸':
		return 6
	case '七', '柒':
		return 7
	case '八', '捌':
		return 8
	case '九', '玖':
		return 9
	}
	return -1
}

// unitValue returns the value of a positional multiplier, or 0. 兆 follows
// the modern mainland and Recognizers-Text reading of 1e12.
func unitValue(r rune) float64 {
	if r < '万' {
		return 0
	}
	switch r {
	case '十', '拾':
		return 10
	case '百', '佰':
		return 100
	case '千', '仟':
		return 1000
	case '万', '萬':
		return 1e4
	case '亿', '億':
		return 1e8
	case '兆':
		return 1e12
	}
	return 0
}

// IsDigit reports whether r is an Arabic or Chinese digit character.
func IsDigit(r rune) bool { return digit(r) >= 0 }

// IsArabic reports whether r is an Arabic digit, half or full width.
func IsArabic(r rune) bool {
	return (r >= '0' && r <= '9') || (r >= '０' && r <= '９')
}

// IsUnit reports whether r is a positional multiplier (十 百 千 万 亿 兆 and
// their financial and traditional forms).
func IsUnit(r rune) bool { return unitValue(r) != 0 }

// IsMultiplier reports whether r is a multiplier that news writes after
// Arabic digits to scale them (百 千 万 亿 兆 and variants, not 十).
func IsMultiplier(r rune) bool { return unitValue(r) >= 100 }

// UnitValue returns the value of a multiplier character, or 0.
func UnitValue(r rune) float64 { return unitValue(r) }

// tens are the contracted numerals 廿 (20), 卅 (30) and 卌 (40).
func tens(r rune) string {
	switch r {
	case '廿':
		return "二十"
	case '卅':
		return "三十"
	case '卌':
		return "四十"
	}
	return ""
}

// isPoint reports whether r is a Chinese decimal point.
func isPoint(r rune) bool { return r == '点' || r == '點' }

// IsMinus reports whether r is a minus sign or the word for negative.
func IsMinus(r rune) bool { return isMinus(r) }

// isMinus reports whether r is a minus sign or the word for negative.
func isMinus(r rune) bool { return r == '负' || r == '負' || r == '-' || r == '－' || r == '−' }

// isChineseDigit reports whether r is a non-Arabic digit character.
func isChineseDigit(r rune) bool { return IsDigit(r) && !IsArabic(r) }

// foldDigit turns a full-width Arabic digit into its ASCII form.
func foldDigit(r rune) rune {
	if r >= '０' && r <= '９' {
		return r - '０' + '0'
	}
	return r
}

// positional reports whether r may appear in a digit-by-digit numeral such as
// 二〇二五 (two is written 二 there, never 两).
func positional(r rune) bool {
	switch r {
	case '两', '兩', '倆', '俩':
		return false
	}
	return isChineseDigit(r)
}
