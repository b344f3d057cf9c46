package web

import (
	"errors"
	"fmt"
	"net/http"
	"net/url"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/zhnews/zhnews/index"
)

// httpError is an error with the HTTP status it should be answered with.
type httpError struct {
	status int
	msg    string
}

func (e *httpError) Error() string { return e.msg }

func errBadRequest(format string, args ...any) error {
	return &httpError{http.StatusBadRequest, fmt.Sprintf(format, args...)}
}

func errNotFound(format string, args ...any) error {
	return &httpError{http.StatusNotFound, fmt.Sprintf(format, args...)}
}

// searchParams are the URL parameters of a search, shared by the page and
// the API, and what each holds.
var searchParams = []string{"q", "from", "to", "entity", "type", "source", "page", "size", "facets"}

// Filters is a search as given in the URL: the query and its filters.
type Filters struct {
	Q, From, To, Entity, Type, Source string
	Page, Size                        int
	Facets                            bool
}

// parseFilters reads and checks the parameters of a search. Unknown and
// repeated parameters, over-long text and out-of-range numbers are errors
// that say which parameter is wrong.
func parseFilters(v url.Values) (Filters, error) {
	f := Filters{Page: 1, Size: 10, Facets: true}
	for name, vals := range v {
		if !known(name) {
			return f, errBadRequest("unknown parameter %q (known: %s)", name, strings.Join(searchParams, ", "))
		}
		if len(vals) > 1 {
			return f, errBadRequest("parameter %q given %d times; give it once", name, len(vals))
		}
		if !utf8.ValidString(vals[0]) {
			return f, errBadRequest("parameter %q is not valid UTF-8", name)
		}
	}
	get := func(name string) string { return strings.TrimSpace(v.Get(name)) }
	f.Q, f.From, f.To = get("q"), get("from"), get("to")
	f.Entity, f.Type, f.Source = get("entity"), get("type"), get("source")
	if n := utf8.RuneCountInString(f.Q); n > MaxQueryRunes {
		return f, errBadRequest("query is %d characters long; the limit is %d", n, MaxQueryRunes)
	}
	for _, p := range []struct{ name, val string }{{"entity", f.Entity}, {"source", f.Source}, {"from", f.From}, {"to", f.To}} {
		if n := utf8.RuneCountInString(p.val); n > 200 {
			return f, errBadRequest("parameter %q is %d characters long; the limit is 200", p.name, n)
		}
	}
	if f.Type != "" {
		if _, ok := index.EntityFields[f.Type]; !ok {
			return f, errBadRequest("unknown entity type %q (want person, org or location)", f.Type)
		}
	}
	var err error
	if f.Page, err = intParam(v, "page", 1, 1, MaxDepth); err != nil {
		return f, err
	}
	if f.Size, err = intParam(v, "size", 10, 1, MaxPageSize); err != nil {
		return f, err
	}
	if f.Page*f.Size > MaxDepth {
		return f, errBadRequest("page %d of %d hits goes past hit %d, the deepest a search may page", f.Page, f.Size, MaxDepth)
	}
	switch get("facets") {
	case "", "1", "true", "yes", "on":
	case "0", "false", "no", "off":
		f.Facets = false
	default:
		return f, errBadRequest("parameter \"facets\" is %q; want true or false", get("facets"))
	}
	return f, nil
}

func known(name string) bool {
	for _, p := range searchParams {
		if p == name {
			return true
		}
	}
	return false
}

func intParam(v url.Values, name string, def, lo, hi int) (int, error) {
	s := strings.TrimSpace(v.Get(name))
	if s == "" {
		return def, nil
	}
	n, err := strconv.Atoi(s)
	if err != nil || n < lo || n > hi {
		return 0, errBadRequest("parameter %q is %q; want a whole number from %d to %d", name, truncate(s, 20), lo, hi)
	}
	return n, nil
}

// Request returns the index request of f.
func (f Filters) Request() index.Request {
	return index.Request{
		Query: f.Q, From: f.From, To: f.To, Entity: f.Entity, Type: f.Type, Source: f.Source,
		Page: f.Page, Size: f.Size, Facets: f.Facets, Highlight: "html",
	}
}

// URL returns the search page URL of f with changes applied: each pair of
// arguments is a parameter name and its new value ("" removes it). Any
// change other than "page" returns to the first page.
func (f Filters) URL(changes ...string) string {
	v := url.Values{}
	set := func(name, val string) {
		if val != "" {
			v.Set(name, val)
		}
	}
	set("q", f.Q)
	set("from", f.From)
	set("to", f.To)
	set("entity", f.Entity)
	set("type", f.Type)
	set("source", f.Source)
	if f.Size != 10 && f.Size > 0 {
		set("size", strconv.Itoa(f.Size))
	}
	page := f.Page
	for i := 0; i+1 < len(changes); i += 2 {
		if changes[i] == "page" {
			page, _ = strconv.Atoi(changes[i+1])
			continue
		}
		page = 1
		v.Del(changes[i])
		set(changes[i], changes[i+1])
	}
	if page > 1 {
		v.Set("page", strconv.Itoa(page))
	}
	if len(v) == 0 {
		return "/"
	}
	return "/?" + v.Encode()
}

// Filtered tells whether any filter besides the query is set.
func (f Filters) Filtered() bool {
	return f.From != "" || f.To != "" || f.Entity != "" || f.Type != "" || f.Source != ""
}

// statusOf returns the HTTP status for an error and the message to show.
func statusOf(err error) (int, string) {
	var he *httpError
	switch {
	case errors.As(err, &he):
		return he.status, he.msg
	case errors.Is(err, index.ErrBadQuery):
		return http.StatusBadRequest, err.Error()
	case errors.Is(err, index.ErrNotFound):
		return http.StatusNotFound, err.Error()
	case errors.Is(err, errTimeout):
		return http.StatusServiceUnavailable, "the search took too long; narrow it down"
	}
	return http.StatusInternalServerError, "internal error; the server log says more"
}

var errTimeout = errors.New("search timed out")

var errNoIndex = &httpError{http.StatusServiceUnavailable, "no index is open yet"}

func truncate(s string, n int) string {
	if utf8.RuneCountInString(s) <= n {
		return s
	}
	return string([]rune(s)[:n]) + "…"
}

func itoa(n int) string { return strconv.Itoa(n) }
