package segment

import (
	"slices"
	"strings"
	"sync"
	"testing"
)

func texts(toks []SearchToken, sub bool) []string {
	var out []string
	for _, t := range toks {
		if t.Sub == sub {
			out = append(out, t.Text)
		}
	}
	return out
}

func TestTokens(t *testing.T) {
	tests := []struct {
		name, in string
		want     []string
	}{
		{"empty", "", nil},
		{"words", "上海市科委副主任说", []string{"上海市", "科委", "副", "主任", "说"}},
		{"punctuation kept, whitespace dropped", "研究 生命起源。\n发展很快！", []string{"研究", "生命", "起源", "。", "发展", "很快", "！"}},
		{"latin keeps case and digits stay together", "iPhone15在2025年发布", []string{"iPhone15", "在", "2025", "年", "发布"}},
		{"latin run apart from han", "采用AA制", []string{"采用", "AA", "制"}},
		{"quotes are tokens", "“新材料”", []string{"“", "新", "材料", "”"}},
		{"only whitespace", " \t\n\u3000", nil},
	}
	s := Default()
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var got []string
			for _, tok := range s.Tokens(tt.in) {
				got = append(got, tok.Text)
			}
			if !slices.Equal(got, tt.want) {
				t.Errorf("got %q, want %q", got, tt.want)
			}
		})
	}
}

func TestTokensOffsetsOfRepeatedWords(t *testing.T) {
	in := "科委 科委，上海市科委和上海市科委"
	var got []int
	for _, tok := range Default().Tokens(in) {
		if tok.Text == "科委" {
			got = append(got, tok.Start)
		}
		if in[tok.Start:tok.End] != tok.Text {
			t.Errorf("token %q at %d:%d, text there is %q", tok.Text, tok.Start, tok.End, in[tok.Start:tok.End])
		}
	}
	want := []int{0, 7, 25, 43}
	if !slices.Equal(got, want) {
		t.Errorf("科委 starts: got %v, want %v", got, want)
	}
}

func TestTokensPos(t *testing.T) {
	toks := Default().Tokens("上海市，囧囧")
	for _, tok := range toks {
		switch tok.Text {
		case "上海市":
			if tok.Pos != "ns" {
				t.Errorf("%s: got pos %q, want %q", tok.Text, tok.Pos, "ns")
			}
		case "，":
			if tok.Pos != "" {
				t.Errorf("%s: got pos %q, want none", tok.Text, tok.Pos)
			}
		}
	}
}

func TestSearchTokens(t *testing.T) {
	tests := []struct {
		name, in      string
		precise, subs []string
		notSub        []string
	}{
		{"place name", "上海市科委", []string{"上海市", "科委"}, []string{"上海", "市"}, nil},
		{"nested compound", "中华人民共和国成立", []string{"中华人民共和国", "成立"},
			[]string{"中华", "人民共和国", "人民", "共和国", "共和", "国"}, []string{"华人"}},
		{"no leading single rune", "大学生", []string{"大学生"}, []string{"学生"}, []string{"大", "生"}},
		{"no single runes in two-rune words", "科委", []string{"科委"}, nil, []string{"科", "委"}},
		{"short words have none", "研究生命", []string{"研究", "生命"}, nil, nil},
		{"letters and digits", "iPhone15和G20", []string{"iPhone15", "和", "G20"}, []string{"iPhone", "15", "20"}, []string{"G"}},
		{"plain latin word", "Apple发布", []string{"Apple", "发布"}, nil, nil},
	}
	s := Default()
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			toks := s.SearchTokens(tt.in)
			if got := texts(toks, false); !slices.Equal(got, tt.precise) {
				t.Errorf("precise: got %q, want %q", got, tt.precise)
			}
			if got := texts(toks, true); !slices.Equal(got, tt.subs) {
				t.Errorf("sub-words: got %q, want %q", got, tt.subs)
			}
			for _, w := range tt.notSub {
				if slices.Contains(texts(toks, true), w) {
					t.Errorf("sub-words contain %q", w)
				}
			}
		})
	}
}

func TestSearchTokensPositions(t *testing.T) {
	in := "中华人民共和国成立了"
	toks := Default().SearchTokens(in)
	parent := map[int]SearchToken{}
	for _, tok := range toks {
		if !tok.Sub {
			parent[tok.Position] = tok
			continue
		}
		p, ok := parent[tok.Position]
		if !ok {
			t.Fatalf("sub-word %q at position %d before its parent", tok.Text, tok.Position)
		}
		if tok.Start < p.Start || tok.End > p.End || tok.End-tok.Start >= p.End-p.Start {
			t.Errorf("sub-word %q %d:%d not inside parent %q %d:%d", tok.Text, tok.Start, tok.End, p.Text, p.Start, p.End)
		}
	}
	if len(parent) != len(Default().Tokens(in)) {
		t.Errorf("got %d positions, want one per precise token (%d)", len(parent), len(Default().Tokens(in)))
	}
}

func TestLongChunkIsCut(t *testing.T) {
	in := strings.Repeat("材料", 3*maxChunk)
	toks := Default().Tokens(in)
	end := 0
	for _, tok := range toks {
		if tok.Start != end {
			t.Fatalf("gap before %q at %d, previous end %d", tok.Text, tok.Start, end)
		}
		end = tok.End
	}
	if end != len(in) {
		t.Errorf("tokens end at %d, want %d", end, len(in))
	}
}

func TestConcurrentUse(t *testing.T) {
	text := strings.Repeat("上海市科委副主任说，新材料产业发展很快。中华人民共和国成立以来，大学生人数不断增长。", 20)
	want := Default().SearchTokens(text)
	var wg sync.WaitGroup
	errs := make(chan string, 8)
	for range 8 {
		wg.Go(func() {
			for range 5 {
				if got := Default().SearchTokens(text); !slices.Equal(got, want) {
					errs <- "concurrent SearchTokens differ from serial"
					return
				}
				q := "上海市科委"
				sub, err := loadSubset(q)
				if err != nil {
					errs <- err.Error()
					return
				}
				if got, want := sub.Tokens(q), Default().Tokens(q); !slices.Equal(got, want) {
					errs <- "concurrent subset segmenter differs from Default"
					return
				}
			}
		})
	}
	wg.Wait()
	close(errs)
	for e := range errs {
		t.Fatal(e)
	}
}

func TestZeroSegmenter(t *testing.T) {
	var s Segmenter
	in := "上海市科委"
	if got, want := s.Tokens(in), Default().Tokens(in); !slices.Equal(got, want) {
		t.Errorf("zero Segmenter: got %v, want %v", got, want)
	}
}
