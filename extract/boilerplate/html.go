package boilerplate

import (
	"fmt"
	"strings"

	"github.com/zhnews/zhnews/extract"
	"github.com/zhnews/zhnews/extract/webpage"
)

// FromHTML extracts the articles of an HTML page (already decoded to UTF-8):
// webpage.Parse finds the main content in the DOM, then the paragraphs get the
// same cleaning, metadata reading and splitting as FromText. Metadata from
// the page's <meta> tags and JSON-LD is preferred to what the text shows.
// Pieces webpage.Parse left out of the body come first in the first article's
// Removed.
func FromHTML(html string, opt Options) ([]Article, error) {
	pg, err := webpage.Parse(html)
	if err != nil {
		return nil, fmt.Errorf("extract article from html: %w", err)
	}
	pm := pageMeta{Title: pg.Title, Published: pg.Published, Source: pg.Source, Authors: pg.Authors, html: true}
	ls := splitLines(strings.Join(pg.Paragraphs, "\n"))
	var arts []Article
	if len(ls) > 0 {
		arts = build(ls, opt, pm)
	} else {
		a := Article{}
		finishMeta(&a, opt, pm)
		arts = []Article{a}
	}
	arts[0].Removed = append(append([]extract.Removed(nil), pg.Removed...), arts[0].Removed...)
	return arts, nil
}
