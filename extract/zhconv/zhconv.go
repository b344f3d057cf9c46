// Package zhconv converts Traditional Chinese to Simplified Chinese exactly as
// OpenCC does, in pure Go, with OpenCC's own dictionaries and configurations.
//
// A conversion is the one OpenCC describes in its JSON configuration (t2s,
// hk2s, tw2s, tw2sp): the text is first segmented by maximum forward match
// over the segmentation dictionary (each matched phrase is a segment, and the
// characters between two phrases form one segment), then every segment goes
// through the conversion chain. Each link of the chain is a dictionary group:
// at each position the first dictionary of the group that has any key
// matching there wins with its longest key, and the key is replaced by the
// entry's first value; a character no dictionary knows is copied. Matches
// never cross a segment boundary. The output is byte-identical to
// `opencc -c <config>.json` for valid UTF-8 without NUL bytes (OpenCC stops a
// line at NUL and rejects invalid UTF-8; zhconv copies both through).
//
// The dictionaries under dict/ are generated from Debian's opencc package by
// gen.go and embedded, so using this package never needs OpenCC installed.
// Each configuration is loaded on first use.
//
// Offsets: Alignment maps Unicode code point (rune) offsets of a converted
// text back to rune offsets of its input.
package zhconv

import (
	"fmt"
	"sync"
	"unsafe"
)

// Configs lists the configuration names New accepts.
var Configs = []string{"t2s", "hk2s", "tw2s", "tw2sp"}

// Converter converts text with one OpenCC configuration. It is immutable and
// safe for concurrent use.
type Converter struct {
	name  string
	seg   *matcher   // segmentation dictionary
	chain []*matcher // conversion chain, one matcher per dictionary group
	// direct is set when one pass of chain[0] over the whole text gives
	// the segmented result (see canSkipSegmentation).
	direct bool
	// keyRunes holds every rune of every key of seg and chain; a text
	// can be cut before any other rune without changing the result.
	keyRunes runeSet
}

var registry struct {
	mu    sync.Mutex
	convs map[string]*Converter
}

// New returns the converter for an OpenCC configuration: "t2s", "hk2s",
// "tw2s" or "tw2sp". Converters are built once and shared.
func New(config string) (*Converter, error) {
	registry.mu.Lock()
	defer registry.mu.Unlock()
	if c, ok := registry.convs[config]; ok {
		return c, nil
	}
	c, err := build(config)
	if err != nil {
		return nil, fmt.Errorf("zhconv: config %q: %w", config, err)
	}
	if registry.convs == nil {
		registry.convs = map[string]*Converter{}
	}
	registry.convs[config] = c
	return c, nil
}

// Name returns the configuration name the converter was built from.
func (c *Converter) Name() string { return c.name }

// Convert returns s converted.
func (c *Converter) Convert(s string) string {
	out := c.appendConvert(make([]byte, 0, len(s)+len(s)/8), s, nil)
	return unsafe.String(unsafe.SliceData(out), len(out))
}

// ConvertAligned returns s converted and the alignment of the output's rune
// offsets to the input's. With OpenCC 1.1.6's dictionaries only tw2sp
// changes lengths (使用者 -> 用户); for t2s, hk2s and tw2s the alignment is
// the identity.
func (c *Converter) ConvertAligned(s string) (string, Alignment) {
	rec := &recorder{}
	out := c.appendConvert(make([]byte, 0, len(s)+len(s)/8), s, rec)
	return unsafe.String(unsafe.SliceData(out), len(out)), Alignment{units: rec.units}
}

// AppendConvert appends the conversion of s to dst and returns the result.
func (c *Converter) AppendConvert(dst []byte, s string) []byte {
	return c.appendConvert(dst, s, nil)
}

var t2s struct {
	once sync.Once
	c    *Converter
}

// Simplify converts s unless Detect finds it Simplified already. t2s is
// not the identity on Simplified text (names written with 乾 or 著), so
// text that is Simplified stays as written.
func (c *Converter) Simplify(s string) string {
	if alreadySimplified(s) {
		return s
	}
	return c.Convert(s)
}

func alreadySimplified(s string) bool { return s == "" || Detect(s) == Simplified }

// T2S converts s with the shared "t2s" converter, loaded on first use.
func T2S(s string) string { return sharedT2S().Convert(s) }

// Simplify is Converter.Simplify with the shared "t2s" converter: for user
// input such as queries, which may be written in either script.
func Simplify(s string) string {
	if alreadySimplified(s) {
		return s // without loading the tables
	}
	return sharedT2S().Convert(s)
}

func sharedT2S() *Converter {
	t2s.once.Do(func() {
		c, err := New("t2s")
		if err != nil {
			panic(err) // the tables are embedded: this is a build defect
		}
		t2s.c = c
	})
	return t2s.c
}

// appendConvert segments s and sends each segment through the chain.
func (c *Converter) appendConvert(dst []byte, s string, rec *recorder) []byte {
	if c.direct {
		if rec == nil {
			return c.chain[0].appendConvert(dst, s, nil)
		}
		var lr localRecorder
		start := len(dst)
		dst = c.chain[0].appendConvert(dst, s, &lr)
		rec.add(s, unsafe.String(unsafe.SliceData(dst[start:]), len(dst)-start), lr.units)
		return dst
	}
	var sc scratch
	runStart := 0
	for p := 0; p < len(s); {
		n, size := c.seg.matchAt(s, p)
		if n == 0 {
			p += size
			continue
		}
		dst = c.segment(dst, s[runStart:p], rec, &sc)
		dst = c.segment(dst, s[p:p+n], rec, &sc)
		p += n
		runStart = p
	}
	return c.segment(dst, s[runStart:], rec, &sc)
}

// canSkipSegmentation reports whether segmenting can be skipped: when the
// chain is one group whose first dictionary is the segmentation dictionary
// and whose other dictionaries have single-character keys only (t2s), the
// group matches a phrase exactly where segmentation would cut it out, and
// elsewhere matches single characters, which no segment edge can split.
func canSkipSegmentation(seg *matcher, chain []*matcher) bool {
	if len(chain) != 1 || len(seg.dicts) != 1 || len(chain[0].dicts) == 0 || chain[0].dicts[0] != seg.dicts[0] {
		return false
	}
	for _, d := range chain[0].dicts[1:] {
		for _, e := range d.entries {
			if e.keyRunes != 1 {
				return false
			}
		}
	}
	return true
}

// scratch holds the buffers a conversion chain reuses between segments.
type scratch struct {
	buf [2][]byte
}

// segment converts one segment through the whole chain and appends it.
func (c *Converter) segment(dst []byte, seg string, rec *recorder, sc *scratch) []byte {
	if seg == "" {
		return dst
	}
	if rec != nil {
		return c.segmentAligned(dst, seg, rec, sc)
	}
	cur := seg
	last := len(c.chain) - 1
	for i, m := range c.chain[:last] {
		b := &sc.buf[i%2] // cur lives in the other buffer
		*b = m.appendConvert((*b)[:0], cur, nil)
		cur = unsafe.String(unsafe.SliceData(*b), len(*b))
	}
	return c.chain[last].appendConvert(dst, cur, nil)
}

// segmentAligned is segment recording where runes changed count: each link
// of the chain records its own units, composed into units of the segment.
func (c *Converter) segmentAligned(dst []byte, seg string, rec *recorder, sc *scratch) []byte {
	cur := seg
	var units []unit
	for i, m := range c.chain {
		var lr localRecorder
		b := &sc.buf[i%2]
		*b = m.appendConvert((*b)[:0], cur, &lr)
		units = compose(units, lr.units, runeCount(cur))
		cur = unsafe.String(unsafe.SliceData(*b), len(*b))
	}
	rec.add(seg, cur, units)
	return append(dst, cur...)
}
