package zhconv

import (
	"bytes"
	"github.com/zhnews/zhnews/internal/shared"
	"html"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"sync"
	"testing"
	"unicode/utf8"

	"golang.org/x/text/encoding/simplifiedchinese"
)

// This file builds the real news text the parity and speed tests use: the
// Traditional seed page, the pages of ../shared/corpus stripped of markup, and
// the Simplified pages turned Traditional by OpenCC (s2t, s2hk, s2tw).

// needOpenCC skips the test when the opencc CLI is not installed.
func needOpenCC(t testing.TB) {
	if _, err := exec.LookPath("opencc"); err != nil {
		t.Skip("opencc CLI not installed (apt-get install opencc): parity cannot be checked")
	}
}

// opencc runs `opencc -c <config>.json` over in.
func opencc(t testing.TB, config string, in []byte) []byte {
	t.Helper()
	cmd := exec.Command("opencc", "-c", config+".json")
	cmd.Stdin = bytes.NewReader(in)
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	out, err := cmd.Output()
	if err != nil {
		t.Fatalf("opencc -c %s.json: %v: %s", config, err, stderr.Bytes())
	}
	return out
}

var (
	dropBlocks = regexp.MustCompile(`(?is)<script\b.*?</script>|<style\b.*?</style>|<!--.*?-->`)
	tag        = regexp.MustCompile(`(?s)<[^>]*>`)
)

// htmlText returns the text of a page, roughly: tags become line breaks,
// entities are decoded, blank lines dropped, NULs removed.
func htmlText(page []byte) string {
	if !utf8.Valid(page) {
		if dec, err := simplifiedchinese.GB18030.NewDecoder().Bytes(page); err == nil {
			page = dec
		}
	}
	s := dropBlocks.ReplaceAllString(string(page), "\n")
	s = html.UnescapeString(tag.ReplaceAllString(s, "\n"))
	var b strings.Builder
	for _, line := range strings.Split(s, "\n") {
		line = strings.TrimSpace(strings.ReplaceAll(line, "\x00", ""))
		if line != "" && utf8.ValidString(line) {
			b.WriteString(line)
			b.WriteByte('\n')
		}
	}
	return b.String()
}

// corpus is the real text, read once per test binary.
var corpus struct {
	once        sync.Once
	trad, other string // pages Detect calls Traditional; all other pages
	pages       int
}

// realText returns the text of the seed pages and the shared corpus pages.
func realText(t testing.TB) (trad, other string) {
	dir := shared.Dir(t)
	corpus.once.Do(func() {
		var tb, ob strings.Builder
		seeds, _ := filepath.Glob(filepath.Join("..", "..", "seeds", "*.txt"))
		pages, _ := filepath.Glob(filepath.Join(dir, "corpus", "*", "pages", "*"))
		for _, p := range append(seeds, pages...) {
			data, err := os.ReadFile(p)
			if err != nil {
				continue
			}
			text := htmlText(data)
			if Detect(text) == Traditional {
				tb.WriteString(text)
			} else {
				ob.WriteString(text)
			}
			corpus.pages++
		}
		corpus.trad, corpus.other = tb.String(), ob.String()
	})
	return corpus.trad, corpus.other
}

// variantFor is the OpenCC configuration that writes the Traditional variant
// each Simplified-target configuration reads.
var variantFor = map[string]string{"t2s": "s2t", "hk2s": "s2hk", "tw2s": "s2tw", "tw2sp": "s2twp"}

// traditionalText returns at least minBytes of Traditional news text in the
// variant config reads: the Traditional pages as they are, then about
// minBytes of the other pages converted by OpenCC, then a quarter of that
// untouched (Simplified and mixed text must come through unharmed too).
func traditionalText(t testing.TB, config string, minBytes int) []byte {
	trad, other := realText(t)
	var b bytes.Buffer
	b.WriteString(trad)
	b.Write(opencc(t, variantFor[config], lineCut(other, minBytes)))
	b.Write(lineCut(other, minBytes/4))
	if b.Len() == 0 {
		t.Skip("no text in the shared corpus")
	}
	return repeatTo(b.Bytes(), minBytes)
}

// lineCut returns the lines of s that start within its first n bytes.
func lineCut(s string, n int) []byte {
	if n >= len(s) {
		return []byte(s)
	}
	if i := strings.IndexByte(s[n:], '\n'); i >= 0 {
		return []byte(s[:n+i+1])
	}
	return []byte(s)
}

// repeatTo repeats text until it holds at least n bytes, ending at a line end.
func repeatTo(text []byte, n int) []byte {
	if len(text) >= n {
		return text
	}
	out := append([]byte(nil), text...)
	for len(out) < n {
		out = append(out, text...)
	}
	if i := bytes.IndexByte(out[n:], '\n'); i >= 0 {
		out = out[:n+i+1]
	}
	return out
}
