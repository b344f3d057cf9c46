package zhconv

import (
	"bytes"
	"strings"
	"testing"
	"unicode/utf8"
)

// TestParityOpenCC converts at least 1 MB of real Traditional news text with
// each configuration and with the opencc CLI, and requires identical bytes.
func TestParityOpenCC(t *testing.T) {
	needOpenCC(t)
	for _, config := range Configs {
		t.Run(config, func(t *testing.T) {
			in := traditionalText(t, config, 1<<20)
			want := opencc(t, config, in)
			c, err := New(config)
			if err != nil {
				t.Fatal(err)
			}
			got := c.Convert(string(in))
			var streamed bytes.Buffer
			if err := c.Stream(&streamed, bytes.NewReader(in)); err != nil {
				t.Fatal(err)
			}
			changed := runeDiff(string(in), string(want))
			diff := runeDiff(got, string(want))
			sdiff := runeDiff(streamed.String(), string(want))
			t.Logf("%s: %d bytes (%d runes) of input, opencc changed %d runes; differing runes: Convert %d, Stream %d",
				config, len(in), utf8.RuneCount(in), changed, diff, sdiff)
			if changed == 0 {
				t.Errorf("opencc changed nothing: the corpus is not Traditional")
			}
			if diff != 0 || sdiff != 0 {
				t.Errorf("output differs from opencc -c %s.json", config)
			}
			checkRealAlignment(t, c, string(in))
		})
	}
}

// checkRealAlignment checks the alignment of a large real text: in range
// and monotone, and every line break of the output maps to one of the input.
func checkRealAlignment(t *testing.T, c *Converter, in string) {
	out, al := c.ConvertAligned(in)
	inRunes, outRunes := []rune(in), []rune(out)
	checkAlignment(t, al, len(inRunes), len(outRunes))
	for i, r := range outRunes {
		if r == '\n' && inRunes[al.Offset(i)] != '\n' {
			t.Fatalf("output line break at rune %d maps to %q at input rune %d", i, inRunes[al.Offset(i)], al.Offset(i))
		}
	}
	t.Logf("alignment: %d length-changing units", len(al.units))
}

// runeDiff counts the runes that differ between two texts line by line (no
// conversion crosses a line break); a line of different length counts its
// surplus runes, and the first differences are logged by the caller's eye.
func runeDiff(a, b string) int {
	la, lb := strings.Split(a, "\n"), strings.Split(b, "\n")
	n := 0
	for i := 0; i < max(len(la), len(lb)); i++ {
		var x, y []rune
		if i < len(la) {
			x = []rune(la[i])
		}
		if i < len(lb) {
			y = []rune(lb[i])
		}
		for j := 0; j < max(len(x), len(y)); j++ {
			if j >= len(x) || j >= len(y) || x[j] != y[j] {
				n++
			}
		}
	}
	return n
}

// TestConvertTableIsOpenCC checks the hand-written expectations of
// TestConvert against the opencc CLI, so the table cannot drift from it.
func TestConvertTableIsOpenCC(t *testing.T) {
	needOpenCC(t)
	for _, tt := range convertTests {
		if !utf8.ValidString(tt.in) || tt.in == "" {
			continue // opencc rejects invalid UTF-8
		}
		if got := string(opencc(t, tt.config, []byte(tt.in))); got != tt.want {
			t.Errorf("%s: opencc -c %s.json %q = %q, table wants %q", tt.name, tt.config, tt.in, got, tt.want)
		}
	}
}
