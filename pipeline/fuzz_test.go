package pipeline

import (
	"bytes"
	"context"
	"testing"
	"unicode/utf8"
)

func FuzzDecodeText(f *testing.F) {
	f.Add([]byte(sample))
	f.Add([]byte{0xB0, 0xA1, 0xB0, 0xA2})
	f.Add([]byte{0xA4, 0x40, 0xA4, 0x41})
	f.Add([]byte{0xFF, 0xFE, 'a', 0})
	f.Fuzz(func(t *testing.T, data []byte) {
		s, err := DecodeText(data)
		if err == nil && !utf8.ValidString(s) {
			t.Errorf("DecodeText returned invalid UTF-8 for %q", data)
		}
	})
}

func FuzzJSONL(f *testing.F) {
	f.Add([]byte(`{"url":"u","text":"正文"}` + "\n" + `{"html":"<p>x</p>"}`))
	f.Add([]byte("{\n}\n\n{\"text\":1}"))
	f.Fuzz(func(t *testing.T, data []byte) {
		lines := bytes.Count(data, []byte("\n")) + 1
		var docs, fails int
		err := (&Files{Paths: []string{"-"}, Stdin: bytes.NewReader(data), MaxBytes: 64}).Run(context.Background(),
			func(d *Doc) error {
				docs++
				if d.Line < 1 || d.Line > lines {
					t.Errorf("line %d out of range", d.Line)
				}
				return nil
			},
			func(e *DocError) { fails++ })
		if err != nil {
			t.Fatal(err)
		}
		if docs+fails > lines {
			t.Errorf("%d docs + %d failures from %d lines", docs, fails, lines)
		}
	})
}
