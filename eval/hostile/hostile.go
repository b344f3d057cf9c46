// Package hostile writes a folder of inputs that a crawl of the real web
// produces and a robust ingest must survive: binary noise, NUL bytes,
// truncated GBK, an oversized single line, absurdly deep HTML, broken JSONL,
// empty files, symlink loops, FIFOs and unreadable files, next to a few good
// articles, and says for each what a correct ingest does with it.
package hostile

import (
	"bytes"
	"compress/gzip"
	"errors"
	"fmt"
	"math/rand/v2"
	"os"
	"path/filepath"
	"strings"
	"syscall"

	"golang.org/x/text/encoding"
	"golang.org/x/text/encoding/simplifiedchinese"

	"github.com/zhnews/zhnews/eval/synth"
)

// Want is what a correct ingest does with one input.
type Want int

const (
	// Fail: the input is listed in failed.jsonl (path, stage, error) and
	// nothing of it is indexed.
	Fail Want = iota
	// Index: the input's article is indexed.
	Index
	// Unreadable: the input cannot be read by this process's user and must
	// fail; a process that can read it anyway (root) must index it.
	Unreadable
)

func (w Want) String() string {
	switch w {
	case Fail:
		return "fail"
	case Index:
		return "index"
	case Unreadable:
		return "unreadable"
	}
	return fmt.Sprintf("Want(%d)", int(w))
}

// A Case is one input written by Write.
type Case struct {
	Name string // path relative to the folder
	Line int    // 1-based line of a JSONL record; 0 for a whole file
	URL  string // the url field of a good JSONL record, to find its article
	What string // what is hostile (or good) about it
	Want Want
}

// Options sizes the folder. The zero value writes the full set.
type Options struct {
	Seed uint64 // picks the noise and the good articles' text (default 1)
	// Big is the size of the oversized single-line file (default 100 MiB);
	// keep it above the ingest's --max-bytes.
	Big int64
	// LongLine is the size of the oversized JSONL line (default 20 MiB).
	LongLine int
}

// DefaultBig is the default size of the oversized single-line file.
const DefaultBig = 100 << 20

// Write fills dir (created when needed) with hostile and good inputs and
// returns the cases, in the order written.
func Write(dir string, opt Options) ([]Case, error) {
	if opt.Seed == 0 {
		opt.Seed = 1
	}
	if opt.Big <= 0 {
		opt.Big = DefaultBig
	}
	if opt.LongLine <= 0 {
		opt.LongLine = 20 << 20
	}
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return nil, err
	}
	arts, err := articles(8, opt.Seed)
	if err != nil {
		return nil, err
	}
	w := &writer{dir: dir, rng: rand.New(rand.NewPCG(opt.Seed, 0x4057113))}
	w.good(arts)
	w.binary(arts[3])
	w.encodings(arts[4])
	w.big(opt.Big)
	w.html(arts[5])
	w.jsonl(arts[6:8], opt.LongLine)
	w.links()
	w.special(arts[2])
	return w.cases, w.err
}

// articles returns n generated article texts.
func articles(n int, seed uint64) ([]string, error) {
	var out []string
	err := synth.Generate(n, seed, func(_ string, text []byte) error {
		out = append(out, string(text))
		return nil
	})
	return out, err
}

type writer struct {
	dir   string
	rng   *rand.Rand
	cases []Case
	err   error
}

// file writes one input and records its case.
func (w *writer) file(name string, data []byte, want Want, what string) {
	if w.err != nil {
		return
	}
	w.err = writeFile(filepath.Join(w.dir, name), data)
	w.cases = append(w.cases, Case{Name: name, Want: want, What: what})
}

func writeFile(p string, data []byte) error {
	if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
		return err
	}
	return os.WriteFile(p, data, 0o644)
}

func (w *writer) good(arts []string) {
	w.file("good/a.txt", []byte(arts[0]), Index, "a plain UTF-8 article")
	w.file("good/b.txt", []byte("\ufeff"+arts[1]), Index, "a UTF-8 article with a byte order mark")
	html := "<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>t</title></head><body><article>" +
		paragraphs(arts[2]) + "</article></body></html>"
	w.file("good/c.html", []byte(html), Index, "an HTML article")
	var gz bytes.Buffer
	zw := gzip.NewWriter(&gz)
	zw.Write([]byte(arts[0]))
	zw.Close()
	w.file("good/d.txt.gz", gz.Bytes(), Index, "a gzipped article")
	w.file("bad/truncated.txt.gz", gz.Bytes()[:gz.Len()/2], Fail, "a gzip stream cut in half")
}

// paragraphs wraps the non-empty lines of a text in <p>.
func paragraphs(text string) string {
	var b strings.Builder
	for _, line := range strings.Split(text, "\n") {
		if line = strings.TrimSpace(line); line != "" {
			b.WriteString("<p>" + line + "</p>\n")
		}
	}
	return b.String()
}

func (w *writer) binary(art string) {
	noise := make([]byte, 64<<10)
	for i := range noise {
		noise[i] = byte(w.rng.UintN(256))
	}
	w.file("bad/noise.txt", noise, Fail, "64 KiB of random bytes")
	high := make([]byte, 64<<10)
	for i := range high {
		high[i] = byte(0x80 + w.rng.UintN(0x80)) // no NUL, not UTF-8, half of it valid GBK pairs
	}
	w.file("bad/noise-high.txt", high, Fail, "64 KiB of random bytes >= 0x80")
	withNUL := []byte(art)
	for i := len(withNUL) / 3; i < len(withNUL); i += 97 {
		withNUL[i] = 0
	}
	w.file("bad/nul.txt", withNUL, Fail, "an article sprinkled with NUL bytes")
	w.file("bad/elf.html", append([]byte("\x7fELF\x02\x01\x01\x00"), noise[:4096]...), Fail, "an executable named .html")
	w.file("bad/empty.txt", nil, Fail, "a zero-byte file")
	w.file("bad/blank.txt", []byte(" \n\t\r\n  \n"), Fail, "whitespace only")
}

func (w *writer) encodings(art string) {
	gbk, err := encoding.ReplaceUnsupported(simplifiedchinese.GBK.NewEncoder()).Bytes([]byte(art))
	if err != nil {
		w.err = fmt.Errorf("encode gbk: %w", err)
		return
	}
	w.file("good/gbk.txt", gbk, Index, "a GBK article")
	cut := len(gbk) * 2 / 3
	for cut > 0 && gbk[cut-1] < 0x80 {
		cut-- // end on the first byte of a two-byte character
	}
	w.file("good/gbk-truncated.txt", gbk[:cut], Index, "a GBK article cut in the middle of a character: the text before the cut is an article")
	w.file("bad/gbk-stub.txt", firstHanBytes(gbk, 5), Fail, "the first two and a half characters of a GBK page")
}

// firstHanBytes returns the first n bytes of the first run of GBK double-byte characters.
func firstHanBytes(gbk []byte, n int) []byte {
	for i := 0; i+n <= len(gbk); i++ {
		if gbk[i] >= 0x81 {
			return gbk[i : i+n]
		}
	}
	return gbk[:min(n, len(gbk))]
}

// big writes a single line of size bytes of Chinese text, without reading
// it into memory.
func (w *writer) big(size int64) {
	if w.err != nil {
		return
	}
	name := "bad/huge-line.txt"
	f, err := os.Create(filepath.Join(w.dir, name))
	if err != nil {
		w.err = err
		return
	}
	chunk := bytes.Repeat([]byte("长三角一体化发展，"), 64<<10/27)
	for n := int64(0); n < size && err == nil; n += int64(len(chunk)) {
		_, err = f.Write(chunk[:min(int64(len(chunk)), size-n)])
	}
	w.err = errors.Join(err, f.Close())
	w.cases = append(w.cases, Case{Name: name, Want: Fail, What: fmt.Sprintf("a single %d-byte line", size)})
}

func (w *writer) html(art string) {
	const depth = 10000
	open := strings.Repeat("<div>", depth)
	closeTags := strings.Repeat("</div>", depth)
	w.file("bad/deep-empty.html", []byte("<html><body>"+open+closeTags+"</body></html>"), Fail,
		"10,000 nested divs without text")
	deep := "<html><body>" + strings.Repeat("<div><span>", depth/2) + paragraphs(art) + "</body></html>"
	w.file("good/deep-article.html", []byte(deep), Index, "an article inside 10,000 unclosed nested tags")
	w.file("bad/tags-only.html", []byte(strings.Repeat("<p></p><br><img src=x>", 20000)), Fail, "markup without text")
}

func (w *writer) jsonl(arts []string, longLine int) {
	if w.err != nil {
		return
	}
	name := "feed.jsonl"
	line := func(url, field, text string) string {
		return fmt.Sprintf(`{"url":%q,%q:%q}`, url, field, text)
	}
	lines := []struct {
		text string
		want Want
		url  string
		what string
	}{
		{line("https://example.cn/a", "text", arts[0]), Index, "https://example.cn/a", "a good text record"},
		{`{"url":"https://example.cn/bad-utf8","text":"长三角` + "\xff\xfe\xc3" + `一体化"}`, Fail, "", "invalid UTF-8 inside a string"},
		{`{"url":"https://example.cn/malformed","text":"未闭合的字符串}`, Fail, "", "malformed JSON"},
		{`{"url":"https://example.cn/none","title":"无正文"}`, Fail, "", "no html or text field"},
		{`["not", "an", "object"]`, Fail, "", "a JSON array, not an object"},
		{`{"url":"https://example.cn/long","text":"` + strings.Repeat("长", longLine/3) + `"}`, Fail, "", fmt.Sprintf("a %d-byte line", longLine)},
		{line("https://example.cn/b", "html", "<html><body><article>"+paragraphs(arts[1])+"</article></body></html>"), Index, "https://example.cn/b", "a good html record after the long line"},
	}
	var b strings.Builder
	for i, l := range lines {
		b.WriteString(l.text + "\n")
		w.cases = append(w.cases, Case{Name: name, Line: i + 1, URL: l.url, Want: l.want, What: l.what})
	}
	w.err = writeFile(filepath.Join(w.dir, name), []byte(b.String()))
}

func (w *writer) links() {
	if w.err != nil {
		return
	}
	link := func(target, name, what string) {
		if w.err == nil {
			w.err = os.Symlink(target, filepath.Join(w.dir, name))
			w.cases = append(w.cases, Case{Name: name, Want: Fail, What: what})
		}
	}
	link("self.txt", "bad/self.txt", "a symlink to itself")
	link("loop-b.txt", "bad/loop-a.txt", "a symlink loop of two")
	link("loop-a.txt", "bad/loop-b.txt", "a symlink loop of two")
	link("missing.txt", "bad/dangling.txt", "a symlink to nothing")
	if w.err == nil {
		w.err = os.Symlink("..", filepath.Join(w.dir, "bad", "up")) // a folder loop a walker must not follow
	}
}

func (w *writer) special(art string) {
	if w.err != nil {
		return
	}
	fifo := "bad/fifo.txt"
	if w.err = syscall.Mkfifo(filepath.Join(w.dir, fifo), 0o644); w.err != nil {
		return
	}
	w.cases = append(w.cases, Case{Name: fifo, Want: Fail, What: "a named pipe nobody writes to"})
	w.file("bad/no-access.txt", []byte(art), Unreadable, "an article with mode 000")
	if w.err == nil {
		w.err = os.Chmod(filepath.Join(w.dir, "bad/no-access.txt"), 0)
	}
	w.file("locked/inside.txt", []byte(art), Unreadable, "an article in a folder with mode 000")
	if w.err == nil {
		w.err = os.Chmod(filepath.Join(w.dir, "locked"), 0)
	}
}

// Readable reports whether this process can read files whatever their mode
// (it runs as root or with CAP_DAC_OVERRIDE), so that Unreadable cases are
// read like any other.
func Readable(dir string) bool {
	f, err := os.Open(filepath.Join(dir, "bad/no-access.txt"))
	if err != nil {
		return false
	}
	f.Close()
	return true
}

// Cleanup restores the modes Write removed, so that the folder can be deleted.
func Cleanup(dir string) {
	os.Chmod(filepath.Join(dir, "locked"), 0o755)
	os.Chmod(filepath.Join(dir, "bad/no-access.txt"), 0o644)
}
