package zhconv

import (
	"errors"
	"io"
	"unicode/utf8"
	"unsafe"

	"golang.org/x/text/transform"
)

// initKeyRunes collects the runes that occur in some key of the converter's
// dictionaries. Cutting a text just before any other rune never changes the
// result: no match can cross it in segmentation or in any link of the chain.
func (c *Converter) initKeyRunes() {
	c.keyRunes = newRuneSet()
	for _, m := range append([]*matcher{c.seg}, c.chain...) {
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
// and b[q:] separately equals converting b; 0 if there is none. Offsets up
// to floor are known to hold no cut and are not scanned again.
func (c *Converter) lastCut(b []byte, floor int) int {
	for end := len(b); end > floor && end > 0; {
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
	floor := 0 // buf[:floor] holds no safe cut
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
			q = c.lastCut(buf, floor)
		}
		floor = max(0, len(buf)-utf8.UTFMax)
		if q > 0 {
			out = c.appendConvert(out[:0], unsafe.String(unsafe.SliceData(buf), q), nil)
			if _, werr := w.Write(out); werr != nil {
				return werr
			}
			buf = buf[:copy(buf, buf[q:])]
			floor = 0
		}
		if eof {
			return nil
		}
	}
}

// Transformer returns a transform.Transformer that converts like c, so it
// chains with others: transform.Chain(width.Fold, c.Transformer()). It is
// exact: it converts up to the last safe cut of its input and keeps a tail
// without one until more input or EOF arrives.
func (c *Converter) Transformer() transform.Transformer { return &transformer{c: c} }

type transformer struct {
	c       *Converter
	carry   []byte // consumed input not yet converted: no safe cut in it
	pending []byte // converted bytes not yet written to dst
	off     int
}

func (t *transformer) Reset() { t.carry, t.pending, t.off = t.carry[:0], t.pending[:0], 0 }

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
		floor := 0
		if len(t.carry) > 0 {
			floor = max(0, len(t.carry)-utf8.UTFMax)
			t.carry = append(t.carry, rest...)
			nSrc = len(src)
			rest = t.carry
		}
		if len(rest) == 0 {
			return nDst, nSrc, nil
		}
		q := len(rest)
		if !atEOF {
			q = t.c.lastCut(rest, floor)
		}
		if q == 0 {
			if len(t.carry) == 0 {
				t.carry = append(t.carry, rest...)
				nSrc = len(src)
			}
			return nDst, nSrc, nil
		}
		t.pending = t.c.appendConvert(t.pending, unsafe.String(unsafe.SliceData(rest), q), nil)
		if len(t.carry) > 0 {
			t.carry = t.carry[:copy(t.carry, t.carry[q:])]
		} else {
			nSrc += q
		}
	}
}
