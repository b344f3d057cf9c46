package pipeline

import (
	"sort"
	"sync"
)

// orderer restores source order at the sink. Every input gets a sequence
// number; it counts how many documents of each input are still live (a split
// adds some, a drop or failure removes one, arrival at the sink removes one),
// and releases an input's documents once it and every input before it have
// none live.
type orderer struct {
	mu      sync.Mutex
	live    map[int64]int
	pending map[int64][]*Doc
	next    int64
}

func newOrderer() *orderer {
	return &orderer{live: map[int64]int{}, pending: map[int64][]*Doc{}}
}

func (o *orderer) start(seq int64) {
	o.mu.Lock()
	o.live[seq] = 1
	o.mu.Unlock()
}

// fork records that a stage turned one live document of seq into n.
func (o *orderer) fork(seq int64, n int) {
	o.mu.Lock()
	o.live[seq] += n - 1
	o.mu.Unlock()
}

// finish records d's arrival at the sink and returns the documents now ready.
func (o *orderer) finish(d *Doc) []*Doc {
	o.mu.Lock()
	defer o.mu.Unlock()
	o.pending[d.seq] = append(o.pending[d.seq], d)
	o.live[d.seq]--
	return o.release()
}

// flush returns everything still held, in order; used when the run ends.
func (o *orderer) flush() []*Doc {
	o.mu.Lock()
	defer o.mu.Unlock()
	var out []*Doc
	for {
		out = append(out, o.release()...)
		if len(o.live) == 0 {
			return out
		}
		o.next++ // an input that never finished (cancelled run): skip it
	}
}

func (o *orderer) release() []*Doc {
	var out []*Doc
	for {
		n, started := o.live[o.next]
		if !started || n > 0 {
			return out
		}
		docs := o.pending[o.next]
		sort.SliceStable(docs, func(i, j int) bool { return docs[i].Part < docs[j].Part })
		out = append(out, docs...)
		delete(o.live, o.next)
		delete(o.pending, o.next)
		o.next++
	}
}
