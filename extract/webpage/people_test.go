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
		{"澎湃新闻记者 贺梨萍", []string{"贺梨萍"}},
		{"2019-09-26 12:11来源：证券时报网作者：李在山", []string{"李在山"}},
		{"【文/观察者网专栏作者 王文】", []string{"王文"}},
		{"执笔/叨叨姐、胡一刀", []string{"叨叨姐", "胡一刀"}},
		{"文/放飞&心情", nil}, // one pen name with "&": not split, not cut
		{"向记者表示，他不同意", nil},
		{"作者：网络整理", nil},
		{"作者：未知 责任编辑：棒棒不是糖", nil},
		{"近日，记者获悉，", nil},
		{"（记者陈智 整合）", []string{"陈智"}},
		{"资料图：市民出行。中新社记者 贾天勇 摄", nil},
		{"通讯员 刘娟摄", nil},
		{"本报记者 卢斌 摄影报道", []string{"卢斌"}},
		{"本报记者罗科苏盈发自北京", []string{"罗科苏盈"}},
		{"（总台记者 张倩）", []string{"张倩"}},
		{"舞台上，记者看到", nil},
		{"他向电视台记者表示，", nil},
		{"面对本报记者提问，", nil},
		{"发表于2014-08-24 21:30| 1164次阅读| 来源CSDN| 0 条评论| 作者魏星", []string{"魏星"}},
		{"| 作者未知", nil},
		{"石佳/中国青年报", []string{"石佳"}},
		{"新华社/中国青年报", nil},
		{"上一篇/下一篇", nil},
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
		{[]string{"name, email@gmail.com"}, nil},
		{[]string{"Admin"}, nil},
		{[]string{"未知"}, nil},
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
		{"来源于：东区办事处", "东区办事处"},
		{"发表于2014-08-24 21:30| 1164次阅读| 来源CSDN| 0 条评论| 作者魏星", "CSDN"},
		{"来源：证券时报网作者：李在山", "证券时报网"},
		{"来源：网络", ""},
		{"数据的来源是公开的年报", ""},
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

func TestCleanSource(t *testing.T) {
	tests := []struct{ in, want string }{
		{"据财联社", "财联社"},
		{"人民网-文化频道 原创稿", "人民网-文化频道"},
		{"本站原创", "本站原创"},
		{"来源：新京报", "新京报"},
		{"证券时报网作者：李在山", "证券时报网"},
		{"网络", ""},
		{"未知", ""},
		{"据", "据"},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			if got := cleanSource(tt.in); got != tt.want {
				t.Errorf("got %q, want %q", got, tt.want)
			}
		})
	}
}

func TestBareOutlet(t *testing.T) {
	menu := map[string]bool{"时政新闻": true}
	tests := []struct{ in, want string }{
		{"2019年09月07日 04:04 北京日报", "北京日报"},
		{"中国网 2019-11-25 10:37:31", "中国网"},
		{"原创 南方都市报 2019-09-09 16:01:46", "南方都市报"},
		{"石佳/中国青年报", "中国青年报"},
		{"新华社", "新华社"},
		{"2019年09月11日 富达传媒 时政新闻 1665 0", ""},
		{"2020-06-05 20:35 叨叨姐 胡一刀 李小飞刀", ""},
		{"2019-09-07 09:25:09 字号 打印", ""},
		{"网络", ""},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			if got := bareOutlet(tt.in, menu); got != tt.want {
				t.Errorf("got %q, want %q", got, tt.want)
			}
		})
	}
}

func TestTailAuthors(t *testing.T) {
	tests := []struct {
		in   string
		want []string
	}{
		{"南美站活动将先后在巴西、乌拉圭、阿根廷举行。（张巨峰）", []string{"张巨峰"}},
		{"一位自甘穷酸的外科医生。（袁源）", []string{"袁源"}},
		{"全文到此结束。（完）", nil},
		{"故事还没有结束。（待续）", nil},
		{"会议在京举行。（新华社）", nil},
		{"我们去了王府井（北京）", nil},
		{"会议在京举行。（上海）", nil},
		{"佳节。（常书香 马丹阳 ）", nil},
		{"张巨峰说的话（张巨峰）还在耳边", nil},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			if got := tailAuthors(tt.in); !reflect.DeepEqual(got, tt.want) {
				t.Errorf("got %q, want %q", got, tt.want)
			}
		})
	}
}
