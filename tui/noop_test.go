package tui

import (
	"strings"
	"testing"

	"charm.land/bubbles/v2/cursor"
	tea "charm.land/bubbletea/v2"

	"github.com/socialstrategy/socialstrategy/strategy"
)

// blinkCanceled returns the message bubbles' cursor sends when a blink is
// restarted, as it is on every key.
func blinkCanceled() tea.Msg {
	c := cursor.New()
	first := c.Blink()
	c.Blink() // cancels the first
	return first()
}

func TestNoop(t *testing.T) {
	if msg := blinkCanceled(); !noop(msg) {
		t.Errorf("%T from a restarted blink is not taken for a no-op", msg)
	}
	for _, msg := range []tea.Msg{cursor.BlinkMsg{}, tea.KeyPressMsg{Code: 'a', Text: "a"}, savedMsg{}, nil} {
		if noop(msg) {
			t.Errorf("%T is taken for a no-op", msg)
		}
	}
}

// TestNoopKeepsFrame: a cancelled blink leaves the frame as it was, and
// the next key still shows.
func TestNoopKeepsFrame(t *testing.T) {
	m := New(strategy.New("en"), Options{})
	m.Update(tea.WindowSizeMsg{Width: 80, Height: 24})
	m.open(page{kind: pageOrganisation}, "")
	m.Update(tea.KeyPressMsg{Code: 'q', Text: "q"})
	typed := m.View().Content
	if !strings.Contains(typed, "q") {
		t.Fatalf("typed key not drawn:\n%s", typed)
	}
	if _, cmd := m.Update(blinkCanceled()); cmd != nil {
		t.Error("a no-op returned a command")
	}
	if got := m.View().Content; got != typed {
		t.Errorf("frame after a no-op:\n%s\nwant\n%s", got, typed)
	}
	m.Update(tea.KeyPressMsg{Code: 'z', Text: "z"})
	if got := m.View().Content; !strings.Contains(got, "qz") {
		t.Errorf("key after a no-op not drawn:\n%s", got)
	}
	m.Update(blinkCanceled())
	m.open(page{kind: pageChannels}, "")
	if got := m.View().Content; !strings.Contains(got, "Facebook") {
		t.Errorf("a page opened after a no-op shows the old frame:\n%s", got)
	}
}
