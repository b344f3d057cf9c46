package webpage

import (
	"bytes"
	"fmt"
	"regexp"
	"strings"
	"unicode/utf8"

	"golang.org/x/net/html/charset"
	"golang.org/x/text/encoding"
	"golang.org/x/text/encoding/simplifiedchinese"
	"golang.org/x/text/encoding/traditionalchinese"
	"golang.org/x/text/encoding/unicode"
)

// prescanLimit is how far into the page Decode looks for a declared charset,
// and sniffLimit how much of an undeclared page it reads to guess one.
const (
	prescanLimit = 8192
	sniffLimit   = 16 << 10
)

var metaCharset = regexp.MustCompile(`(?i)<meta[^>]+charset\s*=\s*["']?\s*([a-z0-9_:.\-]+)`)

// Decode converts an HTML page in any charset to UTF-8. It honours a byte
// order mark, then a charset declared in a <meta> tag, then sniffs the bytes
// (valid UTF-8, else whichever of GB18030 and Big5 reads as more common
// Chinese). Bytes that are valid UTF-8 beyond ASCII are read as UTF-8 whatever
// the page declares, since crawlers often re-encode pages and keep the old
// <meta>. GBK and GB2312 are read as GB18030, their superset. Invalid
// bytes become U+FFFD; an error names the charset that failed.
func Decode(raw []byte) (string, error) {
	name, enc := detect(raw)
	if enc == nil {
		return string(raw), nil
	}
	out, err := enc.NewDecoder().Bytes(raw)
	if err != nil {
		return "", fmt.Errorf("decode %s: %w", name, err)
	}
	if name == "utf-8" || name == "utf-16le" || name == "utf-16be" {
		out = bytes.TrimPrefix(out, []byte("\uFEFF"))
	}
	return string(out), nil
}

// Charset reports the name of the charset Decode would use for raw.
func Charset(raw []byte) string {
	name, _ := detect(raw)
	return name
}

// detect picks the charset for raw; a nil encoding means UTF-8 as is.
func detect(raw []byte) (string, encoding.Encoding) {
	switch {
	case bytes.HasPrefix(raw, []byte{0xEF, 0xBB, 0xBF}):
		return "utf-8", unicode.UTF8
	case bytes.HasPrefix(raw, []byte{0xFF, 0xFE}):
		return "utf-16le", unicode.UTF16(unicode.LittleEndian, unicode.ExpectBOM)
	case bytes.HasPrefix(raw, []byte{0xFE, 0xFF}):
		return "utf-16be", unicode.UTF16(unicode.BigEndian, unicode.ExpectBOM)
	}
	head := raw
	if len(head) > prescanLimit {
		head = head[:prescanLimit]
	}
	if m := metaCharset.FindSubmatch(head); m != nil {
		if name, enc, ok := lookup(string(m[1])); ok {
			// A page declared UTF-8 that is not is usually GBK mislabelled;
			// a page declared otherwise that is valid UTF-8 beyond ASCII was
			// converted by a crawler that kept the old declaration.
			if western[name] && !ascii(raw) {
				// Old Chinese sites often keep a Western template's charset.
				if n, e := sniff(raw); n == "utf-8" || chineseEnough(raw, e) {
					return n, e
				}
			}
			valid := utf8.Valid(raw)
			switch {
			case name == "utf-8" && valid, name != "utf-8" && !(valid && !ascii(raw)):
				return name, enc
			case valid:
				return "utf-8", nil
			}
		}
	}
	return sniff(raw)
}

// lookup maps a charset label to an encoding, widening the GB family to GB18030.
func lookup(label string) (string, encoding.Encoding, bool) {
	label = strings.ToLower(strings.TrimSpace(label))
	switch label {
	case "gbk", "gb2312", "gb_2312-80", "x-gbk", "cp936", "gb18030", "euc-cn", "hz-gb-2312", "csgb2312", "chinese", "iso-ir-58":
		return "gb18030", simplifiedchinese.GB18030, true
	case "big5", "big5-hkscs", "x-x-big5", "cn-big5", "csbig5", "cp950":
		return "big5", traditionalchinese.Big5, true
	case "utf-8", "utf8", "unicode-1-1-utf-8",
		// A page that could be read far enough to find its <meta> is not
		// UTF-16; browsers read such a declaration as UTF-8 too.
		"utf-16", "utf-16le", "utf-16be", "unicode", "ucs-2":
		return "utf-8", nil, true
	}
	enc, name := charset.Lookup(label)
	if enc == nil {
		return "", nil, false
	}
	if name == "utf-8" {
		return name, nil, true
	}
	return name, enc, true
}

// western are single-byte charsets that Chinese pages declare by mistake.
var western = map[string]bool{"windows-1252": true, "iso-8859-1": true, "us-ascii": true, "ascii": true}

// chineseEnough reports whether raw, read with enc, has common Chinese
// characters in at least a tenth of its non-ASCII runes.
func chineseEnough(raw []byte, enc encoding.Encoding) bool {
	text, err := enc.NewDecoder().Bytes(sampleOf(raw))
	if err != nil {
		return false
	}
	wide := 0
	for _, r := range string(text) {
		if r > 0x7f {
			wide++
		}
	}
	return wide > 0 && commonness(text)*10 >= wide
}

// sampleOf returns the part of raw that sniffing reads: sniffLimit bytes
// from the first non-ASCII byte, which always starts a character.
func sampleOf(raw []byte) []byte {
	start := 0
	for start < len(raw) && raw[start] < 0x80 {
		start++
	}
	return raw[start:min(len(raw), start+sniffLimit)]
}

// ascii reports whether raw holds only 7-bit bytes.
func ascii(raw []byte) bool {
	for _, c := range raw {
		if c >= 0x80 {
			return false
		}
	}
	return true
}

// sniff guesses the charset of undeclared bytes.
func sniff(raw []byte) (string, encoding.Encoding) {
	if utf8.Valid(raw) {
		return "utf-8", nil
	}
	sample := sampleOf(raw)
	gb, _ := simplifiedchinese.GB18030.NewDecoder().Bytes(sample)
	b5, _ := traditionalchinese.Big5.NewDecoder().Bytes(sample)
	if commonness(b5) > commonness(gb) {
		return "big5", traditionalchinese.Big5
	}
	return "gb18030", simplifiedchinese.GB18030
}

// common holds very frequent Chinese characters in both scripts; text decoded
// with the wrong charset rarely contains them.
const common = "的一是不了人我在有他这个们中来上大为和国地到以说时要就出会可也你对生能而子那得于着下自之年过发后作里用道行所然家种事成方多经么去法学如都同现当没动面起看定天分还进好小部其些主样理心她本前开但因只从想实日军者意无力它与长把机十民第公此已工使情明性知全三又关点正业外将两高间由问很最重并物手应战向头文体政美相见被利什二等产或新己制身果加西斯月话合回特代内信表化老给世位次度门任常先海通教儿原东声提立及比员解水名真论处走义各入几口认条平系气题活尔更别打女变四神总何电数安少报才结反受目太量再感建务做接必场件计管期市直德资命山金指克许统区保至队形社便空决治展马科司五基眼书非则听白却界达光放强即像难且权思王象完设式色路记南品住告类求据程北边死张该交规万取拉格望觉术领共确传师观清今切院让识候带导争运笑飞风步改收根干造言联持组每济车亲极林服快办议往元英士证近失转夫令准布始怎呢存未远叫台单影具罗字爱击流备兵连调深商算质团集百需价花党华城石级整府离况亚请技际约示复病息究线似官火断精满支视消越器容照须九增研写称企八功吗包片史委乎查轻易早曾除农找装广显吧阿李标谈吃图念六引历首医局突专费号尽另周较注语仅考落青随选列武红响虽推势参希古众构房半节土投某案黑维革划敌致陈律足态护七兴派孩验责营星够章音跟志底站严巴例防族供效续施留讲型料终答紧黄绝奇察母京段依批群项故按河米围江织害斗双境客纪采举杀攻父苏密低朝友诉止细愿千值仍男钱破网热助倒育属坐帝限船脸职速刻乐否刚威毛状率甚独球般普怕弹校苦创假久错承印晚兰试股拿脑预谁益阳若哪微尼继送急血惊伤素药适波夜省初喜卫源食险待述陆习置居劳财环排福纳欢雷警获模充负云停木游龙树疑层冷洲冲射略范竟句室异激汉村哈策演简卡罪判担州静退既衣您宗积余痛检差富灵协角占配征修皮挥胜降阶审沉坚善妈刘读啊超免压银买皇养伊怀执副乱抗犯追帮宣佛岁航优怪香著田铁控税左右份穿艺背阵草脚概恶块顿敢守酒岛托央户烈洋哥索胡款靠评版宝座释景顾弟登货互付伯慢欧换闻危忙核暗姐介坏讨丽良序升监临亮露永呼味野架域沙掉括舰鱼杂误湾吉减编楚肯测败屋跑梦散温困剑渐封救贵枪缺楼县尚毫移娘朋画班智亦耳恩短掌恐遗固席松秘谢鲁遇康虑幸均销钟诗藏赶剧票损忽巨炮旧端探湖录叶春乡附吸予礼港雨呀板庭妇归睛饭额含顺输摇招婚脱补谓督毒油疗旅泽材灭逐莫笔亡鲜词圣择寻厂睡博勒烟授诺伦岸奥唐卖俄炸载洛健堂旁宫喝借君禁阴园谋宋避抓荣姑孙逃牙束跳顶玉镇雪午练迫爷篇肉嘴馆遍凡础洞卷坦牛宁纸诸训私庄祖丝翻暴森塔默握戏隐熟骨访弱蒙歌店鬼软典欲萨伙遭盘爸扩盖弄雄稳忘亿刺拥徒姆杨齐赛趣曲刀床迎冰虚玩析窗醒妻透购替塞努休虎扬途侵刑绿兄迅套贸毕唯谷轮库迹尤竞街促延震弃甲伟麻川申缓潜闪售灯针哲络抵朱埃抱鼓植纯夏忍页杰筑折郑贝尊吴秀混臣雅振染盛怒舞圆搞狂措姓残秋培迷诚宽宇猛摆梅毁伸摩盟末乃悲拍丁赵侧港這個們來為國說時會對後裡從開經現兩問應與長機動進還種們實學見書話電點東門關認體無於發當過樣們"

var commonSet = func() map[rune]bool {
	m := make(map[rune]bool, len(common)/3)
	for _, r := range common {
		m[r] = true
	}
	return m
}()

// commonness counts the very frequent Chinese characters in text.
func commonness(text []byte) int {
	n := 0
	for len(text) > 0 {
		r, size := utf8.DecodeRune(text)
		text = text[size:]
		if commonSet[r] {
			n++
		}
	}
	return n
}
