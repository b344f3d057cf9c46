package index

import (
	"errors"
	"fmt"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/blevesearch/bleve/v2/search/query"

	"github.com/zhnews/zhnews/index/analyzer"
)

// MaxQueryRunes bounds the length of a user query.
const MaxQueryRunes = 512

// ErrBadQuery reports a query the parser cannot read; the message says why.
var ErrBadQuery = errors.New("bad query")

// clause is one element of a user query.
type clause struct {
	field  string // "" for title+body
	text   string
	phrase bool
	not    bool
	or     bool // joined to the previous clause by OR
}

// queryFields are the field prefixes a user may write, and where they go.
var queryFields = map[string]string{
	"title": FieldTitle, "body": FieldBody, "source": FieldSource,
	"author": FieldAuthor, "entity": anyEntity, "person": FieldPerson,
	"org": FieldOrg, "location": FieldLocation, "path": FieldPath,
	"标题": FieldTitle, "正文": FieldBody, "来源": FieldSource, "作者": FieldAuthor,
}

// ParseQuery reads the query language of zhnews:
//
//	新材料 上海            both (AND), in title or body; each as written
//	"产业 集群"            a phrase that spans a space
//	-股票                  exclude
//	title:集群 source:中新网 org:上海市科委 person:翟金国
//	新材料 OR 石墨烯       either
//
// Chinese text needs no spaces: 上海新材料 is segmented into words that must
// all occur. An empty query matches every document.
func ParseQuery(q string) (query.Query, error) {
	if n := utf8.RuneCountInString(q); n > MaxQueryRunes {
		return nil, fmt.Errorf("%w: %d characters, the limit is %d", ErrBadQuery, n, MaxQueryRunes)
	}
	clauses, err := lex(q)
	if err != nil {
		return nil, err
	}
	var must, not []query.Query
	for i := 0; i < len(clauses); {
		group := []query.Query{clauseQuery(clauses[i])}
		neg := clauses[i].not
		j := i + 1
		for ; j < len(clauses) && clauses[j].or; j++ {
			group = append(group, clauseQuery(clauses[j]))
		}
		i = j
		var q query.Query = group[0]
		if len(group) > 1 {
			q = query.NewDisjunctionQuery(group)
		}
		if neg {
			not = append(not, q)
		} else {
			must = append(must, q)
		}
	}
	if len(must) == 0 {
		must = append(must, query.NewMatchAllQuery())
	}
	b := query.NewBooleanQuery(must, nil, nil)
	if len(not) > 0 {
		b.AddMustNot(not...)
	}
	return b, nil
}

func lex(q string) ([]clause, error) {
	var out []clause
	rs := []rune(q)
	pendingOr := false
	for i := 0; i < len(rs); {
		if unicode.IsSpace(rs[i]) {
			i++
			continue
		}
		var c clause
		c.or = pendingOr
		pendingOr = false
		switch rs[i] {
		case '-':
			c.not = true
			i++
		case '+':
			i++
		}
		// field prefix
		for j := i; j < len(rs) && j-i <= 10; j++ {
			if rs[j] == ':' || rs[j] == '：' {
				if f, ok := queryFields[strings.ToLower(string(rs[i:j]))]; ok {
					c.field = f
					i = j + 1
				}
				break
			}
			if unicode.IsSpace(rs[j]) || rs[j] == '"' {
				break
			}
		}
		if i < len(rs) && (rs[i] == '"' || rs[i] == '“') {
			closing := '"'
			if rs[i] == '“' {
				closing = '”'
			}
			end := indexRune(rs, i+1, closing)
			if end < 0 {
				return nil, fmt.Errorf("%w: unterminated quote at character %d", ErrBadQuery, i+1)
			}
			c.text, c.phrase = string(rs[i+1:end]), true
			i = end + 1
		} else {
			j := i
			for j < len(rs) && !unicode.IsSpace(rs[j]) {
				j++
			}
			c.text = string(rs[i:j])
			i = j
		}
		if strings.TrimSpace(c.text) == "" {
			if c.field != "" || c.not {
				return nil, fmt.Errorf("%w: nothing after %q at character %d", ErrBadQuery, "-/field:", i)
			}
			continue
		}
		if c.text == "OR" && !c.phrase && c.field == "" && !c.not {
			if len(out) == 0 {
				return nil, fmt.Errorf("%w: OR needs a term before it", ErrBadQuery)
			}
			pendingOr = true
			continue
		}
		out = append(out, c)
	}
	if pendingOr {
		return nil, fmt.Errorf("%w: OR needs a term after it", ErrBadQuery)
	}
	return out, nil
}

// anyEntity is the query prefix for an entity of any type.
const anyEntity = "entity"

// entityQuery matches an entity's text in any of the entity fields: one
// field per type serves both the typed filter and the facets, where an
// extra field for all types would cost its own postings.
func entityQuery(text string) query.Query {
	qs := make([]query.Query, 0, len(EntityFields))
	for _, f := range []string{FieldPerson, FieldOrg, FieldLocation} {
		qs = append(qs, term(f, text))
	}
	return query.NewDisjunctionQuery(qs)
}

func indexRune(rs []rune, from int, r rune) int {
	for i := from; i < len(rs); i++ {
		if rs[i] == r {
			return i
		}
	}
	return -1
}

// clauseQuery builds the query for one clause. On text fields a clause
// matches as written: its words consecutive and in order, which is what a
// run of Chinese typed without spaces means (新材料 is the words 新 材料
// side by side, not anywhere in the text). Keyword fields match exactly.
func clauseQuery(c clause) query.Query {
	single := !c.phrase && oneWord(c.text)
	text := func(field string, boost float64) query.Query {
		if single {
			// One word needs no positions: a match query reads only
			// the postings, several times faster than a phrase.
			q := query.NewMatchQuery(c.text)
			q.Analyzer = analyzer.QueryName
			q.SetField(field)
			q.SetBoost(boost)
			return q
		}
		return newPhraseQuery(c.text, field, analyzer.QueryName, boost)
	}
	switch c.field {
	case "":
		return query.NewDisjunctionQuery([]query.Query{text(FieldTitle, 2), text(FieldBody, 1)})
	case FieldTitle, FieldBody:
		return text(c.field, 1)
	case anyEntity:
		return entityQuery(c.text)
	default:
		return term(c.field, c.text)
	}
}

// oneWord reports whether text is a single word for the query analyzer.
func oneWord(text string) bool {
	return len(queryTokenizer.Tokenize([]byte(text))) == 1
}

var queryTokenizer = analyzer.New(false)
