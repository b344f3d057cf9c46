package pipeline

import (
	"bufio"
	"bytes"
	"compress/gzip"
	"context"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"unicode/utf8"
)

// DefaultMaxBytes is the largest single document (a file, or one JSONL
// line) a source accepts. News pages are far smaller (the largest of the
// 131 corpus pages is under 1 MiB); a larger one is almost surely not an
// article, and processing costs about 70 bytes of memory per input byte at
// its peak, so a 15 MB page took a gigabyte.
const DefaultMaxBytes = 4 << 20

// ErrTooLarge reports an input over the size limit.
var ErrTooLarge = errors.New("input too large")

// Files is a Source over files and folders on disk. Folders are walked
// recursively for .txt, .html, .htm and .jsonl files, each optionally .gz;
// a path given by name is read whatever its extension. The path "-" reads
// JSONL from Stdin.
type Files struct {
	Paths    []string
	Stdin    io.Reader
	MaxBytes int // per document; 0 means DefaultMaxBytes
	// Found, when set, is told the size of each input file before reading
	// starts, so that progress can show how much is left.
	Found func(bytes int64)
	// Unchanged, when set, is asked about each input (a file, or a JSONL
	// line) once it is read and hashed; returning true skips the input
	// because its articles are already indexed.
	Unchanged func(path, hash string) bool
}

// FS is a Source over every matching file of an fs.FS, such as the embedded seeds.
type FS struct {
	FS        fs.FS
	Prefix    string // prepended to names in Doc.Path, e.g. "seeds/"
	MaxBytes  int
	Unchanged func(path, hash string) bool // as in Files
}

// skipping wraps emit so that inputs unchanged says are already indexed
// are not emitted.
func skipping(emit func(*Doc) error, unchanged func(path, hash string) bool) func(*Doc) error {
	if unchanged == nil {
		return emit
	}
	return func(d *Doc) error {
		if unchanged(d.Path, d.Hash) {
			return nil
		}
		return emit(d)
	}
}

// Run implements Source.
func (f *Files) Run(ctx context.Context, emit func(*Doc) error, fail func(*DocError)) error {
	r := reader{max: maxOr(f.MaxBytes), emit: skipping(emit, f.Unchanged), fail: fail}
	for _, p := range f.Paths {
		if p == "-" {
			in := f.Stdin
			if in == nil {
				in = os.Stdin
			}
			if err := r.jsonl(ctx, "-", in); err != nil {
				return err
			}
			continue
		}
		// Inputs are known by absolute path, so the same folder given as
		// ./crawl by hand and /data/crawl by cron is one set of articles.
		if abs, err := filepath.Abs(p); err == nil {
			p = abs
		}
		if err := r.walk(ctx, p, f.Found); err != nil {
			return err
		}
	}
	return nil
}

// Run implements Source.
func (s *FS) Run(ctx context.Context, emit func(*Doc) error, fail func(*DocError)) error {
	r := reader{max: maxOr(s.MaxBytes), emit: skipping(emit, s.Unchanged), fail: fail}
	var names []string
	err := fs.WalkDir(s.FS, ".", func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if !d.IsDir() && kindOf(p) != "" {
			names = append(names, p)
		}
		return nil
	})
	if err != nil {
		return err
	}
	for _, n := range names {
		f, err := s.FS.Open(n)
		if err != nil {
			fail(&DocError{Path: s.Prefix + n, Stage: "read", Err: err})
			continue
		}
		err = r.file(ctx, s.Prefix+n, f)
		f.Close()
		if err != nil {
			return err
		}
	}
	return nil
}

func maxOr(n int) int {
	if n <= 0 {
		return DefaultMaxBytes
	}
	return n
}

// kindOf returns "text", "html" or "jsonl" for a name by its extension
// (after an optional .gz), or "" for other files.
func kindOf(name string) string {
	name = strings.TrimSuffix(strings.ToLower(name), ".gz")
	switch filepath.Ext(name) {
	case ".txt":
		return "text"
	case ".html", ".htm", ".xhtml":
		return "html"
	case ".jsonl", ".ndjson":
		return "jsonl"
	}
	return ""
}

type reader struct {
	max  int
	emit func(*Doc) error
	fail func(*DocError)
}

func (r *reader) walk(ctx context.Context, root string, found func(int64)) error {
	info, err := os.Stat(root)
	if err != nil {
		r.fail(&DocError{Path: root, Stage: "read", Err: err})
		return nil
	}
	if !info.IsDir() {
		if found != nil {
			found(info.Size())
		}
		return r.path(ctx, root, info)
	}
	var paths []string
	walkErr := filepath.WalkDir(root, func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			r.fail(&DocError{Path: p, Stage: "read", Err: err})
			if d != nil && d.IsDir() {
				return fs.SkipDir
			}
			return nil
		}
		if !d.IsDir() && kindOf(p) != "" {
			paths = append(paths, p)
		}
		return nil
	})
	if walkErr != nil {
		return walkErr
	}
	sort.Strings(paths)
	// Stat follows links, so a link loop fails here, by name. All sizes
	// are known before reading starts, for progress.
	infos := make([]fs.FileInfo, len(paths))
	errs := make([]error, len(paths))
	for i, p := range paths {
		infos[i], errs[i] = os.Stat(p)
		if errs[i] == nil && found != nil {
			found(infos[i].Size())
		}
	}
	for i, p := range paths {
		if ctx.Err() != nil {
			return ctx.Err()
		}
		if errs[i] != nil {
			r.fail(&DocError{Path: p, Stage: "read", Err: errs[i]})
			continue
		}
		if err := r.path(ctx, p, infos[i]); err != nil {
			return err
		}
	}
	return nil
}

func (r *reader) path(ctx context.Context, p string, info fs.FileInfo) error {
	if !info.Mode().IsRegular() {
		r.fail(&DocError{Path: p, Stage: "read", Err: fmt.Errorf("not a regular file (%s)", info.Mode().Type())})
		return nil
	}
	f, err := os.Open(p)
	if err != nil {
		r.fail(&DocError{Path: p, Stage: "read", Err: err})
		return nil
	}
	defer f.Close()
	return r.file(ctx, p, f)
}

// file reads one input. A file whose extension does not say its format
// (one named on the command line) is sniffed.
func (r *reader) file(ctx context.Context, name string, f io.Reader) error {
	var in io.Reader = bufio.NewReaderSize(f, 64<<10)
	if strings.HasSuffix(strings.ToLower(name), ".gz") {
		gz, err := gzip.NewReader(in)
		if err != nil {
			r.fail(&DocError{Path: name, Stage: "read", Err: fmt.Errorf("gunzip: %w", err)})
			return nil
		}
		defer gz.Close()
		in = gz
	}
	kind := kindOf(name)
	if kind == "jsonl" {
		return r.jsonl(ctx, name, in)
	}
	data, err := io.ReadAll(io.LimitReader(in, int64(r.max)+1))
	if err != nil {
		r.fail(&DocError{Path: name, Stage: "read", Err: err})
		return nil
	}
	if len(data) > r.max {
		r.fail(&DocError{Path: name, Stage: "read", Err: fmt.Errorf("%w: more than %d bytes", ErrTooLarge, r.max)})
		return nil
	}
	return r.emit(&Doc{Path: name, Format: formatOf(kind, data), Data: data, Size: len(data), Hash: hashOf(data)})
}

// formatOf returns the format of a file of the given kind (kindOf), sniffing
// the content when the name does not say.
func formatOf(kind string, data []byte) Format {
	if kind == "" {
		kind = sniffKind(data)
	}
	if kind == "html" {
		return FormatHTML
	}
	return FormatText
}

func sniffKind(data []byte) string {
	head := bytes.ToLower(bytes.TrimSpace(data[:min(len(data), 1024)]))
	if bytes.HasPrefix(head, []byte("<!doctype html")) || bytes.HasPrefix(head, []byte("<html")) || bytes.Contains(head, []byte("<body")) {
		return "html"
	}
	return "text"
}

// jsonlRecord is one line of a JSONL input.
type jsonlRecord struct {
	URL       string `json:"url"`
	HTML      string `json:"html"`
	Text      string `json:"text"`
	Published string `json:"published"`
	Title     string `json:"title"`
}

// jsonl emits one document per line. A bad line is reported with its line
// number and byte offset and skipped; the rest of the file goes on.
func (r *reader) jsonl(ctx context.Context, name string, in io.Reader) error {
	br := bufio.NewReaderSize(in, 256<<10)
	var offset int64
	for line := 1; ; line++ {
		if ctx.Err() != nil {
			return ctx.Err()
		}
		data, n, tooLong, err := readLine(br, r.max)
		start := offset
		offset += n
		if n == 0 && err != nil {
			if err != io.EOF {
				r.fail(&DocError{Path: name, Line: line, Offset: start, Stage: "read", Err: err})
			}
			return nil
		}
		fail := func(e error) { r.fail(&DocError{Path: name, Line: line, Offset: start, Stage: "read", Err: e}) }
		switch {
		case tooLong:
			fail(fmt.Errorf("%w: line longer than %d bytes", ErrTooLarge, r.max))
		case len(bytes.TrimSpace(data)) == 0:
			// blank lines are allowed
		default:
			d, perr := parseJSONLine(data)
			if perr != nil {
				fail(perr)
				break
			}
			d.Path, d.Line, d.Offset, d.Size, d.Hash = name, line, start, int(n), hashOf(data)
			if d.URL == "" {
				// The record's id is its path and line, so its hash must
				// name the line too: a record that moved to another line
				// (one was inserted above it) is not unchanged, or the
				// record now on its old line would overwrite it.
				d.Hash = hashOf(fmt.Appendf(bytes.Clone(data), "\n%d", line))
			}
			if err := r.emit(d); err != nil {
				return err
			}
		}
		if err != nil {
			if err != io.EOF {
				r.fail(&DocError{Path: name, Line: line, Offset: start, Stage: "read", Err: err})
			}
			return nil
		}
	}
}

// readLine reads one line of at most max bytes. A longer line is consumed
// and reported as tooLong without being kept in memory. n counts every byte
// consumed, including the newline.
func readLine(br *bufio.Reader, max int) (line []byte, n int64, tooLong bool, err error) {
	for {
		chunk, e := br.ReadSlice('\n')
		n += int64(len(chunk))
		if !tooLong {
			if len(line)+len(chunk) > max+1 {
				tooLong, line = true, nil
			} else {
				line = append(line, chunk...)
			}
		}
		if e == bufio.ErrBufferFull {
			continue
		}
		return bytes.TrimRight(line, "\r\n"), n, tooLong, e
	}
}

func parseJSONLine(data []byte) (*Doc, error) {
	if !utf8.Valid(data) {
		return nil, fmt.Errorf("invalid UTF-8 at byte %d of the line", invalidAt(data))
	}
	var rec jsonlRecord
	if err := json.Unmarshal(data, &rec); err != nil {
		return nil, fmt.Errorf("malformed JSON: %w", err)
	}
	d := &Doc{URL: rec.URL, Hint: Hint{Title: rec.Title, Published: rec.Published}}
	switch {
	case rec.HTML != "":
		d.Format, d.Raw = FormatHTML, rec.HTML
	case rec.Text != "":
		d.Format, d.Raw = FormatText, rec.Text
	default:
		return nil, errors.New(`no "html" or "text" field`)
	}
	return d, nil
}

func invalidAt(b []byte) int {
	for i := 0; i < len(b); {
		r, size := utf8.DecodeRune(b[i:])
		if r == utf8.RuneError && size == 1 {
			return i
		}
		i += size
	}
	return -1
}

func hashOf(data []byte) string {
	sum := sha256.Sum256(data)
	return hex.EncodeToString(sum[:16])
}
