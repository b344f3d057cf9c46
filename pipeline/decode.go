package pipeline

import (
	"bytes"
	"errors"
	"fmt"
	"strings"
	"unicode/utf8"

	"golang.org/x/text/encoding"
	"golang.org/x/text/encoding/simplifiedchinese"
	"golang.org/x/text/encoding/traditionalchinese"
	"golang.org/x/text/encoding/unicode"
)

// Decoding errors.
var (
	ErrEmpty  = errors.New("empty input")
	ErrBinary = errors.New("binary data, not text")
)

// DecodeText turns the bytes of a plain-text page into UTF-8. UTF-8 (with or
// without BOM) and UTF-16 with BOM are taken as they are; anything else that
// is not valid UTF-8 is tried as GB18030 (a superset of GBK and GB2312) and
// Big5, told apart by their byte patterns. The error says why a page is not
// text and where.
func DecodeText(data []byte) (string, error) {
	if len(bytes.TrimSpace(data)) == 0 {
		return "", ErrEmpty
	}
	switch {
	case bytes.HasPrefix(data, []byte{0xEF, 0xBB, 0xBF}):
		data = data[3:]
	case bytes.HasPrefix(data, []byte{0xFF, 0xFE}), bytes.HasPrefix(data, []byte{0xFE, 0xFF}):
		return decodeWith(unicode.UTF16(unicode.BigEndian, unicode.ExpectBOM), data, "utf-16")
	}
	if i := bytes.IndexByte(data, 0); i >= 0 {
		return "", fmt.Errorf("%w: NUL byte at offset %d", ErrBinary, i)
	}
	if utf8.Valid(data) {
		if controlRatio(data) > 0.05 {
			return "", fmt.Errorf("%w: too many control characters", ErrBinary)
		}
		return string(data), nil
	}
	at := invalidAt(data)
	var enc encoding.Encoding = simplifiedchinese.GB18030
	name := "gb18030"
	if looksBig5(data) {
		enc, name = traditionalchinese.Big5, "big5"
	}
	s, err := decodeWith(enc, data, name)
	if err != nil {
		return "", fmt.Errorf("invalid UTF-8 at byte %d, and %w", at, err)
	}
	return s, nil
}

// decodeWith decodes data and rejects the result when too much of it did not
// decode, which means the guess of encoding was wrong or the data is binary.
func decodeWith(enc encoding.Encoding, data []byte, name string) (string, error) {
	out, err := enc.NewDecoder().Bytes(data)
	if err != nil {
		return "", fmt.Errorf("not %s either: %w", name, err)
	}
	s := string(out)
	bad, total := 0, 0
	for _, r := range s {
		total++
		if r == utf8.RuneError || (r < 0x20 && r != '\n' && r != '\r' && r != '\t') {
			bad++
		}
	}
	if total == 0 || bad*20 > total {
		return "", fmt.Errorf("not %s either (%d of %d characters undecodable)", name, bad, total)
	}
	return s, nil
}

// looksBig5 tells Big5 from GBK by the second byte of double-byte
// characters: the common GB2312 block keeps both bytes at 0xA1 or above,
// while about 40% of common Big5 characters have a second byte below 0xA1.
func looksBig5(data []byte) bool {
	pairs, low := 0, 0
	for i := 0; i+1 < len(data); i++ {
		if data[i] < 0x81 {
			continue
		}
		pairs++
		if data[i+1] < 0xA1 {
			low++
		}
		i++
	}
	return pairs > 0 && low*10 > pairs
}

func controlRatio(data []byte) float64 {
	n := 0
	for _, c := range data {
		if c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f' {
			n++
		}
	}
	return float64(n) / float64(len(data))
}

// checkDecoded rejects decoded text that is binary data under a text
// name: an executable or an image saved as .html decodes without error.
func checkDecoded(s string) error {
	if i := strings.IndexByte(s, 0); i >= 0 {
		return fmt.Errorf("%w: NUL character at byte %d of the decoded text", ErrBinary, i)
	}
	if len(s) > 0 && controlRatio([]byte(s)) > 0.05 {
		return fmt.Errorf("%w: too many control characters", ErrBinary)
	}
	return nil
}
