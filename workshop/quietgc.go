package workshop

import (
	"runtime"
	"runtime/metrics"
	"time"
)

// The collector's turn while the room is quiet; see collectWhenQuiet.
const (
	// quietCheck is how often the server looks whether the room is quiet.
	quietCheck = 250 * time.Millisecond
	// quietFor is how long no participant may have typed, and no session
	// started, for the room to count as quiet.
	quietFor = time.Second
	// quietGarbage is the least garbage worth a collection.
	quietGarbage = 16 << 20
)

// collectWhenQuiet runs the garbage collector when no participant has
// typed and no session started for quietFor, and the heap has used a quarter of its room to grow
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
// slow the first frames.
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
			}
		}
	}
}

// quiet reports whether now is the time for a collection: a participant
// is connected, none has typed and no session started for quietFor, and
// heap (the live heap at
// the last collection, the heap now and the heap the next collection is
// due at, in bytes) holds garbage worth collecting.
func (s *Server) quiet(now time.Time, heap func() (live, all, goal uint64)) bool {
	if s.Live() == 0 || now.Sub(time.Unix(0, s.lastInput.Load())) < quietFor || now.Sub(time.Unix(0, s.lastStart.Load())) < quietFor {
		return false
	}
	return garbageWorthCollecting(heap())
}

// garbageWorthCollecting reports whether a heap of all bytes, of which
// live bytes were live at the last collection and whose next collection
// is due at goal bytes (the runtime's heap goal, set by GOGC or the soft
// memory limit), holds garbage enough to collect now: at least
// quietGarbage, and a quarter of the heap's room to grow.
func garbageWorthCollecting(live, all, goal uint64) bool {
	if all <= live || goal <= live {
		return false
	}
	garbage := all - live
	return garbage >= quietGarbage && 4*garbage >= goal-live
}
