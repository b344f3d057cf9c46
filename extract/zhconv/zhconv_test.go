package zhconv

import (
	"strings"
	"testing"
)

// Every want below is what `opencc -c <config>.json` (OpenCC 1.1.6) prints.
var convertTests = []struct {
	name, config, in, want string
}{
	{"characters", "t2s", "長三角", "长三角"},
	{"phrase before characters", "t2s", "一目瞭然", "一目了然"},
	{"phrase keeps 乾", "t2s", "乾隆皇帝下江南，乾坤未定。", "乾隆皇帝下江南，乾坤未定。"},
	{"character 乾 to 干", "t2s", "乾杯", "干杯"},
	{"著 is left alone", "t2s", "著名作家张著", "著名作家张著"},
	{"simplified unchanged", "t2s", "长三角一体化发展，头发里面的系统", "长三角一体化发展，头发里面的系统"},
	{"mixed", "t2s", "長三角一体化發展", "长三角一体化发展"},
	{"後 and 后", "t2s", "後來他去了皇后大道", "后来他去了皇后大道"},
	{"astral characters copied", "t2s", "𠀾𡃁", "𠀾𡃁"},
	{"full width kept", "t2s", "ＡＢＣ１２３", "ＡＢＣ１２３"},
	{"empty", "t2s", "", ""},
	{"ascii and newlines", "t2s", "a\r\nb\n\n", "a\r\nb\n\n"},
	{"invalid utf-8 copied", "t2s", "\xff長\xe4", "\xff长\xe4"},
	{"hk variant", "hk2s", "衞生", "卫生"},
	{"t2s keeps hk variant", "t2s", "衞生", "衞生"},
	{"tw2s", "tw2s", "臺灣軟體", "台湾软体"},
	{"tw2sp phrases", "tw2sp", "軟體|滑鼠|計程車", "软件|鼠标|出租车"},
	{"tw2sp phrase changes length", "tw2sp", "使用SQL隱碼攻擊和螢幕保護程式", "使用SQL注入和屏幕保护程序"},
	// 乾元 is a TSPhrases segment, so TWPhrasesRev's 元件 cannot match
	// across its edge: OpenCC converts segments independently.
	{"segment edge blocks phrase", "tw2sp", "乾元件|元件", "乾元件|组件"},
	{"tw2s has no phrases", "tw2s", "元件", "元件"},
}

func TestConvert(t *testing.T) {
	for _, tt := range convertTests {
		t.Run(tt.config+"/"+tt.name, func(t *testing.T) {
			c, err := New(tt.config)
			if err != nil {
				t.Fatal(err)
			}
			if got := c.Convert(tt.in); got != tt.want {
				t.Errorf("Convert(%q) = %q, want %q", tt.in, got, tt.want)
			}
			got, _ := c.ConvertAligned(tt.in)
			if got != tt.want {
				t.Errorf("ConvertAligned(%q) = %q, want %q", tt.in, got, tt.want)
			}
			var b strings.Builder
			if err := c.Stream(&b, strings.NewReader(tt.in)); err != nil {
				t.Fatal(err)
			}
			if b.String() != tt.want {
				t.Errorf("Stream(%q) = %q, want %q", tt.in, b.String(), tt.want)
			}
		})
	}
}

func TestNew(t *testing.T) {
	for _, name := range Configs {
		c, err := New(name)
		if err != nil {
			t.Fatalf("New(%q): %v", name, err)
		}
		if c.Name() != name {
			t.Errorf("Name() = %q, want %q", c.Name(), name)
		}
		if again, _ := New(name); again != c {
			t.Errorf("New(%q) built the converter twice", name)
		}
	}
	for _, bad := range []string{"", "s2t", "t2s.json", "../t2s"} {
		if _, err := New(bad); err == nil {
			t.Errorf("New(%q): got no error", bad)
		}
	}
}

func TestT2S(t *testing.T) {
	if got, want := T2S("長三角經濟"), "长三角经济"; got != want {
		t.Errorf("T2S = %q, want %q", got, want)
	}
}

func TestDetect(t *testing.T) {
	tests := []struct {
		name, in string
		want     Script
	}{
		{"traditional", "長三角三省一市人大常委會通過決定", Traditional},
		{"simplified", "长三角三省一市人大常委会通过决定", Simplified},
		{"mixed", "长三角三省一市人大常委会通过決定，經濟發展", Mixed},
		{"query", "長三角", Traditional},
		{"no markers", "上海市人民", Simplified},
		{"ascii", "hello 2024", Simplified},
		{"empty", "", Simplified},
		{"simplified names with 乾 and 著", "乾隆年间，著名学者张著与乾坤大挪移", Simplified},
		{"simplified with 后 and 里", "后来他在家里看书", Simplified},
		{"taiwan 群 is not simplified", "臺灣群眾運動", Traditional},
		{"one stray traditional character", strings.Repeat("这是简体中文的新闻报道，经济发展。", 10) + "於", Simplified},
		{"one stray simplified character", strings.Repeat("這是繁體中文的新聞報導，經濟發展。", 10) + "发", Traditional},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := Detect(tt.in); got != tt.want {
				t.Errorf("Detect(%q) = %q, want %q", tt.in, got, tt.want)
			}
		})
	}
}

// TestConcurrent loads and uses every converter from many goroutines at
// once; run with -race.
func TestConcurrent(t *testing.T) {
	resetCaches()
	done := make(chan string)
	for i := 0; i < 8; i++ {
		go func() {
			config := Configs[i%len(Configs)]
			c, err := New(config)
			if err != nil {
				done <- err.Error()
				return
			}
			out, _ := c.ConvertAligned("長三角" + string(Detect("後來")))
			done <- out + T2S("發展")
		}()
	}
	for i := 0; i < 8; i++ {
		if got, want := <-done, "长三角traditional发展"; got != want {
			t.Errorf("got %q, want %q", got, want)
		}
	}
}

// TestDirectEqualsSegmented checks the t2s shortcut against the general
// segment-then-convert path on the Traditional seed page.
func TestDirectEqualsSegmented(t *testing.T) {
	c, _ := New("t2s")
	if !c.direct {
		t.Fatal("t2s does not take the direct path")
	}
	general := *c
	general.direct = false
	in := seedText(t) + "一目瞭然乾隆乾杯"
	if got, want := c.Convert(in), general.Convert(in); got != want {
		t.Errorf("direct and segmented conversions differ:\n%q\n%q", got, want)
	}
	for _, name := range []string{"hk2s", "tw2s", "tw2sp"} {
		if c, _ := New(name); c.direct {
			t.Errorf("%s takes the direct path but has a two-link chain", name)
		}
	}
}

func TestSimplify(t *testing.T) {
	tests := []struct{ in, want string }{
		{"", ""},
		{"長三角科技創新", "长三角科技创新"},
		{"乾隆年间著名学者", "乾隆年间著名学者"}, // Simplified: left as written
		{"长三角科技创新", "长三角科技创新"},
	}
	c, err := New("t2s")
	if err != nil {
		t.Fatal(err)
	}
	for _, tt := range tests {
		if got := Simplify(tt.in); got != tt.want {
			t.Errorf("Simplify(%q) = %q, want %q", tt.in, got, tt.want)
		}
		if got := c.Simplify(tt.in); got != tt.want {
			t.Errorf("Converter.Simplify(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}
