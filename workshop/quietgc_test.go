package workshop

import (
	"testing"
	"time"

	tea "charm.land/bubbletea/v2"

	"github.com/socialstrategy/socialstrategy/tui"
)

func TestGarbageWorthCollecting(t *testing.T) {
	const mb = 1 << 20
	for _, tc := range []struct {
		live, all, goal uint64
		want            bool
	}{
		{0, 0, 0, false},
		{100 * mb, 90 * mb, 200 * mb, false},  // collected since: less than live
		{10 * mb, 25 * mb, 20 * mb, false},    // 15 MB of garbage: under quietGarbage
		{10 * mb, 26 * mb, 20 * mb, true},     // 16 MB, past the goal
		{300 * mb, 360 * mb, 600 * mb, false}, // a room connecting: a fifth of the way
		{300 * mb, 375 * mb, 600 * mb, true},  // a quarter of the way to the next collection
		{365 * mb, 440 * mb, 500 * mb, true},  // 200 sessions, built their next pages
		{400 * mb, 420 * mb, 510 * mb, false}, // 20 MB of 110
		{400 * mb, 500 * mb, 400 * mb, false}, // no goal above the live heap
	} {
		if got := garbageWorthCollecting(tc.live, tc.all, tc.goal); got != tc.want {
			t.Errorf("garbageWorthCollecting(%d MB live, %d MB now, %d MB goal) = %v, want %v", tc.live/mb, tc.all/mb, tc.goal/mb, got, tc.want)
		}
	}
}

func TestQuietCollectsOnlyWhenTheRoomIsQuiet(t *testing.T) {
	st, err := OpenStore(t.TempDir())
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	s, err := New(Config{Store: st, SessionMemory: 3 << 20})
	if err != nil {
		t.Fatal(err)
	}
	const mb = 1 << 20
	piled := func() (uint64, uint64, uint64) { return 100 * mb, 200 * mb, 200 * mb }
	clean := func() (uint64, uint64, uint64) { return 100 * mb, 101 * mb, 200 * mb }
	typed := time.Now()
	s.lastInput.Store(typed.UnixNano())

	if s.quiet(typed.Add(time.Minute), piled) {
		t.Error("collects with no participant connected")
	}
	s.register("kari", "127.0.0.1:1")
	s.lastStart.Store(typed.Add(-time.Minute).UnixNano())
	for _, tc := range []struct {
		after time.Duration
		heap  func() (uint64, uint64, uint64)
		want  bool
	}{
		{500 * time.Millisecond, piled, false}, // still typing
		{quietFor, piled, true},
		{time.Minute, piled, true},
		{time.Minute, clean, false}, // nothing to collect
	} {
		if got := s.quiet(typed.Add(tc.after), tc.heap); got != tc.want {
			t.Errorf("%s after the last key: quiet = %v, want %v", tc.after, got, tc.want)
		}
	}
	s.lastQuietGC.Store(time.Now().UnixNano()) // the server just collected
	if s.quiet(time.Now().Add(quietGap/2), piled) {
		t.Error("collects again before quietGap has passed")
	}
	s.lastQuietGC.Store(0)
	s.register("ola", "127.0.0.1:2") // a session starts: the room is connecting
	if s.quiet(time.Now().Add(500*time.Millisecond), piled) {
		t.Error("collects half a second after a session started")
	}
	if s.quiet(time.Now().Add(quietStarts/2), piled) {
		t.Error("collects while the wizards may still be building their next pages")
	}
	if !s.quiet(time.Now().Add(quietStarts), piled) {
		t.Error("does not collect once sessions stopped starting, nobody typing")
	}
}

// inner is a model that keeps the messages it is given.
type inner struct{ got []tea.Msg }

func (m *inner) Init() tea.Cmd                           { return nil }
func (m *inner) Update(msg tea.Msg) (tea.Model, tea.Cmd) { m.got = append(m.got, msg); return m, nil }
func (m *inner) View() tea.View                          { return tea.NewView("") }

func TestPacedHoldsPreparingWhileSessionsStart(t *testing.T) {
	settled := false
	in := &inner{}
	p := &paced{Model: in, settled: func() bool { return settled }}
	if _, cmd := p.Update(tui.PrepareMsg{}); cmd == nil || len(in.got) != 0 {
		t.Fatalf("while sessions start, the wizard got %v and nothing was scheduled (%v)", in.got, cmd)
	}
	p.Update(tea.KeyPressMsg{Code: 'a', Text: "a"})
	if len(in.got) != 1 {
		t.Fatalf("a key was held back with the preparing: %v", in.got)
	}
	settled = true
	p.Update(tui.PrepareMsg{})
	if len(in.got) != 2 {
		t.Fatalf("once settled, the wizard did not get the message to prepare: %v", in.got)
	}
}
