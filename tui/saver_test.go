package tui

import (
	"errors"
	"fmt"
	"strings"
	"testing"
)

// TestAfterAlso: what happens after the writes, when two requests meet,
// in either order: a finish is never replaced, an end survives a finish
// that fails, and a quit gives way to an end.
func TestAfterAlso(t *testing.T) {
	tests := []struct {
		a, b, want after
	}{
		{afterNothing, afterNothing, afterNothing},
		{afterNothing, afterQuit, afterQuit},
		{afterNothing, afterEnd, afterEnd},
		{afterNothing, afterFinish, afterFinish},
		{afterQuit, afterQuit, afterQuit},
		{afterQuit, afterEnd, afterEnd},
		{afterQuit, afterFinish, afterFinish},
		{afterEnd, afterEnd, afterEnd},
		{afterEnd, afterFinish, afterFinishEnd},
		{afterFinish, afterFinish, afterFinish},
		{afterFinishEnd, afterNothing, afterFinishEnd},
		{afterFinishEnd, afterQuit, afterFinishEnd},
		{afterFinishEnd, afterEnd, afterFinishEnd},
		{afterFinishEnd, afterFinish, afterFinishEnd},
	}
	for _, tt := range tests {
		for _, order := range [][2]after{{tt.a, tt.b}, {tt.b, tt.a}} {
			if got := order[0].also(order[1]); got != tt.want {
				t.Errorf("%v.also(%v) = %v, want %v", order[0], order[1], got, tt.want)
			}
		}
	}
}

// TestSaverTransitions drives the save pipeline through sequences of
// events and checks, after the last, what the model is told to do, what
// waits, and what counts as saved.
//
// Events: "q:X" queues answers X ("+" when the model must write them
// now); "ok"/"fail" end the write under way (the answers written with
// it are its inflight); "doc-ok"/"doc-fail" end the document's write;
// "quit", "end", "finish" ask for what happens after the writes;
// "settle" asks what to do.
func TestSaverTransitions(t *testing.T) {
	tests := []struct {
		name   string
		events string
		// want, after the last event: the step of a final settle, what
		// waits, the last answers saved, and whether a write is under way.
		step      step
		then      after
		lastSaved string
		writing   bool
	}{
		{"a write, then nothing waits", "q:a+ ok", stepWait, afterNothing, "a", false},
		{"the same answers are not written twice", "q:a+ ok q:a", stepWait, afterNothing, "a", false},
		{"answers being written are not queued again", "q:a+ ok q:b+ q:b", stepWait, afterNothing, "a", true},
		{"before the first write succeeds they are", "q:a+ q:a ok", stepWait, afterNothing, "a", true},
		{"newest queued answers win", "q:a+ q:b q:c ok", stepWait, afterNothing, "a", true},
		{"queued answers are written after", "q:a+ q:b ok ok", stepWait, afterNothing, "b", false},
		{"a failed write is tried again", "q:a+ fail q:a+ ok", stepWait, afterNothing, "a", false},
		{"quit waits for the write", "q:a+ quit", stepWait, afterQuit, "", true},
		{"quit ends once it succeeds", "q:a+ quit ok", stepEnd, afterQuit, "a", false},
		{"quit stays when it fails, and is forgotten", "q:a+ quit fail", stepStay, afterNothing, "", false},
		{"quit waits for the queued write too", "q:a+ q:b quit ok", stepWait, afterQuit, "a", true},
		{"quit fails on the queued write", "q:a+ q:b quit ok fail", stepStay, afterNothing, "a", false},
		{"end ends whatever the outcome", "q:a+ end fail", stepEnd, afterEnd, "", false},
		{"a quit later does not undo an end", "q:a+ end quit fail", stepEnd, afterEnd, "", false},
		{"finish waits for the write", "q:a+ finish", stepWait, afterFinish, "", true},
		{"finish starts after it", "q:a+ finish ok", stepFinish, afterFinish, "a", false},
		{"finish starts even after a failed write", "q:a+ finish fail", stepFinish, afterFinish, "", false},
		{"the document written ends", "finish doc:a doc-ok", stepEnd, afterEnd, "a", false},
		{"the document failed stays", "finish doc:a doc-fail", stepWait, afterNothing, "", false},
		{"a quit while finishing stays when it fails", "finish doc:a quit doc-fail", stepWait, afterNothing, "", false},
		{"an end asked while finishing ends when it fails", "finish doc:a end doc-fail", stepEnd, afterEnd, "", false},
		{"an end asked before the finish ran does not cancel it", "q:a+ finish end ok", stepFinish, afterFinishEnd, "a", false},
		{"an end before the finish still ends when it fails", "q:a+ end finish ok doc:a doc-fail", stepEnd, afterEnd, "a", false},
		{"answers changed while finishing are written before the end", "finish doc:a q:b doc-ok", stepWait, afterEnd, "a", true},
		{"and then it ends", "finish doc:a q:b doc-ok ok", stepEnd, afterEnd, "b", false},
		{"a save during the document waits behind it", "finish doc:a q:a", stepWait, afterFinish, "", true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var s saver
			for _, ev := range strings.Fields(tt.events) {
				switch {
				case strings.HasPrefix(ev, "q:"):
					data, now := strings.CutSuffix(ev[2:], "+")
					if got := s.queue([]byte(data)); got != now {
						t.Fatalf("%s: queue(%q) = %v, want %v", ev, data, got, now)
					}
				case strings.HasPrefix(ev, "doc:"): // finishNow starts the document's write
					if st := s.settle(); st != stepFinish {
						t.Fatalf("%s: settle() = %v, want stepFinish", ev, st)
					}
					s.begin([]byte(ev[4:]))
				case ev == "ok", ev == "fail":
					s.wrote(s.inflight, failIf(ev == "fail"))
				case ev == "doc-ok", ev == "doc-fail":
					s.wroteDocument(s.inflight, failIf(ev == "doc-fail"))
				case ev == "quit":
					s.then = s.then.also(afterQuit)
				case ev == "end":
					s.then = s.then.also(afterEnd)
				case ev == "finish":
					s.then = s.then.also(afterFinish)
				default:
					t.Fatalf("unknown event %q", ev)
				}
			}
			if st := s.settle(); st != tt.step {
				t.Errorf("settle() = %v, want %v", st, tt.step)
			}
			if s.then != tt.then {
				t.Errorf("then = %v, want %v", s.then, tt.then)
			}
			if string(s.lastSaved) != tt.lastSaved || s.writing != tt.writing {
				t.Errorf("lastSaved, writing = %q, %v; want %q, %v", s.lastSaved, s.writing, tt.lastSaved, tt.writing)
			}
		})
	}
}

func failIf(fail bool) error {
	if fail {
		return errors.New("disk full")
	}
	return nil
}

func (s step) String() string {
	if int(s) < 4 {
		return [...]string{"stepWait", "stepFinish", "stepEnd", "stepStay"}[s]
	}
	return fmt.Sprintf("step(%d)", s)
}
