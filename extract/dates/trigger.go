package dates

// triggers marks the characters an expression without digits can start
// with; Extract only tries positions holding a digit or one of these.
var triggers = func() *bitset {
	var t bitset
	for _, w := range words {
		t.set(w.text[0])
	}
	for _, p := range periods {
		t.set(p.text[0])
	}
	for _, p := range weekPrefixes {
		t.set(p.text[0])
	}
	for _, w := range weekWords {
		t.set(w[0])
	}
	for _, c := range centuries {
		t.set(c.text[0])
	}
	t.set('十')
	t.set('正')
	return &t
}()

// bitset marks runes of the Basic Multilingual Plane.
type bitset [1 << 16 / 64]uint64

func (b *bitset) set(r rune) {
	if r < 1<<16 {
		b[r>>6] |= 1 << (r & 63)
	}
}

func (b *bitset) has(r rune) bool { return r < 1<<16 && b[r>>6]&(1<<(r&63)) != 0 }
