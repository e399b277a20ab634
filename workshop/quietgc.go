package workshop

import (
	"runtime"
	"runtime/metrics"
	"sync/atomic"
	"time"

	tea "charm.land/bubbletea/v2"

	"github.com/socialstrategy/socialstrategy/tui"
)

// The collector's turn while the room is quiet; see collectWhenQuiet.
const (
	// quietCheck is how often the server looks whether the room is quiet.
	quietCheck = 250 * time.Millisecond
	// quietFor is how long no participant may have typed for the room to
	// count as quiet, and no session started for it to count as settled
	// (see paced).
	quietFor = time.Second
	// quietStarts is how long no session may have started for the
	// server to collect: longer than a settled room's wizards take to
	// build their next pages (3 ms each, 200 in 0.6 s on two cores), so
	// the collection comes after them.
	quietStarts = 2 * time.Second
	// quietGarbage is the least newly allocated heap worth a collection.
	quietGarbage = 16 << 20
	// quietGap is the least time between two collections the server
	// starts itself: a participant who only resizes a window makes
	// garbage without typing, and the room stays quiet meanwhile.
	quietGap = 2 * time.Second
	// settleCheck is how often a wizard that wants to build its next
	// page looks again whether sessions have stopped starting.
	settleCheck = 250 * time.Millisecond
)

// collectWhenQuiet runs the garbage collector when no participant has
// typed for quietFor and no session started for quietStarts, and the heap has used a quarter of its room to grow
// before the next collection is due, until stop is closed.
//
// With the soft memory limit at the budget (see tuneMemory), the heap
// grows until it nears the limit, and the collector then runs wherever
// that falls. Its marking takes a quarter of the processors for a
// quarter to half a second at 200 sessions, and its write barriers make
// every frame dearer while it marks. Falling on the moment a room moves
// on together (everyone pressing enter after the welcome page), that
// made typing wait for everyone. Collected while the room listens or
// reads, the heap meets that moment with all its room to grow. A room
// that is still connecting is left alone: a collection then would only
// slow the first frames. What the heap has grown by is not all garbage
// (the pages built while the welcome page waits stay live), so a
// collection may free less than it hoped; quietGap bounds what that
// costs: at most one collection every 2 s.
func (s *Server) collectWhenQuiet(stop <-chan struct{}) {
	t := time.NewTicker(quietCheck)
	defer t.Stop()
	sample := []metrics.Sample{{Name: "/gc/heap/live:bytes"}, {Name: "/memory/classes/heap/objects:bytes"}, {Name: "/gc/heap/goal:bytes"}}
	heap := func() (live, all, goal uint64) {
		metrics.Read(sample)
		return sample[0].Value.Uint64(), sample[1].Value.Uint64(), sample[2].Value.Uint64()
	}
	for {
		select {
		case <-stop:
			return
		case now := <-t.C:
			if s.quiet(now, heap) {
				runtime.GC()
				s.lastQuietGC.Store(time.Now().UnixNano())
			}
		}
	}
}

// quiet reports whether now is the time for a collection: a participant
// is connected, none has typed for quietFor, no session started for
// quietStarts, the server's last such collection is quietGap ago, and
// heap (the live heap at
// the last collection, the heap now and the heap the next collection is
// due at, in bytes) has grown enough to be worth collecting.
func (s *Server) quiet(now time.Time, heap func() (live, all, goal uint64)) bool {
	if s.Live() == 0 || since(now, &s.lastInput) < quietFor || since(now, &s.lastStart) < quietStarts || since(now, &s.lastQuietGC) < quietGap {
		return false
	}
	return garbageWorthCollecting(heap())
}

// garbageWorthCollecting reports whether a heap of all bytes, of which
// live bytes were live at the last collection and whose next collection
// is due at goal bytes (the runtime's heap goal, set by GOGC or the soft
// memory limit), has grown enough since to collect now: by at least
// quietGarbage, and by a quarter of its room to grow. Not all of the
// growth need be garbage.
func garbageWorthCollecting(live, all, goal uint64) bool {
	if all <= live || goal <= live {
		return false
	}
	garbage := all - live
	return garbage >= quietGarbage && 4*garbage >= goal-live
}

// settled reports whether no session has started for quietFor.
func (s *Server) settled() bool { return since(time.Now(), &s.lastStart) >= quietFor }

// since is how long before now the time in t was, t holding Unix
// nanoseconds.
func since(now time.Time, t *atomic.Int64) time.Duration { return now.Sub(time.Unix(0, t.Load())) }

// paced holds back a wizard's wish to build its next page while
// sessions are still starting. The wizard builds the organisation page
// while its welcome page waits for the reader (see tui.PrepareMsg), 3 ms
// of CPU each; built while the rest of the room connects, 200 of them
// slowed the later participants' first frames. Held back until no
// session has started for a second, they are built while the room reads.
type paced struct {
	tea.Model
	settled func() bool
}

func (p *paced) Update(msg tea.Msg) (tea.Model, tea.Cmd) {
	if _, ok := msg.(tui.PrepareMsg); ok && !p.settled() {
		return p, tea.Tick(settleCheck, func(time.Time) tea.Msg { return tui.PrepareMsg{} })
	}
	inner, cmd := p.Model.Update(msg)
	p.Model = inner
	return p, cmd
}
