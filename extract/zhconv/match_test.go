package zhconv

import (
	"testing"
	"unicode/utf8"
)

// TestDecode compares the inline three-byte decoder with the standard one
// on every lead byte, every second byte and edge third bytes.
func TestDecode(t *testing.T) {
	for b0 := 0; b0 < 0x100; b0++ {
		for b1 := 0; b1 < 0x100; b1++ {
			for _, b2 := range []byte{0x00, 0x7f, 0x80, 0x9f, 0xa0, 0xbf, 0xc0, 0xff} {
				for _, s := range []string{string([]byte{byte(b0), byte(b1), b2}), string([]byte{byte(b0), byte(b1)})} {
					r, n := decode(s, 0)
					wr, wn := utf8.DecodeRuneInString(s)
					if r != wr || n != wn {
						t.Fatalf("decode(%q) = %U, %d, want %U, %d", s, r, n, wr, wn)
					}
				}
			}
		}
	}
}

// TestGroupOrder checks OpenCC's dictionary group rule: the first
// dictionary with any match wins, even over a longer key in a later one.
func TestGroupOrder(t *testing.T) {
	first := &dict{name: "first", entries: []cand{{key: "長", val: "A"}, {key: "長江", val: "B"}}}
	second := &dict{name: "second", entries: []cand{{key: "長江大橋", val: "C"}, {key: "江", val: "D"}}}
	m, err := newMatcher([]*dict{first, second})
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct{ in, want string }{
		{"長江大橋", "B大橋"}, // first dict's longest key beats the longer key of the second
		{"長城", "A城"},
		{"江水", "D水"},
		{"大橋", "大橋"},
	}
	for _, tt := range tests {
		if got := string(m.appendConvert(nil, tt.in, nil)); got != tt.want {
			t.Errorf("convert(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}
