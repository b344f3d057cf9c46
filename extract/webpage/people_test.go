package webpage

import (
	"reflect"
	"testing"
)

func TestBylineAuthors(t *testing.T) {
	tests := []struct {
		in   string
		want []string
	}{
		{"记者 王小明", []string{"王小明"}},
		{"本报记者 王燕平 方云凤 柏建斌 2003-7-24", []string{"王燕平", "方云凤", "柏建斌"}},
		{"（实习记者 樊亮 张明超 记者惠禾）", []string{"樊亮", "张明超", "惠禾"}},
		{"文/李华", []string{"李华"}},
		{"作者：zboygirl 发表于 2005-07-31", []string{"zboygirl"}},
		{"新华社记者张三报道", []string{"张三"}},
		{"新华社记者 张三 报道", []string{"张三"}},
		{"作者简介：", nil},
		{"记者近日从有关部门获悉", nil},
		{"中文字版", nil},
		{"中央社記者 陳家豪 台北報導", []string{"陳家豪"}},
		{"新华社记者 张三 李四 北京报道", []string{"张三", "李四"}},
		{"没有署名的一行", nil},
		{"作者最新文章", nil},
		{"作者 李华", []string{"李华"}},
		{"他来到山区，分文不取。", nil},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			if got := bylineAuthors(tt.in); !reflect.DeepEqual(got, tt.want) {
				t.Errorf("got %q, want %q", got, tt.want)
			}
		})
	}
}

func TestMetaAuthors(t *testing.T) {
	tests := []struct {
		in   []string
		want []string
	}{
		{[]string{"赵  培,中文学术期刊,汉斯出版社"}, []string{"赵培"}},
		{[]string{"云南网"}, nil},
		{[]string{"http://example.com/u/1"}, nil},
		{[]string{"L_104485"}, nil},
		{[]string{"Jane Doe", "张三、李四"}, []string{"Jane Doe", "张三", "李四"}},
		{[]string{"约翰·史密斯"}, []string{"约翰·史密斯"}},
	}
	for _, tt := range tests {
		t.Run(tt.in[0], func(t *testing.T) {
			if got := metaAuthors(tt.in); !reflect.DeepEqual(got, tt.want) {
				t.Errorf("got %q, want %q", got, tt.want)
			}
		})
	}
}

func TestVisibleSource(t *testing.T) {
	tests := []struct{ in, want string }{
		{"2024年03月29日 15:07 来源：新华网 作者：李四", "新华网"},
		{"稿源: 南方都市报", "南方都市报"},
		{"來源：聯合新聞網", "聯合新聞網"},
		{"没有来源", ""},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			if got := visibleSource(tt.in); got != tt.want {
				t.Errorf("got %q, want %q", got, tt.want)
			}
		})
	}
}

func TestNotSource(t *testing.T) {
	if got := notSource([]string{"参考消息"}, "参考消息"); got != nil {
		t.Errorf("got %q, want no author", got)
	}
	if got := notSource([]string{"张三", "新京报"}, "新京报"); len(got) != 1 || got[0] != "张三" {
		t.Errorf("got %q, want [张三]", got)
	}
	if got := metaAuthors([]string{"网易"}); got != nil {
		t.Errorf("portal as author: got %q", got)
	}
}
