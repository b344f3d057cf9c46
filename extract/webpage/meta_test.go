package webpage

import "testing"

func TestStripSuffixChannels(t *testing.T) {
	tests := []struct{ in, want string }{
		{"共享充电宝涨价告别1元时代：是“收割韭菜”还是回归理性_10%公司_澎湃新闻-The Paper", "共享充电宝涨价告别1元时代：是“收割韭菜”还是回归理性"},
		{"上海发布新材料产业行动方案-新华网", "上海发布新材料产业行动方案"},
		{"上海发布新材料产业行动方案 - China Daily", "上海发布新材料产业行动方案"},
		{"一个没有后缀的标题", "一个没有后缀的标题"},
	}
	for _, tt := range tests {
		if got := stripSuffix(tt.in); got != tt.want {
			t.Errorf("stripSuffix(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}
