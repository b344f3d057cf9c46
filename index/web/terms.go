package web

import (
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/zhnews/zhnews/extract/zhconv"
)

// maxTerms bounds the query words marked in an article.
const maxTerms = 20

// queryTerms returns the words of a query to mark in an article: the text
// of its positive clauses on title and body, without quotes, operators or
// field prefixes, longest first.
func queryTerms(q string) []string {
	q = zhconv.Simplify(q) // articles are Simplified; so is the index's reading of the query
	seen := map[string]bool{}
	var out []string
	for _, f := range splitQuery(q) {
		if f == "" || f == "OR" || strings.HasPrefix(f, "-") {
			continue
		}
		f = strings.TrimPrefix(f, "+")
		if field, rest, ok := cutField(f); ok {
			if field != "title" && field != "body" && field != "标题" && field != "正文" {
				continue
			}
			f = rest
		}
		for _, w := range strings.Fields(strings.Trim(f, "\"“”")) {
			if !seen[w] && len(out) < maxTerms {
				seen[w] = true
				out = append(out, w)
			}
		}
	}
	sort.SliceStable(out, func(i, j int) bool { return utf8.RuneCountInString(out[i]) > utf8.RuneCountInString(out[j]) })
	return out
}

// splitQuery splits a query at spaces outside quotes.
func splitQuery(q string) []string {
	var out []string
	var b strings.Builder
	quoted := false
	for _, r := range q {
		switch {
		case r == '"' || r == '“' || r == '”':
			quoted = !quoted
			b.WriteRune(r)
		case unicode.IsSpace(r) && !quoted:
			out = append(out, b.String())
			b.Reset()
		default:
			b.WriteRune(r)
		}
	}
	return append(out, b.String())
}

// cutField splits "title:集群" into its field and text.
func cutField(s string) (field, rest string, ok bool) {
	i := strings.IndexAny(s, ":：")
	if i <= 0 || strings.ContainsAny(s[:i], "\"“") {
		return "", s, false
	}
	_, n := utf8.DecodeRuneInString(s[i:])
	return strings.ToLower(s[:i]), s[i+n:], true
}

// markTerms marks the occurrences of terms in the plain runs of paras.
func markTerms(paras [][]Run, terms []string) [][]Run {
	if len(terms) == 0 {
		return paras
	}
	for i, p := range paras {
		var out []Run
		for _, r := range p {
			if r.Kind != "" {
				out = append(out, r)
				continue
			}
			out = append(out, splitTerms(r.Text, terms)...)
		}
		paras[i] = out
	}
	return paras
}

// splitTerms cuts text into runs at the first, longest term occurrences.
func splitTerms(text string, terms []string) []Run {
	var out []Run
	for text != "" {
		at, term := -1, ""
		for _, t := range terms {
			if i := strings.Index(text, t); i >= 0 && (at < 0 || i < at || i == at && len(t) > len(term)) {
				at, term = i, t
			}
		}
		if at < 0 {
			break
		}
		if at > 0 {
			out = append(out, Run{Text: text[:at]})
		}
		out = append(out, Run{Text: term, Mark: true})
		text = text[at+len(term):]
	}
	if text != "" {
		out = append(out, Run{Text: text})
	}
	return out
}
