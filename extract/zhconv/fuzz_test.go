package zhconv

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode/utf8"

	"golang.org/x/text/transform"
)

// FuzzConvert checks, for every configuration, that conversion never panics,
// keeps valid UTF-8 valid, agrees across Convert, ConvertAligned, Stream and
// the Transformer, and yields an alignment that is monotone and in range.
func FuzzConvert(f *testing.F) {
	for _, tt := range convertTests {
		f.Add(tt.in)
	}
	f.Add("使用SQL隱碼攻擊和螢幕保護程式，乾元件\n")
	inputs, _ := filepath.Glob(filepath.Join("testdata", "*.input"))
	for _, in := range inputs {
		if data, err := os.ReadFile(in); err == nil {
			f.Add(string(data))
		}
	}
	f.Add("\x00長\xff\xe4\xb8")
	f.Fuzz(func(t *testing.T, in string) {
		for _, config := range Configs {
			c, err := New(config)
			if err != nil {
				t.Fatal(err)
			}
			out := c.Convert(in)
			if utf8.ValidString(in) && !utf8.ValidString(out) {
				t.Fatalf("%s: invalid UTF-8 out of %q: %q", config, in, out)
			}
			aligned, al := c.ConvertAligned(in)
			if aligned != out {
				t.Fatalf("%s: ConvertAligned %q != Convert %q", config, aligned, out)
			}
			checkAlignment(t, al, utf8.RuneCountInString(in), utf8.RuneCountInString(out))
			var b bytes.Buffer
			if err := c.Stream(&b, strings.NewReader(in)); err != nil || b.String() != out {
				t.Fatalf("%s: Stream = %q, %v; Convert = %q", config, b.String(), err, out)
			}
			tr, _, err := transform.String(c.Transformer(), in)
			if err != nil || tr != out {
				t.Fatalf("%s: Transformer = %q, %v; Convert = %q", config, tr, err, out)
			}
		}
	})
}
