package zhconv

import (
	"bytes"
	"io"
	"strings"
	"testing"
	"testing/iotest"

	"golang.org/x/text/transform"
	"golang.org/x/text/width"
)

// streamInputs are texts that cross transform.Reader's 4096-byte buffers in
// different ways: normal news, a long run without any safe cut, and a phrase
// of the chain's first group straddling a chunk edge.
func streamInputs(t *testing.T) map[string]string {
	return map[string]string{
		"news":           strings.Repeat(seedText(t), 3),
		"no safe cut":    strings.Repeat("長乾隆一目瞭然後來於其一口吃個螢幕保護程式", 400),
		"phrase at edge": strings.Repeat("長", 4094) + "一口吃個" + strings.Repeat("，", 10),
		"astral":         strings.Repeat("𠀾長", 3000),
	}
}

func TestStreamMatchesConvert(t *testing.T) {
	for _, config := range Configs {
		c, _ := New(config)
		for name, in := range streamInputs(t) {
			want := c.Convert(in)
			var b bytes.Buffer
			// One byte at a time: every cut decision is exercised.
			if err := c.Stream(&b, iotest.OneByteReader(strings.NewReader(in))); err != nil {
				t.Fatal(err)
			}
			if b.String() != want {
				t.Errorf("%s/%s: Stream differs from Convert", config, name)
			}
		}
	}
}

func TestTransformer(t *testing.T) {
	for _, config := range Configs {
		c, _ := New(config)
		for name, in := range streamInputs(t) {
			want := c.Convert(in)
			got, _, err := transform.String(c.Transformer(), in)
			if err != nil {
				t.Fatalf("%s/%s: %v", config, name, err)
			}
			if got != want {
				t.Errorf("%s/%s: transform.String differs from Convert", config, name)
			}
			data, err := io.ReadAll(transform.NewReader(iotest.HalfReader(strings.NewReader(in)), c.Transformer()))
			if err != nil {
				t.Fatalf("%s/%s: transform.Reader: %v", config, name, err)
			}
			if string(data) != want {
				t.Errorf("%s/%s: transform.Reader differs from Convert", config, name)
			}
		}
	}
}

func TestTransformerChainsWithWidthFold(t *testing.T) {
	c, _ := New("t2s")
	in := "長三角ＧＤＰ增長１２．５％，後來"
	got, _, err := transform.String(transform.Chain(width.Fold, c.Transformer()), in)
	if err != nil {
		t.Fatal(err)
	}
	if want := "长三角GDP增长12.5%,后来"; got != want {
		t.Errorf("got %q, want %q", got, want)
	}
}

func TestTransformerSmallDst(t *testing.T) {
	c, _ := New("tw2sp")
	in := strings.Repeat("使用SQL隱碼攻擊，", 50)
	tr := c.Transformer()
	var out []byte
	dst := make([]byte, 7)
	src := []byte(in)
	for len(src) > 0 {
		nDst, nSrc, err := tr.Transform(dst, src, true)
		out = append(out, dst[:nDst]...)
		src = src[nSrc:]
		if err != nil && err != transform.ErrShortDst {
			t.Fatal(err)
		}
		if err == nil && len(src) == 0 {
			break
		}
	}
	for { // drain what is pending
		nDst, _, err := tr.Transform(dst, nil, true)
		out = append(out, dst[:nDst]...)
		if err == nil {
			break
		}
	}
	if want := c.Convert(in); string(out) != want {
		t.Errorf("got %q, want %q", out, want)
	}
}
