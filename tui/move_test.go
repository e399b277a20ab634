package tui

import (
	"testing"

	tea "charm.land/bubbletea/v2"

	"github.com/socialstrategy/socialstrategy/strategy"
)

// TestKeysDuringAMoveGoToTheNextField: keys that come after enter but
// before huh's message that moves focus (a fast typist over SSH, a loaded
// machine) go to the next field, never to the one being left, and an
// enter among them moves on again in its turn.
func TestKeysDuringAMoveGoToTheNextField(t *testing.T) {
	p := strategy.Example("en")
	p.Channels[0].Audience = "families"
	m := New(p, Options{})
	m.Update(tea.WindowSizeMsg{Width: 100, Height: 30})
	run(m, m.open(page{pageChannelHow, 0}, "channels[0].audience"))
	first := m.focusedSpec()
	if first == nil || first.get == nil {
		t.Fatal("no text field focused on the channel's page")
	}
	_, cmd := m.Update(tea.KeyPressMsg{Code: tea.KeyEnter})
	second := ""
	for _, k := range []tea.KeyPressMsg{{Code: 'X', Text: "X"}, {Code: tea.KeyEnd}} {
		m.Update(k) // before the move's message is handled
	}
	run(m, cmd)
	s := m.focusedSpec()
	if s == nil || s == first {
		t.Fatalf("focus did not move from %s", first.key)
	}
	if s.get != nil {
		second = s.get()
	}
	if got := first.get(); got != "families" {
		t.Errorf("the field left, %s, = %q, want %q as it was", first.key, got, "families")
	}
	if s.get != nil && (len(second) == 0 || second[len(second)-1] != 'X') {
		t.Errorf("the field now focused, %s, = %q, want it to end in the key typed", s.key, second)
	}
}
