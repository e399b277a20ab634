package tui

import (
	"reflect"
	"strings"
	"testing"
	"time"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"

	"github.com/socialstrategy/socialstrategy/strategy"
)

// TestLongAnswerStaysOnItsLine: a field that gets focus, by a key or as a
// page opens, shows a long answer on its one line, scrolled to the
// cursor, not wrapped over the page.
func TestLongAnswerStaysOnItsLine(t *testing.T) {
	const audience = "Families nearby aged 25-45, office managers ordering catering"
	lines := func(m *Model) int {
		n := 0
		for _, l := range strings.Split(ansi.Strip(m.View().Content), "\n") {
			for _, w := range []string{"aged", "managers", "ordering", "catering"} { // not in the field's help
				if strings.Contains(l, w) {
					n++
					break
				}
			}
		}
		return n
	}
	newModel := func() *Model {
		p := strategy.Example("en")
		p.Channels[0].Audience = audience
		m := New(p, Options{})
		m.Update(tea.WindowSizeMsg{Width: 40, Height: 30})
		return m
	}

	m := newModel()
	m.open(page{pageChannelHow, 0}, "")
	for range 12 {
		if m.focused() == "channels[0].audience" {
			break
		}
		_, cmd := m.Update(tea.KeyPressMsg{Code: tea.KeyTab})
		run(m, cmd)
	}
	if m.focused() != "channels[0].audience" {
		t.Fatalf("focus on %s, never on the audience", m.focused())
	}
	if n := lines(m); n != 1 {
		t.Errorf("after tab the audience is on %d lines:\n%s", n, ansi.Strip(m.View().Content))
	}

	m = newModel()
	m.open(page{pageChannelHow, 0}, "channels[0].audience")
	if n := lines(m); n != 1 {
		t.Errorf("opened on the audience, it is on %d lines:\n%s", n, ansi.Strip(m.View().Content))
	}
}

// run feeds m the messages of cmd that come at once, as a program would,
// and leaves out those that wait (the cursor's blink timers).
func run(m *Model, cmd tea.Cmd) {
	if cmd == nil {
		return
	}
	got := make(chan tea.Msg, 1)
	go func() { got <- cmd() }()
	var msg tea.Msg
	select {
	case msg = <-got:
	case <-time.After(200 * time.Millisecond): // longer than any message that comes at once, shorter than a blink
		return
	}
	if v := reflect.ValueOf(msg); v.Kind() == reflect.Slice && v.Type().Elem() == reflect.TypeOf(tea.Cmd(nil)) {
		for i := range v.Len() { // a batch or a sequence, in order
			run(m, v.Index(i).Interface().(tea.Cmd))
		}
		return
	}
	if msg != nil {
		_, next := m.Update(msg)
		run(m, next)
	}
}

// TestLeftFieldShowsTheStart: a one-line answer longer than its field
// shows its start once focus has left it, not the end the cursor was at.
func TestLeftFieldShowsTheStart(t *testing.T) {
	p := strategy.Example("en")
	p.Channels[0].Audience = "neighbours nearby, families with small children, offices ordering catering, tourists in summer"
	m := New(p, Options{})
	m.Update(tea.WindowSizeMsg{Width: 60, Height: 30})
	m.open(page{pageChannelHow, 0}, "channels[0].audience")
	if strings.Contains(ansi.Strip(m.View().Content), "> neighbours") {
		t.Fatal("the focused field shows the start: the answer is not long enough for this test\n" + ansi.Strip(m.View().Content))
	}
	_, cmd := m.Update(tea.KeyPressMsg{Code: tea.KeyTab})
	run(m, cmd)
	if m.focused() == "channels[0].audience" {
		t.Fatal("focus did not move")
	}
	if got := ansi.Strip(m.View().Content); !strings.Contains(got, "> neighbours nearby") {
		t.Errorf("the field left does not show the start of its answer:\n%s", got)
	}
}
