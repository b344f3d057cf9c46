package dates

// trigger holds the characters an expression without digits can start
// with; Extract only tries positions holding a digit or one of these.
var trigger = func() map[rune]bool {
	t := map[rune]bool{}
	for _, w := range words {
		t[w.text[0]] = true
	}
	for _, p := range periods {
		t[p.text[0]] = true
	}
	for _, p := range weekPrefixes {
		t[p.text[0]] = true
	}
	for _, w := range weekWords {
		t[w[0]] = true
	}
	t['十'] = true
	t['正'] = true
	return t
}()
