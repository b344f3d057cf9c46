package zhconv

import (
	"errors"
	"io"
	"unicode/utf8"
	"unsafe"

	"golang.org/x/text/transform"
)

// initSafe collects the runes that occur in no key of the converter's
// dictionaries. Cutting a text just before such a rune never changes the
// result: no match can cross it in segmentation or in any link of the chain.
func (c *Converter) initSafe() {
	c.keyRunes = newRuneSet()
	for _, m := range append([]*matcher{c.seg}, c.chain...) {
		c.maxKey = max(c.maxKey, m.maxKey)
		for _, cd := range m.cands {
			for _, r := range cd.key {
				c.keyRunes.add(r)
			}
		}
	}
}

// isSafe reports whether a cut just before r is exact.
func (c *Converter) isSafe(r rune) bool {
	return r != utf8.RuneError && !c.keyRunes.has(r)
}

// lastCut returns the largest offset q > 0 of b such that converting b[:q]
// and b[q:] separately equals converting b; 0 if there is none.
func (c *Converter) lastCut(b []byte) int {
	for end := len(b); end > 0; {
		r, n := utf8.DecodeLastRune(b[:end])
		end -= n
		if end > 0 && c.isSafe(r) {
			return end
		}
	}
	return 0
}

// Stream converts r to w like `opencc -c`, in chunks cut where the result
// cannot change, so memory stays flat for any input that has a line break,
// space or punctuation mark every so often.
func (c *Converter) Stream(w io.Writer, r io.Reader) error {
	const chunk = 256 << 10
	buf := make([]byte, 0, chunk)
	var out []byte
	for {
		if cap(buf)-len(buf) < chunk/2 {
			buf = append(buf[:cap(buf)], make([]byte, chunk)...)[:len(buf)]
		}
		n, err := r.Read(buf[len(buf):cap(buf)])
		buf = buf[:len(buf)+n]
		eof := errors.Is(err, io.EOF)
		if err != nil && !eof {
			return err
		}
		q := len(buf)
		if !eof {
			q = c.lastCut(buf)
		}
		if q > 0 {
			out = c.appendConvert(out[:0], unsafe.String(unsafe.SliceData(buf), q), nil)
			if _, werr := w.Write(out); werr != nil {
				return werr
			}
			buf = buf[:copy(buf, buf[q:])]
		}
		if eof {
			return nil
		}
	}
}

// Transformer returns a transform.Transformer that converts like c, so it
// chains with others: transform.Chain(width.Fold, zhconv.Transformer(c)).
// It cuts its input where the result cannot change; a run of more than
// fallbackRun bytes without a line break, space, punctuation or other
// character outside every dictionary key is cut at a segment edge instead,
// where a variant phrase of hk2s, tw2s or tw2sp could in theory be split.
func (c *Converter) Transformer() transform.Transformer { return &transformer{c: c} }

// fallbackRun is how long a run without a safe cut may grow before the
// transformer cuts it anyway; transform.Reader's buffers hold 4096 bytes.
const fallbackRun = 2048

type transformer struct {
	c       *Converter
	pending []byte // converted bytes not yet written to dst
	off     int
}

func (t *transformer) Reset() { t.pending, t.off = t.pending[:0], 0 }

func (t *transformer) Transform(dst, src []byte, atEOF bool) (nDst, nSrc int, err error) {
	for {
		n := copy(dst[nDst:], t.pending[t.off:])
		nDst += n
		t.off += n
		if t.off < len(t.pending) {
			return nDst, nSrc, transform.ErrShortDst
		}
		t.pending, t.off = t.pending[:0], 0
		rest := src[nSrc:]
		if len(rest) == 0 {
			return nDst, nSrc, nil
		}
		q := len(rest)
		if !atEOF {
			q = t.c.lastCut(rest)
			if q == 0 && len(rest) >= fallbackRun {
				q = t.c.segmentEdge(rest)
			}
			if q == 0 {
				return nDst, nSrc, transform.ErrShortSrc
			}
		}
		t.pending = t.c.appendConvert(t.pending, unsafe.String(unsafe.SliceData(rest), q), nil)
		nSrc += q
	}
}

// segmentEdge returns the last offset of b that the segmentation reaches and
// decides without looking past the end of b, preferring the edge of a
// matched phrase.
func (c *Converter) segmentEdge(b []byte) int {
	s := unsafe.String(unsafe.SliceData(b), len(b))
	lastPhrase, lastRune := 0, 0
	for p := 0; p+c.maxKey <= len(s); {
		if n := c.seg.matchAt(s, p); n > 0 {
			p += n
			lastPhrase = p
		} else {
			p += runeLen(s, p)
		}
		lastRune = p
	}
	if lastPhrase > 0 {
		return lastPhrase
	}
	return lastRune
}
