package webpage

import (
	"bytes"
	"strings"

	"golang.org/x/net/html"
)

// maxNest is how deep shallow() lets tags nest. The HTML parser refuses
// pages whose open elements stack passes 512, so deeper pages are reparsed
// with their innermost tags dropped and their text kept.
const maxNest = 200

// voidTags never take an end tag.
var voidTags = map[string]bool{
	"area": true, "base": true, "br": true, "col": true, "embed": true, "hr": true, "img": true,
	"input": true, "link": true, "meta": true, "param": true, "source": true, "track": true, "wbr": true,
}

// shallow rewrites page so that no more than maxNest tags are open at once:
// start tags past that depth, and the end tags that would close them, are
// dropped. It is one pass over the tokens.
func shallow(page string) string {
	var out bytes.Buffer
	out.Grow(len(page))
	z := html.NewTokenizer(strings.NewReader(page))
	depth, dropped := 0, 0
	for {
		tt := z.Next()
		if tt == html.ErrorToken {
			return out.String()
		}
		raw := z.Raw()
		switch tt {
		case html.StartTagToken:
			name, _ := z.TagName()
			if voidTags[string(name)] {
				break
			}
			if depth >= maxNest {
				dropped++
				continue
			}
			depth++
		case html.EndTagToken:
			if dropped > 0 {
				dropped--
				continue
			}
			if depth > 0 {
				depth--
			}
		}
		out.Write(raw)
	}
}
