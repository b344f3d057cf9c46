package webpage

import "testing"

func TestFindDate(t *testing.T) {
	tests := []struct{ in, want string }{
		{"2024年03月29日 15:07", "2024-03-29T15:07:00+08:00"},
		{"发布时间：2024-03-29 15:07:43 来源：新华网", "2024-03-29T15:07:43+08:00"},
		{"2024/3/9", "2024-03-09"},
		{"２０２４年３月２９日", "2024-03-29"},
		{"发布日期：9/17/2004 5:54:13 AM", "2004-09-17T05:54:13+08:00"},
		{"7/5/2005 9:23:57 PM", "2005-07-05T21:23:57+08:00"},
		{"12/1/2005 12:05 AM", "2005-12-01T00:05:00+08:00"},
		{"2024年02月30日", ""},
		{"1880年1月1日", ""},
		{"第3/4/5页", ""},
		{"没有日期", ""},
		{"2003-7-24 钱江晚报", "2003-07-24"},
		{"更新于 2023-13-01，发布于 2023-12-01", "2023-12-01"},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			if got := findDate(tt.in); got != tt.want {
				t.Errorf("got %q, want %q", got, tt.want)
			}
		})
	}
}

func TestMetaDate(t *testing.T) {
	tests := []struct{ in, want string }{
		{"2024-03-29T15:07:43+08:00", "2024-03-29T15:07:43+08:00"},
		{"2024-03-29T07:07:43.000Z", "2024-03-29T15:07:43+08:00"},
		{"2024-03-29T20:00:00Z", "2024-03-30T04:00:00+08:00"},
		{"2024-03-29 15:07:43", "2024-03-29T15:07:43+08:00"},
		{"1711696063", "2024-03-29T15:07:43+08:00"},
		{"1711696063000", "2024-03-29T15:07:43+08:00"},
		{"soon", ""},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			if got := metaDate(tt.in); got != tt.want {
				t.Errorf("got %q, want %q", got, tt.want)
			}
		})
	}
}

func TestShortDate(t *testing.T) {
	known := []string{"2019-09-30 22:46:13"}
	tests := []struct{ in, want string }{
		{"发布时间：09-3022:46青岛软媒网络科技有限公司", "2019-09-30T22:46:00+08:00"},
		{"发布时间：18-03-0823:16", "2018-03-08T23:16:00+08:00"},
		{"发布时间：10-0812:00", ""}, // no year on the page for 8 October
		{"发布时间：09-30 22:46", "2019-09-30T22:46:00+08:00"},
		{"第09-30页 22:46", ""},
		{"发布时间：13-4522:46", ""},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			if got := shortDate(tt.in, known); got != tt.want {
				t.Errorf("got %q, want %q", got, tt.want)
			}
		})
	}
}

func TestUpdateLine(t *testing.T) {
	tests := []struct {
		in   string
		want bool
	}{
		{"最后更新: 2019-09-07 09:27:48", true},
		{"更新时间：2024-03-29", true},
		{"2019-09-07 09:25:09 来源：观察者网", false},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			if got := updateLine(tt.in); got != tt.want {
				t.Errorf("got %v, want %v", got, tt.want)
			}
		})
	}
}
