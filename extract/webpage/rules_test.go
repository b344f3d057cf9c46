package webpage

import "testing"

func TestHintsFrom(t *testing.T) {
	hs, err := hintsFrom("x.txt", "# comment\n\n=nav nav\nfooter footer\n")
	if err != nil {
		t.Fatal(err)
	}
	if len(hs) != 2 || !hs[0].whole || hs[0].word != "nav" || hs[1].whole || hs[1].reason != "footer" {
		t.Errorf("got %+v", hs)
	}
	_, err = hintsFrom("x.txt", "# comment\nnav\n")
	if err == nil || err.Error() != `x.txt:2: want WORD REASON, got "nav"` {
		t.Errorf("got error %v, want x.txt:2: ...", err)
	}
}

func TestElementHint(t *testing.T) {
	tests := []struct{ in, want string }{
		{`<article>x</article>`, "content"},
		{`<article class="related-posts">x</article>`, "related"},
		{`<div itemprop="articleBody">x</div>`, "content"},
		{`<nav>x</nav>`, "nav"},
		{`<div>x</div>`, ""},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			doc, err := parseDoc(tt.in)
			if err != nil {
				t.Fatal(err)
			}
			body := doc.FirstChild.LastChild // <html><head/><body>
			if got := elementHint(body.FirstChild); got != tt.want {
				t.Errorf("got %q, want %q", got, tt.want)
			}
		})
	}
}

func TestClassify(t *testing.T) {
	tests := []struct{ in, want string }{
		{"comment-list", "comment"},
		{"main-nav", "nav"},
		{"canvas", ""},
		{"BSHARE_POP article-body", "content"},
		{"share-bar", "share"},
		{"post-title", "content"},
		{"headline", "title"},
		{"right", "sidebar"},
		{"", ""},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			if got := classify(tt.in); got != tt.want {
				t.Errorf("got %q, want %q", got, tt.want)
			}
		})
	}
}
