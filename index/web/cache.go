package web

import (
	"container/list"
	"sync"

	"github.com/zhnews/zhnews/index"
)

// DefaultCacheSize is how many search results a Server keeps by default.
const DefaultCacheSize = 256

// resultCache keeps the most recently used search results, so that paging
// back, the back button and toggling a facet off again cost nothing. It is
// emptied whenever the backend changes.
type resultCache struct {
	mu  sync.Mutex
	max int
	ll  *list.List // of *cacheEntry, most recent first
	m   map[Filters]*list.Element
}

type cacheEntry struct {
	f   Filters
	res *index.Result
}

func newResultCache(max int) *resultCache {
	return &resultCache{max: max, ll: list.New(), m: map[Filters]*list.Element{}}
}

// get returns the cached result of f, or nil. The result is shared: callers
// must not modify it.
func (c *resultCache) get(f Filters) *index.Result {
	if c == nil {
		return nil
	}
	c.mu.Lock()
	defer c.mu.Unlock()
	e, ok := c.m[f]
	if !ok {
		return nil
	}
	c.ll.MoveToFront(e)
	return e.Value.(*cacheEntry).res
}

func (c *resultCache) put(f Filters, res *index.Result) {
	if c == nil {
		return
	}
	c.mu.Lock()
	defer c.mu.Unlock()
	if e, ok := c.m[f]; ok {
		e.Value.(*cacheEntry).res = res
		c.ll.MoveToFront(e)
		return
	}
	c.m[f] = c.ll.PushFront(&cacheEntry{f, res})
	for c.ll.Len() > c.max {
		last := c.ll.Back()
		c.ll.Remove(last)
		delete(c.m, last.Value.(*cacheEntry).f)
	}
}

func (c *resultCache) clear() {
	if c == nil {
		return
	}
	c.mu.Lock()
	defer c.mu.Unlock()
	c.ll.Init()
	clear(c.m)
}
