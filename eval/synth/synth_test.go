package synth

import (
	"bytes"
	"strings"
	"testing"
)

func TestGenerate(t *testing.T) {
	var texts [][]byte
	err := Generate(50, 1, func(name string, text []byte) error {
		if !strings.HasSuffix(name, ".txt") {
			t.Errorf("name %q is not a .txt", name)
		}
		texts = append(texts, text)
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	distinct := map[string]bool{}
	for _, tx := range texts {
		distinct[string(tx)] = true
		if len(tx) < 300 {
			t.Errorf("article too short: %q", tx)
		}
		if !bytes.Contains(tx, []byte("来源:")) {
			t.Errorf("article without a meta line")
		}
	}
	if len(distinct) != 50 {
		t.Errorf("%d distinct articles of 50", len(distinct))
	}
	var again []byte
	Generate(1, 1, func(_ string, text []byte) error { again = text; return nil })
	if !bytes.Equal(again, texts[0]) {
		t.Error("same seed gave a different article")
	}
}
