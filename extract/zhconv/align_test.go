package zhconv

import (
	"reflect"
	"testing"
)

func TestAlignment(t *testing.T) {
	c, err := New("tw2sp")
	if err != nil {
		t.Fatal(err)
	}
	// 使用SQL隱碼攻擊和螢幕保護程式 -> 使用SQL注入和屏幕保护程序:
	// input runes 2..9 (SQL隱碼攻擊) became output runes 2..7 (SQL注入).
	out, al := c.ConvertAligned("使用SQL隱碼攻擊和螢幕保護程式")
	if want := "使用SQL注入和屏幕保护程序"; out != want {
		t.Fatalf("got %q, want %q", out, want)
	}
	tests := []struct {
		name               string
		start, end         int
		wantStart, wantEnd int
	}{
		{"before the phrase", 0, 2, 0, 2},
		{"inside the phrase widens", 5, 7, 2, 9},
		{"whole phrase", 2, 7, 2, 9},
		{"after the phrase shifts", 7, 8, 9, 10},
		{"to the end", 8, 14, 10, 16},
		{"empty span at an edge", 7, 7, 9, 9},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s, e := al.Source(tt.start, tt.end)
			if s != tt.wantStart || e != tt.wantEnd {
				t.Errorf("Source(%d, %d) = (%d, %d), want (%d, %d)", tt.start, tt.end, s, e, tt.wantStart, tt.wantEnd)
			}
		})
	}
	if al.Identity() {
		t.Error("Identity() = true for a length-changing conversion")
	}
	if _, al := c.ConvertAligned("長三角"); !al.Identity() {
		t.Error("Identity() = false for a one-to-one conversion")
	}
}

func TestCompose(t *testing.T) {
	tests := []struct {
		name string
		f, g []unit
		m    int
		want []unit
	}{
		{"identity first", nil, []unit{{0, 2, 0, 1}}, 3, []unit{{0, 2, 0, 1}}},
		{"identity second", []unit{{0, 2, 0, 1}}, nil, 2, []unit{{0, 2, 0, 1}}},
		{"disjoint", []unit{{0, 2, 0, 1}}, []unit{{1, 2, 1, 3}}, 2, []unit{{0, 2, 0, 1}, {2, 3, 1, 3}}},
		{"overlapping merge", []unit{{0, 2, 0, 1}}, []unit{{0, 2, 0, 1}}, 2, []unit{{0, 3, 0, 1}}},
		{"lengths cancel", []unit{{0, 2, 0, 1}}, []unit{{0, 1, 0, 2}}, 1, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := compose(tt.f, tt.g, tt.m); !reflect.DeepEqual(got, tt.want) {
				t.Errorf("compose = %v, want %v", got, tt.want)
			}
		})
	}
}

// checkAlignment verifies that al maps the output's rune offsets onto the
// input's monotonically, within range, and edge to edge.
func checkAlignment(t *testing.T, al Alignment, inRunes, outRunes int) {
	t.Helper()
	if s, e := al.Source(0, outRunes); s != 0 || e != inRunes {
		t.Fatalf("Source(0, %d) = (%d, %d), want (0, %d)", outRunes, s, e, inRunes)
	}
	prev := 0
	for i := 0; i <= outRunes; i++ {
		o := al.Offset(i)
		_, e := al.Source(i, i)
		if o < prev || o > inRunes || e < o || e > inRunes {
			t.Fatalf("offset %d maps to %d (end %d) after %d, input has %d runes", i, o, e, prev, inRunes)
		}
		prev = o
	}
}
