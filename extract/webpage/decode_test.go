package webpage

import (
	"strings"
	"testing"

	"golang.org/x/text/encoding/simplifiedchinese"
	"golang.org/x/text/encoding/traditionalchinese"
)

func gbk(t *testing.T, s string) []byte {
	b, err := simplifiedchinese.GBK.NewEncoder().Bytes([]byte(s))
	if err != nil {
		t.Fatal(err)
	}
	return b
}

func big5(t *testing.T, s string) []byte {
	b, err := traditionalchinese.Big5.NewEncoder().Bytes([]byte(s))
	if err != nil {
		t.Fatal(err)
	}
	return b
}

func TestDecode(t *testing.T) {
	const body = "<p>新华社北京3月29日电，国务院总理今天主持召开常务会议。</p>"
	const trad = "<p>中央社台北電，行政院今天舉行會議，討論經濟發展的問題。</p>"
	tests := []struct {
		name    string
		in      []byte
		want    string
		charset string
	}{
		{"utf-8 plain", []byte(body), body, "utf-8"},
		{"utf-8 bom", append([]byte{0xEF, 0xBB, 0xBF}, body...), body, "utf-8"},
		{"gbk declared", append([]byte(`<meta charset="gbk">`), gbk(t, body)...), `<meta charset="gbk">` + body, "gb18030"},
		{"gb2312 http-equiv", append([]byte(`<meta http-equiv="Content-Type" content="text/html; charset=gb2312">`), gbk(t, body)...),
			`<meta http-equiv="Content-Type" content="text/html; charset=gb2312">` + body, "gb18030"},
		{"gbk undeclared", gbk(t, body), body, "gb18030"},
		{"big5 declared", append([]byte(`<meta charset=big5>`), big5(t, trad)...), `<meta charset=big5>` + trad, "big5"},
		{"big5 undeclared", big5(t, trad), trad, "big5"},
		{"gbk declared utf-8", append([]byte(`<meta charset="utf-8">`), gbk(t, body)...), `<meta charset="utf-8">` + body, "gb18030"},
		{"utf-8 declared gbk", []byte(`<meta charset="gbk">` + body), `<meta charset="gbk">` + body, "utf-8"},
		{"utf-16 declared in ascii", []byte(`<meta charset="utf-16"><p>hello</p>`), `<meta charset="utf-16"><p>hello</p>`, "utf-8"},
		{"gbk declared iso-8859-1", append([]byte(`<meta charset="iso-8859-1">`), gbk(t, body)...), `<meta charset="iso-8859-1">` + body, "gb18030"},
		{"latin-1 declared iso-8859-1", []byte("<meta charset=\"iso-8859-1\"><p>caf\xe9</p>"), `<meta charset="iso-8859-1"><p>café</p>`, "windows-1252"},
		{"ascii declared gbk", []byte(`<meta charset="gbk"><p>hello</p>`), `<meta charset="gbk"><p>hello</p>`, "gb18030"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := Charset(tt.in); got != tt.charset {
				t.Errorf("Charset: got %q, want %q", got, tt.charset)
			}
			got, err := Decode(tt.in)
			if err != nil {
				t.Fatal(err)
			}
			if got != tt.want {
				t.Errorf("got %q, want %q", got, tt.want)
			}
		})
	}
}

func TestDecodeInvalid(t *testing.T) {
	// Truncated multi-byte sequences in a declared GBK page become U+FFFD.
	in := append([]byte(`<meta charset="gbk">`), 0xB9, 0xFA, 0xB9)
	got, err := Decode(in)
	if err != nil {
		t.Fatal(err)
	}
	if !strings.HasPrefix(got, `<meta charset="gbk">国`) || !strings.ContainsRune(got, '\uFFFD') {
		t.Errorf("got %q, want 国 then U+FFFD", got)
	}
}

func FuzzDecode(f *testing.F) {
	f.Add([]byte(`<meta charset="gbk"><p>` + "\xb9\xfa" + `</p>`))
	f.Add([]byte{0xEF, 0xBB, 0xBF, 'a'})
	f.Add([]byte{0xFF, 0xFE, 'a', 0})
	f.Add([]byte(`<meta charset="x-unknown">abc`))
	f.Fuzz(func(t *testing.T, raw []byte) {
		if _, err := Decode(raw); err != nil && !strings.Contains(err.Error(), "decode ") {
			t.Errorf("error does not name the charset: %v", err)
		}
	})
}
