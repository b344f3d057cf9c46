package index

import (
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
	"sync"
	"syscall"
	"time"

	"github.com/zhnews/zhnews/pipeline"
)

// A Store is an index folder that lets people search while an ingest writes.
// bleve allows one writer, and its writer holds a lock that makes readers
// wait, so the writer never works on the index readers see:
//
//	DIR/current -> gen-000007   the published index; readers open this
//	DIR/gen-000007/             a complete bleve index
//	DIR/gen-000008/             the writer's copy, published at the next checkpoint
//	DIR/writer.lock             held by the one ingest that may write
//
// A new generation starts as a copy of the published one in which every
// segment file is a hard link (bleve never modifies a segment file once
// written) and only the small root.bolt is copied, so it costs almost
// nothing. A checkpoint closes the writer's index (bleve persists every
// batch before Batch returns), publishes it by renaming a new symlink over
// current, which is atomic, and continues in a fresh copy. A process killed
// at any moment leaves current pointing to the last complete checkpoint;
// the next writer deletes the unpublished generation and starts again from
// there. The generation before the published one is kept, so that a reader
// that read the old link an instant before the swap can still open it.
type Store struct {
	dir  string
	lock *os.File
	mu   sync.RWMutex // guards gen, x and w across checkpoints
	gen  int
	x    *Index
	w    *Writer
}

const currentLink = "current"

// errNoGeneration is returned after a checkpoint failed to start a new
// generation (a full disk, say): the store can no longer be written, and
// the published index stays as it was.
var errNoGeneration = errors.New("index store has no writable generation after a failed checkpoint")

// OpenStore opens the index folder dir for writing, creating it when needed.
// Only one Store may be open on a folder at a time; a second gets an error.
func OpenStore(dir string) (*Store, error) {
	if exists(dir) {
		return nil, fmt.Errorf("cannot open index %q: it is a plain bleve index from an older zhnews; move it away and ingest again", dir)
	}
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return nil, fmt.Errorf("cannot create index %q: %w", dir, err)
	}
	lock, err := os.OpenFile(filepath.Join(dir, "writer.lock"), os.O_CREATE|os.O_RDWR, 0o644)
	if err != nil {
		return nil, fmt.Errorf("cannot lock index %q: %w", dir, err)
	}
	if err := syscall.Flock(int(lock.Fd()), syscall.LOCK_EX|syscall.LOCK_NB); err != nil {
		lock.Close()
		return nil, fmt.Errorf("cannot write index %q: another ingest is writing it", dir)
	}
	s := &Store{dir: dir, lock: lock}
	if err := s.begin(); err != nil {
		s.unlock()
		return nil, err
	}
	return s, nil
}

// Add queues a record for indexing; see Writer.Add.
func (s *Store) Add(rec *pipeline.Record, in Input) error {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.x == nil {
		return errNoGeneration
	}
	return s.w.Add(rec, in)
}

// Delete queues the removal of a document.
func (s *Store) Delete(id string) {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.x != nil {
		s.w.Delete(id)
	}
}

// Unchanged reports whether an input is fully indexed; see Index.Unchanged.
func (s *Store) Unchanged(path, hash string) (bool, error) {
	s.mu.RLock()
	defer s.mu.RUnlock()
	if s.x == nil {
		return false, errNoGeneration
	}
	return s.x.Unchanged(path, hash)
}

// Stale returns ids left from an earlier version of an input; see Index.Stale.
func (s *Store) Stale(base string, parts int) ([]string, error) {
	s.mu.RLock()
	defer s.mu.RUnlock()
	if s.x == nil {
		return nil, errNoGeneration
	}
	return s.x.Stale(base, parts)
}

// Paths calls fn for every document; see Index.Paths.
func (s *Store) Paths(ctx context.Context, fn func(id, path string)) error {
	s.mu.RLock()
	defer s.mu.RUnlock()
	if s.x == nil {
		return errNoGeneration
	}
	if err := s.w.Flush(); err != nil {
		return err
	}
	return s.x.Paths(ctx, fn)
}

// Count returns the number of documents in the writer's generation.
func (s *Store) Count() (uint64, error) {
	s.mu.RLock()
	defer s.mu.RUnlock()
	if s.x == nil {
		return 0, errNoGeneration
	}
	return s.x.Count()
}

// Checkpoint publishes everything added so far to readers and continues
// writing in a new generation.
func (s *Store) Checkpoint() error {
	s.mu.Lock()
	defer s.mu.Unlock()
	if err := s.publish(); err != nil {
		return err
	}
	return s.begin()
}

// Close publishes everything added and releases the folder. After a
// short grace, for a reader that read the old link just before the swap
// and is still opening it, the previous generation is deleted too: its
// merged-away segments would otherwise double the index on disk until the
// next ingest.
func (s *Store) Close() error {
	s.mu.Lock()
	defer s.mu.Unlock()
	err := s.publish()
	if cur, perr := s.published(); err == nil && perr == nil {
		time.Sleep(readerGrace)
		s.removeBefore(cur) // what current points to, not s.gen: a failed checkpoint leaves s.gen unpublished
	}
	s.unlock()
	return err
}

// readerGrace is how long a superseded generation stays for readers that
// were opening it when it was superseded; opening takes milliseconds.
const readerGrace = time.Second

// removeBefore deletes the generations older than g.
func (s *Store) removeBefore(g int) {
	gens, _ := s.generations()
	for _, old := range gens {
		if old < g {
			os.RemoveAll(s.genDir(old))
		}
	}
}

func (s *Store) unlock() {
	syscall.Flock(int(s.lock.Fd()), syscall.LOCK_UN)
	s.lock.Close()
}

// begin removes unpublished generations and opens a copy of the published
// one (or a new index) for writing.
func (s *Store) begin() error {
	cur, _ := s.published()
	gens, err := s.generations()
	if err != nil {
		return err
	}
	for _, g := range gens {
		if g > cur {
			os.RemoveAll(s.genDir(g)) // left by a writer that did not finish
		}
	}
	s.gen = max(cur, lastOf(gens)) + 1
	dst := s.genDir(s.gen)
	if cur > 0 {
		if err := cloneIndex(s.genDir(cur), dst); err != nil {
			return fmt.Errorf("cannot copy index generation %d: %w", cur, err)
		}
	}
	x, err := Open(dst)
	if err != nil {
		os.RemoveAll(dst)
		if errors.Is(err, ErrOldIndex) {
			return fmt.Errorf("cannot write to index %q: %w", s.dir, ErrOldIndex)
		}
		return err
	}
	s.x, s.w = x, x.NewWriter()
	return nil
}

// publish flushes and closes the writer's generation and points current at it.
func (s *Store) publish() error {
	if s.x == nil {
		return nil
	}
	ferr := s.w.Flush()
	cerr := s.x.Close()
	s.x, s.w = nil, nil
	if err := errors.Join(ferr, cerr); err != nil {
		return err
	}
	tmp := filepath.Join(s.dir, currentLink+".tmp")
	os.Remove(tmp)
	if err := os.Symlink(genName(s.gen), tmp); err != nil {
		return fmt.Errorf("cannot publish index: %w", err)
	}
	if err := os.Rename(tmp, filepath.Join(s.dir, currentLink)); err != nil {
		return fmt.Errorf("cannot publish index: %w", err)
	}
	if d, err := os.Open(s.dir); err == nil {
		d.Sync() // make the rename durable before old generations go
		d.Close()
	}
	s.removeBefore(s.gen - 1)
	return nil
}

func genName(g int) string { return fmt.Sprintf("gen-%06d", g) }

func (s *Store) genDir(g int) string { return filepath.Join(s.dir, genName(g)) }

// published returns the generation current points to, 0 when none.
func (s *Store) published() (int, error) { return publishedGen(s.dir) }

func publishedGen(dir string) (int, error) {
	target, err := os.Readlink(filepath.Join(dir, currentLink))
	if err != nil {
		return 0, err
	}
	g, err := strconv.Atoi(strings.TrimPrefix(filepath.Base(target), "gen-"))
	if err != nil {
		return 0, fmt.Errorf("index %q: bad link %q", dir, target)
	}
	return g, nil
}

func (s *Store) generations() ([]int, error) {
	entries, err := os.ReadDir(s.dir)
	if err != nil {
		return nil, err
	}
	var gens []int
	for _, e := range entries {
		if g, err := strconv.Atoi(strings.TrimPrefix(e.Name(), "gen-")); err == nil && e.IsDir() {
			gens = append(gens, g)
		}
	}
	sort.Ints(gens)
	return gens, nil
}

func lastOf(gens []int) int {
	if len(gens) == 0 {
		return 0
	}
	return gens[len(gens)-1]
}

// cloneIndex copies a closed bleve index: segment files are hard-linked,
// everything else (root.bolt, index_meta.json) is copied.
func cloneIndex(src, dst string) error {
	return filepath.Walk(src, func(p string, info os.FileInfo, err error) error {
		if err != nil {
			return err
		}
		rel, _ := filepath.Rel(src, p)
		to := filepath.Join(dst, rel)
		if info.IsDir() {
			return os.MkdirAll(to, 0o755)
		}
		if strings.HasSuffix(p, ".zap") {
			if err := os.Link(p, to); err == nil {
				return nil
			}
		}
		return copyFile(p, to)
	})
}

func copyFile(src, dst string) error {
	in, err := os.Open(src)
	if err != nil {
		return err
	}
	defer in.Close()
	out, err := os.OpenFile(dst, os.O_CREATE|os.O_WRONLY|os.O_TRUNC, 0o644)
	if err != nil {
		return err
	}
	if _, err := io.Copy(out, in); err != nil {
		out.Close()
		return err
	}
	if err := out.Sync(); err != nil {
		out.Close()
		return err
	}
	return out.Close()
}

// resolve returns the bleve folder readers should open in dir: dir itself
// for a plain index, else the published generation.
func resolve(dir string) (string, error) {
	if exists(dir) {
		return dir, nil
	}
	g, err := publishedGen(dir)
	if err != nil {
		return "", fmt.Errorf("cannot open index %q: no index there (run zhnews ingest first)", dir)
	}
	return filepath.Join(dir, genName(g)), nil
}

// Published returns an identifier of the generation readers see now, so a
// long-running reader (zhnews serve) can tell when to reopen.
func Published(dir string) string {
	p, err := resolve(dir)
	if err != nil {
		return ""
	}
	if info, err := os.Stat(p); err == nil {
		return p + "@" + info.ModTime().Format(time.RFC3339Nano)
	}
	return p
}
