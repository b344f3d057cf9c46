package cnnum

// digitValue maps every numeral character that stands for a single digit to
// its value: Arabic (half and full width), common, financial and traditional
// Chinese forms.
var digitValue = map[rune]int{
	'0': 0, '1': 1, '2': 2, '3': 3, '4': 4, '5': 5, '6': 6, '7': 7, '8': 8, '9': 9,
	'０': 0, '１': 1, '２': 2, '３': 3, '４': 4, '５': 5, '６': 6, '７': 7, '８': 8, '９': 9,
	'零': 0, '〇': 0, '○': 0, 'Ｏ': 0,
	'一': 1, '壹': 1, '幺': 1,
	'二': 2, '贰': 2, '貳': 2, '两': 2, '兩': 2, '倆': 2, '俩': 2,
	'三': 3, '叁': 3, '參': 3,
	'四': 4, '肆': 4,
	'五': 5, '伍': 5,
	'六': 6, '陆': 6, '陸': 6,
	'七': 7, '柒': 7,
	'八': 8, '捌': 8,
	'九': 9, '玖': 9,
}

// unitValue maps the positional multipliers to their value. 兆 follows the
// modern mainland and Recognizers-Text reading of 1e12.
var unitValue = map[rune]float64{
	'十': 10, '拾': 10,
	'百': 100, '佰': 100,
	'千': 1000, '仟': 1000,
	'万': 1e4, '萬': 1e4,
	'亿': 1e8, '億': 1e8,
	'兆': 1e12,
}

// IsDigit reports whether r is an Arabic or Chinese digit character.
func IsDigit(r rune) bool {
	_, ok := digitValue[r]
	return ok
}

// IsArabic reports whether r is an Arabic digit, half or full width.
func IsArabic(r rune) bool {
	return (r >= '0' && r <= '9') || (r >= '０' && r <= '９')
}

// IsUnit reports whether r is a positional multiplier (十 百 千 万 亿 兆 and
// their financial and traditional forms).
func IsUnit(r rune) bool {
	_, ok := unitValue[r]
	return ok
}

// IsMultiplier reports whether r is a multiplier that news writes after
// Arabic digits to scale them (百 千 万 亿 兆 and variants, not 十).
func IsMultiplier(r rune) bool {
	v, ok := unitValue[r]
	return ok && v >= 100
}

// UnitValue returns the value of a multiplier character, or 0.
func UnitValue(r rune) float64 { return unitValue[r] }

// tens are the contracted numerals 廿 (20), 卅 (30) and 卌 (40).
var tens = map[rune]string{'廿': "二十", '卅': "三十", '卌': "四十"}

// isPoint reports whether r is a Chinese decimal point.
func isPoint(r rune) bool { return r == '点' || r == '點' }

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
