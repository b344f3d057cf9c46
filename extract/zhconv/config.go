package zhconv

import (
	"embed"
	"encoding/json"
	"errors"
	"fmt"
	"strings"
	"unicode/utf8"
)

//go:embed dict/*.txt dict/*.json
var dictFS embed.FS

// dict is one OpenCC dictionary: keys with their default (first) value.
type dict struct {
	name    string
	entries []cand
}

// dictSpec is a dictionary node of an OpenCC JSON configuration.
type dictSpec struct {
	Type  string     `json:"type"`
	File  string     `json:"file"`
	Dicts []dictSpec `json:"dicts"`
}

// configSpec is the part of an OpenCC JSON configuration zhconv reads.
type configSpec struct {
	Segmentation struct {
		Type string   `json:"type"`
		Dict dictSpec `json:"dict"`
	} `json:"segmentation"`
	ConversionChain []struct {
		Dict dictSpec `json:"dict"`
	} `json:"conversion_chain"`
}

// dicts and groups cache what configurations share (TSPhrases is in all
// four); they are guarded by registry.mu.
var (
	dicts  = map[string]*dict{}
	groups = map[string]*matcher{}
)

// build reads an embedded OpenCC configuration and builds its converter.
func build(name string) (*Converter, error) {
	path := "dict/" + name + ".json"
	data, err := dictFS.ReadFile(path)
	if err != nil {
		return nil, errors.New("unknown configuration (want one of " + strings.Join(Configs, ", ") + ")")
	}
	var spec configSpec
	if err := json.Unmarshal(data, &spec); err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	if spec.Segmentation.Type != "mmseg" {
		return nil, fmt.Errorf("%s: segmentation type %q not supported", path, spec.Segmentation.Type)
	}
	c := &Converter{name: name}
	if c.seg, err = group(spec.Segmentation.Dict); err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	for _, link := range spec.ConversionChain {
		m, err := group(link.Dict)
		if err != nil {
			return nil, fmt.Errorf("%s: %w", path, err)
		}
		c.chain = append(c.chain, m)
	}
	if len(c.chain) == 0 {
		return nil, fmt.Errorf("%s: empty conversion chain", path)
	}
	c.direct = canSkipSegmentation(c.seg, c.chain)
	c.initKeyRunes()
	return c, nil
}

// group returns the matcher of a dictionary node: a group, or one dictionary
// treated as a group of one.
func group(spec dictSpec) (*matcher, error) {
	files := []string{spec.File}
	switch spec.Type {
	case "group":
		files = files[:0]
		for _, d := range spec.Dicts {
			if d.Type != "ocd2" && d.Type != "text" {
				return nil, fmt.Errorf("dictionary type %q inside a group not supported", d.Type)
			}
			files = append(files, d.File)
		}
	case "ocd2", "text":
	default:
		return nil, fmt.Errorf("dictionary type %q not supported", spec.Type)
	}
	key := strings.Join(files, "+")
	if m, ok := groups[key]; ok {
		return m, nil
	}
	ds := make([]*dict, len(files))
	for i, f := range files {
		d, err := loadDict(f)
		if err != nil {
			return nil, err
		}
		ds[i] = d
	}
	m, err := newMatcher(ds)
	if err != nil {
		return nil, fmt.Errorf("group %s: %w", key, err)
	}
	groups[key] = m
	return m, nil
}

// loadDict parses an embedded dictionary: "key<TAB>value [value...]" lines,
// "#" lines are comments. Only the first value is kept: it is the one OpenCC
// converts to.
func loadDict(file string) (*dict, error) {
	name := strings.TrimSuffix(strings.TrimSuffix(file, ".ocd2"), ".txt")
	if d, ok := dicts[name]; ok {
		return d, nil
	}
	path := "dict/" + name + ".txt"
	data, err := dictFS.ReadFile(path)
	if err != nil {
		return nil, fmt.Errorf("dictionary %q: %w", file, err)
	}
	d := &dict{name: name}
	text := string(data)
	for line := 1; text != ""; line++ {
		var l string
		l, text, _ = strings.Cut(text, "\n")
		if l == "" || l[0] == '#' {
			continue
		}
		k, v, ok := strings.Cut(l, "\t")
		v, _, _ = strings.Cut(v, " ")
		if !ok || k == "" || v == "" {
			return nil, fmt.Errorf("%s:%d: want key<TAB>value, got %q", path, line, l)
		}
		d.entries = append(d.entries, cand{key: k, val: v,
			keyRunes: int32(utf8.RuneCountInString(k)), valN: int32(utf8.RuneCountInString(v))})
	}
	dicts[name] = d
	return d, nil
}
